import type { CsvFileRows, CsvRow } from './csv-read.ts';
import { type CsvTable, type CsvTableName, csvTable } from './csv-tables.ts';
import type { ImportProblem } from './problems.ts';

/**
 * Flat CSV rows → the nested import document, so CSV is validated and applied exactly like
 * JSON/YAML. A child row finds its parent by natural key among the rows of the same import.
 */
export interface RecordSource {
  file: string;
  line: number;
  table: CsvTable;
}

export type FieldPath = (string | number)[];
type Rec = Record<string, unknown>;
type Placed = { record: Rec; path: FieldPath };

export type NestResult =
  | { ok: true; document: Rec; sources: Map<string, RecordSource> }
  | { ok: false; problems: ImportProblem[] };

/** [table, list in the parent record, parent table, parent key columns], in dependency order. */
const children: [CsvTableName, string, CsvTableName, string[]][] = [
  ['jurisdiction_aliases', 'aliases', 'jurisdictions', ['jurisdiction']],
  ['law_aliases', 'aliases', 'laws', ['law']],
  ['lineages', 'lineages', 'laws', ['law']],
  ['lineage_aliases', 'aliases', 'lineages', ['law', 'lineage']],
  ['versions', 'versions', 'laws', ['law']],
  ['lineage_steps', 'lineage_steps', 'versions', ['law', 'version']],
  ['articles', 'articles', 'versions', ['law', 'version']],
  ['penalties', 'penalties', 'articles', ['law', 'version', 'article']],
  ['citations', 'citations', 'reports', ['report']],
];

/** The natural key each table's rows are found by, as children name it. */
const ownKey: Partial<Record<CsvTableName, string[]>> = {
  jurisdictions: ['code'],
  laws: ['slug'],
  lineages: ['law', 'slug'],
  versions: ['law', 'slug'],
  articles: ['law', 'version', 'number'],
  reports: ['slug'],
};

export function nestCsvRows(files: CsvFileRows[]): NestResult {
  const nester = new Nester(files);
  for (const list of ['jurisdictions', 'laws', 'outlets', 'places', 'reports'] as const) nester.placeTopLevel(list);
  for (const [table, list, parent, keys] of children) nester.placeChildren(table, list, parent, keys);
  if (nester.problems.length > 0) return { ok: false, problems: nester.problems.slice(0, 50) };
  return { ok: true, document: nester.document, sources: nester.sources };
}

class Nester {
  readonly document: Rec = {};
  readonly sources = new Map<string, RecordSource>();
  readonly problems: ImportProblem[] = [];
  private readonly placed = new Map<string, Placed>();
  private readonly records = new Map<CsvTableName, Rec[]>();

  constructor(private readonly files: CsvFileRows[]) {}

  placeTopLevel(name: CsvTableName): void {
    const list: Rec[] = [];
    this.document[name] = list;
    for (const row of this.rowsOf(name)) this.place(name, row, list, [name]);
  }

  placeChildren(name: CsvTableName, listName: string, parentTable: CsvTableName, keys: string[]): void {
    // A child table's file in the import gives that list for every parent row, rows or none
    // (a given list replaces the stored one); without the file the lists are left as stored.
    if (this.files.some((f) => f.table.name === name))
      for (const parent of this.records.get(parentTable) ?? []) parent[listName] ??= [];
    for (const row of this.rowsOf(name)) {
      const keyValues = keys.map((k) => cellText(row, k));
      const parent = this.placed.get(placedKey(parentTable, keyValues));
      if (!parent) {
        const what = keys.map((k, i) => `${k} "${keyValues[i]}"`).join(', ');
        const file = csvTable(parentTable).file;
        this.problems.push({
          file: row.file,
          line: row.line,
          field: keys.at(-1)!,
          message: `no row of ${file} in this import has ${what}`,
        });
        continue;
      }
      parent.record[listName] ??= [];
      this.place(name, row, parent.record[listName] as Rec[], [...parent.path, listName]);
    }
  }

  private place(name: CsvTableName, row: CsvRow, list: Rec[], listPath: FieldPath): void {
    const table = csvTable(name);
    const record = toRecord(row, table);
    const path = [...listPath, list.length];
    list.push(record);
    if (!this.records.has(name)) this.records.set(name, []);
    this.records.get(name)!.push(record);
    this.sources.set(path.join('.'), { file: row.file, line: row.line, table });
    const key = ownKey[name];
    const k =
      key &&
      placedKey(
        name,
        key.map((c) => cellText(row, c)),
      );
    // A duplicate keeps the first as the parent; the duplicate check reports both records.
    if (k && !this.placed.has(k)) this.placed.set(k, { record, path });
  }

  private rowsOf(name: CsvTableName): CsvRow[] {
    const rows = this.files.filter((f) => f.table.name === name).flatMap((f) => f.rows);
    // Penalty rows may come in any order; a ladder's order is its position column.
    if (name === 'penalties') return rows.toSorted((a, b) => position(a) - position(b));
    return rows;
  }
}

function position(row: CsvRow): number {
  const p = row.values.get('position');
  return typeof p === 'number' ? p : Number.POSITIVE_INFINITY;
}

function cellText(row: CsvRow, column: string): string {
  const value = row.values.get(column);
  return typeof value === 'string' ? value.trim() : String(value ?? '');
}

function placedKey(table: CsvTableName, values: string[]): string {
  return [table, ...values].join('\u0000');
}

/** Cells to record fields; quote_* and reported_* cells make one nested object, or null when all blank. */
function toRecord(row: CsvRow, table: CsvTable): Rec {
  const record: Rec = {};
  const groups = new Map<string, Rec>();
  for (const column of table.columns) {
    if (!column.field || !row.values.has(column.name)) continue;
    const value = row.values.get(column.name);
    const [name, sub] = column.field as [string, string?];
    if (sub === undefined) {
      if (value !== undefined) record[name] = value;
      continue;
    }
    const group = groups.get(name) ?? {};
    groups.set(name, group);
    if (value !== undefined) group[sub] = value;
  }
  for (const [name, group] of groups) record[name] = Object.values(group).some((v) => v !== null) ? group : null;
  return record;
}
