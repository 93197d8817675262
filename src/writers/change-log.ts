/**
 * What a write changed, record by record: the counts an import reports, and for the preview each
 * record's natural key with its fields old → new, and every deletion. The writers fill it; the
 * CLI dry run and the upload page show it.
 */
export interface EntityCounts {
  inserted: number;
  updated: number;
  unchanged: number;
  deleted: number;
}

export type Tally = Record<string, EntityCounts>;

export interface FieldChange {
  field: string;
  old: unknown;
  new: unknown;
}

export interface RecordChange {
  entity: string;
  /** the natural key, as a person would name the record: `article kp-criminal-code 2015 222` */
  key: string;
  action: 'insert' | 'update' | 'delete';
  fields: FieldChange[];
}

/** Past this many, inserts and updates are only counted (a 100,000-report import); deletions are always kept. */
const DETAIL_LIMIT = 2000;

export class ChangeLog {
  readonly counts: Tally = {};
  readonly changes: RecordChange[] = [];
  readonly deletions: RecordChange[] = [];
  /** inserts and updates counted but not listed, past the detail limit */
  omitted = 0;

  count(entity: string, outcome: keyof EntityCounts, n = 1): void {
    if (n === 0) return;
    this.counts[entity] ??= { inserted: 0, updated: 0, unchanged: 0, deleted: 0 };
    this.counts[entity][outcome] += n;
  }

  inserted(entity: string, key: string, fields: FieldChange[] = []): void {
    this.count(entity, 'inserted');
    this.detail({ entity, key, action: 'insert', fields });
  }

  /** An update of the record itself, or of a list it holds; unchanged fields are not given. */
  updated(entity: string, key: string, fields: FieldChange[], counted = true): void {
    if (fields.length === 0) return;
    if (counted) this.count(entity, 'updated');
    const earlier = this.changes.find((c) => c.entity === entity && c.key === key && c.action !== 'delete');
    if (earlier) earlier.fields.push(...fields);
    else this.detail({ entity, key, action: 'update', fields });
  }

  unchanged(entity: string, n = 1): void {
    this.count(entity, 'unchanged', n);
  }

  deleted(entity: string, key: string): void {
    this.count(entity, 'deleted');
    this.deletions.push({ entity, key, action: 'delete', fields: [] });
  }

  private detail(change: RecordChange): void {
    if (this.changes.length >= DETAIL_LIMIT) this.omitted += 1;
    else this.changes.push(change);
  }
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The fields whose stated value differs from the stored one, old → new. */
export function diffFields(existing: Record<string, unknown>, desired: Record<string, unknown>): FieldChange[] {
  return Object.keys(desired)
    .filter((field) => !same(existing[field], desired[field]))
    .map((field) => ({ field, old: existing[field] ?? null, new: desired[field] ?? null }));
}

export function changesOf(fields: FieldChange[]): Record<string, unknown> {
  return Object.fromEntries(fields.map((f) => [f.field, f.new]));
}
