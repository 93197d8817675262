import { type ChangeLog, diffFields } from './change-log.ts';
import { requireForInsert } from './merge.ts';

type Fields = Record<string, unknown>;

export interface UpsertOps<F extends Fields> {
  /** what a new record must state */
  required: readonly string[];
  insert: (fields: F) => Promise<{ id: number }>;
  update: (id: number, changes: Partial<F>) => Promise<void>;
}

/**
 * Insert when missing (the stated fields must include the required ones); otherwise update only
 * the stated fields whose value differs, so a re-import of the same file writes no row and moves
 * no updated_at, and a field the record leaves out stays as stored.
 */
export async function upsert<F extends Fields>(
  log: ChangeLog,
  entity: string,
  key: string,
  existing: ({ id: number } & Fields) | undefined,
  fields: F,
  ops: UpsertOps<F>,
): Promise<{ id: number; inserted: boolean }> {
  if (!existing) {
    requireForInsert(fields, ops.required, key);
    const { id } = await ops.insert(fields);
    log.inserted(entity, key, diffFields({}, fields));
    return { id, inserted: true };
  }
  const changes = diffFields(existing, fields);
  if (changes.length === 0) {
    log.unchanged(entity);
  } else {
    await ops.update(existing.id, Object.fromEntries(changes.map((c) => [c.field, c.new])) as Partial<F>);
    log.updated(entity, key, changes);
  }
  return { id: existing.id, inserted: false };
}
