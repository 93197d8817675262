import { writeCell } from './csv-cells.ts';
import { type CsvTable, type CsvTableName, csvTable, csvTables } from './csv-tables.ts';
import type { ImportDocument } from './document.schema.ts';
import type { LawRecord } from './law-records.schemas.ts';

/** The nested import document → one list of CSV rows per table: the inverse of csv-nest.ts. */
type Rec = Record<string, unknown>;
type Add = (table: CsvTableName, record: Rec, parentKeys: Rec) => void;

export function flattenDocument(doc: ImportDocument): { table: CsvTable; rows: string[][] }[] {
  const rows = new Map<CsvTableName, string[][]>(csvTables.map((t) => [t.name, []]));
  const add: Add = (name, record, parentKeys) => {
    const cells = csvTable(name).columns.map((c) => writeCell(c.field ? valueAt(record, c.field) : parentKeys[c.name]));
    rows.get(name)!.push(cells);
  };
  for (const j of doc.jurisdictions) {
    add('jurisdictions', j, {});
    for (const a of j.aliases ?? []) add('jurisdiction_aliases', a, { jurisdiction: j.code });
  }
  for (const law of doc.laws) flattenLaw(add, law);
  for (const o of doc.outlets) add('outlets', o, {});
  for (const p of doc.places) add('places', p, {});
  for (const r of doc.reports) {
    add('reports', r, {});
    for (const c of r.citations ?? []) add('citations', c, { report: r.slug });
  }
  return csvTables.map((table) => ({ table, rows: rows.get(table.name)! }));
}

function flattenLaw(add: Add, law: LawRecord): void {
  add('laws', law, {});
  for (const a of law.aliases ?? []) add('law_aliases', a, { law: law.slug });
  for (const l of law.lineages ?? []) {
    add('lineages', l, { law: law.slug });
    for (const a of l.aliases ?? []) add('lineage_aliases', a, { law: law.slug, lineage: l.slug });
  }
  for (const v of law.versions ?? []) {
    const keys = { law: law.slug, version: v.slug };
    add('versions', v, { law: law.slug });
    for (const s of v.lineage_steps ?? []) add('lineage_steps', s, keys);
    for (const a of v.articles ?? []) {
      add('articles', a, keys);
      (a.penalties ?? []).forEach((p, i) => {
        add('penalties', p, { ...keys, article: a.number, position: i + 1 });
      });
    }
  }
}

function valueAt(record: Rec, field: readonly string[]): unknown {
  let value: unknown = record;
  for (const name of field) value = value === null || value === undefined ? value : (value as Rec)[name];
  return value;
}
