import type { RecordChange } from '../writers/change-log.ts';
import type { ImportSummary } from './import.service.ts';

/** The preview of an import, the same in the CLI dry run and on the upload page. */
const MAX_VALUE = 120;

export function showValue(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (typeof v === 'string' ? v : showValue(v))).join('; ')}]`;
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

export interface PreviewRecord {
  action: RecordChange['action'];
  sign: '+' | '~' | '-';
  entity: string;
  key: string;
  fields: { field: string; old: string; new: string }[];
}

const signs = { insert: '+', update: '~', delete: '-' } as const;

export function previewRecords(changes: RecordChange[]): PreviewRecord[] {
  return changes.map((c) => ({
    action: c.action,
    sign: signs[c.action],
    entity: c.entity,
    key: c.key,
    fields: c.fields.map((f) => ({ field: f.field, old: showValue(f.old), new: showValue(f.new) })),
  }));
}

/** Lines for a terminal: `+` insert (with its fields), `~` update (field: old → new), `-` delete. */
export function previewText(summary: Pick<ImportSummary, 'changes' | 'deletions' | 'omitted'>): string {
  const lines: string[] = [];
  for (const r of previewRecords(summary.changes)) {
    lines.push(`  ${r.sign} ${r.key}`);
    for (const f of r.fields) lines.push(r.action === 'insert' ? `      ${f.field}: ${f.new}` : `      ${f.field}: ${f.old} → ${f.new}`);
  }
  if (summary.omitted > 0) lines.push(`  … and ${summary.omitted} more inserted or updated records (counted above)`);
  for (const d of summary.deletions) lines.push(`  - ${d.key}`);
  return lines.length > 0 ? `Changes:\n${lines.join('\n')}\n` : 'No record changes.\n';
}

const PAGE_RECORDS = 500;

/** What the upload page and the law editor show of an import: counts, changed records, deletions. */
export function previewModel(summary: ImportSummary) {
  const records = previewRecords(summary.changes);
  return {
    files: summary.files,
    counts: Object.entries(summary.counts).map(([entity, c]) => ({ entity, ...c })),
    records: records.slice(0, PAGE_RECORDS),
    more: Math.max(0, records.length - PAGE_RECORDS) + summary.omitted,
    deletions: previewRecords(summary.deletions),
    fingerprint: summary.deletionsFingerprint,
  };
}

export type PreviewModel = ReturnType<typeof previewModel>;
