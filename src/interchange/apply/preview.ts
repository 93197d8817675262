import type { RecordChange } from '../../writers/change-log.ts';
import type { ImportSummary } from './import.service.ts';

/** The preview of an import, the same in the CLI dry run and on the upload page. */
const MAX_VALUE = 1000;
/** Two texts this long together are shown by what changed between them. */
const LONG = 600;
/** Characters of unchanged text kept either side of what changed in a long text. */
const CONTEXT = 40;

export function showValue(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map((v) => (typeof v === 'string' ? v : showValue(v))).join('; ')}]`;
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

/** Old and new side by side; of two long texts, only the part that changed, with some context. */
function showChange(old: unknown, next: unknown): { old: string; new: string } {
  if (typeof old !== 'string' || typeof next !== 'string' || old.length + next.length < LONG)
    return { old: showValue(old), new: showValue(next) };
  let head = 0;
  while (head < old.length && head < next.length && old[head] === next[head]) head++;
  let tail = 0;
  while (
    tail < old.length - head &&
    tail < next.length - head &&
    old[old.length - 1 - tail] === next[next.length - 1 - tail]
  )
    tail++;
  const window = (text: string) => {
    const from = Math.max(0, head - CONTEXT);
    const to = Math.min(text.length, text.length - tail + CONTEXT);
    return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
  };
  return { old: showValue(window(old)), new: showValue(window(next)) };
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
    fields: c.fields.map((f) => ({ field: f.field, ...showChange(f.old, f.new) })),
  }));
}

/** Lines for a terminal: `+` insert (with its fields), `~` update (field: old → new), `-` delete. */
export function previewText(summary: Pick<ImportSummary, 'changes' | 'deletions' | 'omitted'>): string {
  const lines: string[] = [];
  for (const r of previewRecords(summary.changes)) {
    lines.push(`  ${r.sign} ${r.key}`);
    for (const f of r.fields)
      lines.push(r.action === 'insert' ? `      ${f.field}: ${f.new}` : `      ${f.field}: ${f.old} → ${f.new}`);
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
