/** Per-entity counts an import reports: what it would insert, update, or leave unchanged. */
export interface EntityCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

export type Tally = Record<string, EntityCounts>;

export function count(tally: Tally, entity: string, outcome: keyof EntityCounts): void {
  tally[entity] ??= { inserted: 0, updated: 0, unchanged: 0 };
  tally[entity][outcome] += 1;
}

function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  return (a ?? null) === (b ?? null);
}

/** The fields of `desired` whose value differs from `existing`. */
export function changedFields<T extends Record<string, unknown>>(existing: Record<string, unknown>, desired: T): Partial<T> {
  const changes: Partial<T> = {};
  for (const key of Object.keys(desired) as (keyof T & string)[]) {
    if (!same(existing[key], desired[key])) changes[key] = desired[key];
  }
  return changes;
}

/**
 * Insert when missing, update only the fields that differ, otherwise touch nothing — so a
 * re-import of the same file writes no row and moves no updated_at.
 */
export async function upsertRecord<T extends Record<string, unknown>>(
  tally: Tally,
  entity: string,
  existing: ({ id: number } & Record<string, unknown>) | undefined,
  desired: T,
  ops: { insert: () => Promise<{ id: number }>; update: (id: number, changes: Partial<T>) => Promise<void> },
): Promise<number> {
  if (!existing) {
    count(tally, entity, 'inserted');
    return (await ops.insert()).id;
  }
  const changes = changedFields(existing, desired);
  if (Object.keys(changes).length === 0) {
    count(tally, entity, 'unchanged');
  } else {
    count(tally, entity, 'updated');
    await ops.update(existing.id, changes);
  }
  return existing.id;
}
