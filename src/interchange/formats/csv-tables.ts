/**
 * The CSV import format (docs/import-format.md, "CSV"): one file per entity, each row a record
 * of the nested import document, placed under its parent by the parent's natural key.
 */
export interface CsvColumn {
  name: string;
  /** where the value sits in the import record; absent for a parent key or an ordering column */
  field?: readonly string[];
  type?: 'text' | 'int' | 'months' | 'number' | 'list' | 'boolean';
  /** a cell in this column must not be blank, and the column tells the table apart from others */
  required?: boolean;
  /** part of the record's natural key: the header must have it (other columns may be left out) */
  key?: boolean;
  /** a blank cell takes the schema's default instead of meaning null */
  blankIsDefault?: boolean;
}

export interface CsvTable {
  name: CsvTableName;
  file: string;
  columns: readonly CsvColumn[];
}

const text = (name: string, required = false): CsvColumn => ({ name, field: [name], required });
/** A column of the record's own natural key. */
const own = (name: string): CsvColumn => ({ name, field: [name], required: true, key: true });
/** A parent's natural key, naming the record this row belongs under. */
const key = (name: string): CsvColumn => ({ name, required: true, key: true });

const definitions = {
  jurisdictions: [own('code'), text('name', true), text('name_ko')],
  jurisdiction_aliases: [key('jurisdiction'), own('name'), own('lang')],
  laws: [
    own('slug'),
    text('jurisdiction', true),
    text('title', true),
    text('title_ko'),
    text('kind', true),
    text('summary'),
    text('source_url'),
    { name: 'default', field: ['default'], type: 'boolean', blankIsDefault: true },
  ],
  law_aliases: [key('law'), own('name'), own('lang')],
  lineages: [key('law'), own('slug'), text('offence_name', true), text('offence_name_ko'), text('note')],
  lineage_aliases: [key('law'), key('lineage'), own('name'), own('lang')],
  versions: [
    key('law'),
    own('slug'),
    text('label', true),
    text('adopted_on'),
    text('effective_from'),
    text('amending_instrument'),
    text('text_status', true),
    text('source_url'),
    text('note'),
  ],
  lineage_steps: [key('law'), key('version'), own('lineage'), own('relation'), text('note')],
  articles: [
    key('law'),
    key('version'),
    own('number'),
    text('lineage'),
    { name: 'chapter', field: ['chapter'], type: 'list' },
    text('heading'),
    text('summary'),
    text('text_en'),
    text('text_ko'),
    text('source_url'),
    text('provenance'),
  ],
  penalties: [
    key('law'),
    key('version'),
    key('article'),
    { name: 'position', type: 'int' },
    own('tier'),
    { name: 'alternative_group', field: ['alternative_group'], type: 'int', blankIsDefault: true },
    own('kind'),
    { name: 'min_months', field: ['min_months'], type: 'months' },
    { name: 'max_months', field: ['max_months'], type: 'months' },
    text('note'),
  ],
  outlets: [own('slug'), text('name', true), text('url'), text('country')],
  places: [own('slug'), text('name', true), text('name_ko'), text('kind', true), text('parent')],
  reports: [
    own('slug'),
    text('outlet', true),
    text('title', true),
    text('url'),
    text('language', true),
    text('translation_of'),
    text('published_on'),
    text('date_precision', true),
    text('date_note'),
    text('event_date'),
    text('source_type', true),
    { name: 'status', field: ['status'], blankIsDefault: true },
    { name: 'authors', field: ['authors'], type: 'list' },
    { name: 'places', field: ['places'], type: 'list' },
    text('summary'),
    text('excerpt'),
    { name: 'suggest_citations', field: ['suggest_citations'], type: 'boolean', blankIsDefault: true },
  ],
  citations: [
    key('report'),
    text('as_written', true),
    text('law'),
    text('version'),
    text('article'),
    { name: 'quote_exact', field: ['quote', 'exact'] },
    { name: 'quote_prefix', field: ['quote', 'prefix'] },
    { name: 'quote_suffix', field: ['quote', 'suffix'] },
    text('claim_type', true),
    { name: 'reported_kind', field: ['reported_penalty', 'kind'] },
    { name: 'reported_tier', field: ['reported_penalty', 'tier'] },
    { name: 'reported_min_months', field: ['reported_penalty', 'min_months'], type: 'months' },
    { name: 'reported_max_months', field: ['reported_penalty', 'max_months'], type: 'months' },
    text('resolution', true),
    text('resolution_note'),
    { name: 'confidence', field: ['confidence'], type: 'number', required: true },
    { name: 'status', field: ['status'], blankIsDefault: true },
    { name: 'review_reason', field: ['review_reason'], blankIsDefault: true },
  ],
} satisfies Record<string, CsvColumn[]>;

export type CsvTableName = keyof typeof definitions;

/** In dependency order: a file's parents come before it, which is also the export's file order. */
export const csvTables: readonly CsvTable[] = (Object.keys(definitions) as CsvTableName[]).map((name) => ({
  name,
  file: `${name}.csv`,
  columns: definitions[name],
}));

export function csvTable(name: CsvTableName): CsvTable {
  return csvTables.find((t) => t.name === name)!;
}
