import { RecordError } from './errors.ts';

/**
 * Merge semantics shared by every writer: a key the record leaves out (undefined) is not stated
 * and leaves the stored value alone; an explicit null is stated and clears it.
 */
export function stated<R extends object, K extends keyof R & string>(
  record: R,
  keys: readonly K[],
): { [P in K]?: Exclude<R[P], undefined> } {
  const out: Record<string, unknown> = {};
  for (const k of keys) if (record[k] !== undefined) out[k] = record[k];
  return out as { [P in K]?: Exclude<R[P], undefined> };
}

/** A new record must state what its table cannot do without. */
export function requireForInsert(record: object, keys: readonly string[], what: string): void {
  const missing = keys.filter(
    (k) => (record as Record<string, unknown>)[k] === undefined || (record as Record<string, unknown>)[k] === null,
  );
  if (missing.length === 0) return;
  const list = missing.join(', ');
  throw new RecordError(
    `${what}: ${list} ${missing.length === 1 ? 'is' : 'are'} required for a new record (it is not in the database yet)`,
  );
}
