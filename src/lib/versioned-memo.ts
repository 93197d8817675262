/**
 * Remembers computed values for as long as the data version they were computed at is current.
 * Per app instance (never shared between databases); bounded, oldest entry evicted first.
 */
export class VersionedMemo {
  private readonly entries = new Map<string, { version: number; value: unknown }>();

  // A few entries per statute page (its data, counts, years): room for every article of a law.
  constructor(private readonly maxEntries = 10_000) {}

  async get<T>(key: string, version: number, compute: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && hit.version === version) return hit.value as T;
    const value = await compute();
    this.entries.delete(key);
    this.entries.set(key, { version, value });
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }
}
