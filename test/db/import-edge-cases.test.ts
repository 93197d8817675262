import fs from 'node:fs/promises';
import path from 'node:path';
import { formatCsv, neutraliseFormula, parseCsv, restoreFormula } from '../../src/lib/csv.ts';
import { exportDocument, serializeCsv, serializeJson } from '../../src/interchange/export/export.service.ts';
import { ImportValidationError } from '../../src/interchange/formats/problems.ts';
import { importFiles } from '../../src/interchange/apply/import.service.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/import');
const fixture = async (name: string) => ({ name, bytes: await fs.readFile(path.join(fixtures, name)) });
const inline = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });
const formula = "=cmd|' /C calc'!A0";

describe('import edge cases', () => {
  // One database for the refusals: each test proves it changed nothing against the export taken
  // before any ran, so a refusal that wrote would fail there. The test that writes makes its own.
  let tdb: TestDatabase;
  let seeded: string;
  const exported = async (db = tdb.db) => serializeJson(await exportDocument(db));
  beforeAll(async () => {
    tdb = await createTestDatabase({ seeded: true });
    seeded = await exported();
  });
  afterAll(() => tdb.drop());

  it.each([
    ['ragged-row.csv', 'ragged-row.csv:line 3: has 3 fields but the header has 4'],
    [
      'unknown-column.csv',
      'unknown-column.csv:line 1: colour: unknown column for outlets.csv (its columns are slug, name, url, country)',
    ],
    ['bad-months.csv', 'bad-months.csv:line 2: max_months: must be a whole number of months'],
    [
      'orphan-penalty.csv',
      'orphan-penalty.csv:line 2: article: no row of articles.csv in this import has law "kp-criminal-code", version "2015", article "222"',
    ],
    ['invalid-utf8.csv', 'invalid-utf8.csv: is not valid UTF-8'],
    ['empty.json', 'empty.json: is empty'],
    [
      'duplicate-key.json',
      'duplicate-key.json:line 15: laws[0].versions[0].articles[1].number: article "1" of kp-fixture-law version 2020 appears more than once ' +
        '(first at duplicate-key.json:line 14: laws[0].versions[0].articles[0].number)',
    ],
    [
      'bad-enum.yaml',
      /^bad-enum\.yaml:line 10: reports\[0\]\.source_type: Invalid option: expected one of "inside_source"/,
    ],
    [
      'min-greater-than-max.yaml',
      'min-greater-than-max.yaml:line 13: laws[0].versions[0].articles[0].penalties[0].min_months: min_months must not exceed max_months',
    ],
    // Found while applying, against the database: the record is named, but there is no line to give.
    [
      'unknown-law.yaml',
      'unknown-law.yaml: report fixture-unknown-law citation "Article 1 of the Imaginary Act": unknown law "kp-imaginary-act"',
    ],
  ])('rejects %s, naming what is wrong and where, and changes nothing', async (name, message) => {
    const error = await importFiles(tdb.db, [await fixture(name)]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportValidationError);
    if (typeof message === 'string') expect((error as Error).message).toBe(message);
    else expect((error as Error).message).toMatch(message);
    expect(await exported()).toBe(seeded);
  });

  it('imports a CSV file that has a header and no rows, changing nothing', async () => {
    const summary = await importFiles(tdb.db, [await fixture('headers-only.csv')]);
    expect(summary).toEqual({
      dryRun: false,
      files: ['headers-only.csv'],
      counts: {},
      changes: [],
      deletions: [],
      omitted: 0,
      deletionsFingerprint: null,
    });
    expect(await exported()).toBe(seeded);
  });

  it('stores a formula-like cell as written, and exports it behind an apostrophe that import removes', async () => {
    const own = await createTestDatabase({ seeded: true });
    try {
      await formulaRoundTrip(own);
    } finally {
      await own.drop();
    }
  });

  async function formulaRoundTrip({ db }: TestDatabase) {
    await importFiles(db, [await fixture('formula.csv')]);
    const stored = await db
      .selectFrom('outlet')
      .select('name')
      .where('slug', '=', 'formula-outlet')
      .executeTakeFirstOrThrow();
    expect(stored.name).toBe(formula);
    const outletsCsv = serializeCsv(await exportDocument(db)).find((f) => f.file === 'outlets.csv')!.text;
    expect(outletsCsv.split('\r\n')).toContain(`formula-outlet,'${formula},,`);

    const before = await exported(db);
    const summary = await importFiles(db, [inline('outlets.csv', outletsCsv)]);
    expect(summary.counts.outlet).toMatchObject({ inserted: 0, updated: 0 });
    expect(await exported(db)).toBe(before);
  }

  it.each([
    [
      'outlets.csv',
      'slug,name\nBad Slug,Bad\n',
      'outlets.csv:line 2: slug: must be lower-case words joined by hyphens',
    ],
    [
      'outlets.csv',
      'slug,name\nsame,One\nsame,Two\n',
      'outlets.csv:line 3: slug: outlet "same" appears more than once (first at outlets.csv:line 2: slug)',
    ],
    [
      'outlets.csv',
      'slug,name\nx,"never closed\n',
      'outlets.csv:line 2: cannot be parsed: a quoted field is never closed',
    ],
    ['outlets.csv', 'slug,name,name\nx,y,z\n', 'outlets.csv:line 1: name: column appears twice in the header'],
    ['outlets.csv', '\r\n\n', 'outlets.csv: is empty'],
    ['notes.txt', 'slug,name\n', 'notes.txt: must be a .json, .yaml, .yml or .csv file'],
  ])('explains what is wrong with %s %j', async (name, text, message) => {
    const error = await importFiles(tdb.db, [inline(name, text)]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportValidationError);
    expect((error as Error).message).toBe(message);
  });

  it('names the CSV file, line and column of a problem inside a nested record', async () => {
    const reports = 'slug,outlet,title,language,date_precision,source_type\nr-one,daily-nk,One,en,unknown,press\n';
    const citations =
      'report,as_written,claim_type,reported_kind,reported_min_months,reported_max_months,resolution,confidence\n' +
      'r-one,Article 1,law_described,fine,24,12,unresolved,0.5\n' +
      "r-one,Article 2,'@rumour,,,,unresolved,2\n";
    const error = (await importFiles(tdb.db, [
      inline('reports.csv', reports),
      inline('citations.csv', citations),
    ]).catch((e: unknown) => e)) as Error;
    expect(error.message.split('\n')).toEqual([
      'citations.csv:line 2: reported_min_months: min_months must not exceed max_months',
      expect.stringMatching(/^citations\.csv:line 3: claim_type: Invalid option/),
      'citations.csv:line 3: confidence: must be between 0 and 1',
    ]);
  });
});

describe('CSV text', () => {
  it.each([
    [
      'a,b\r\nc,d\r\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
      [1, 2],
    ],
    ['"a,1","say ""hi"""\n', [['a,1', 'say "hi"']], [1]],
    [
      '"two\r\nlines",x\ny,z',
      [
        ['two\r\nlines', 'x'],
        ['y', 'z'],
      ],
      [1, 3],
    ],
    [
      'a,\n\n,b',
      [
        ['a', ''],
        ['', 'b'],
      ],
      [1, 3],
    ],
  ])('parses %j', (text, fields, lines) => {
    const { records } = parseCsv(text);
    expect(records?.map((r) => r.fields)).toEqual(fields);
    expect(records?.map((r) => r.line)).toEqual(lines);
  });

  it.each([
    ['a,"b\n', 1, 'a quoted field is never closed'],
    ['a\nb"c\n', 2, 'a field holding a quote (") must be enclosed in quotes, with the quote written twice'],
    ['"a\nb"c,d\n', 2, 'text after a closing quote (a quote inside a quoted field must be written twice)'],
  ])('refuses %j at line %i', (text, line, message) => {
    expect(parseCsv(text).error).toEqual({ line, message });
  });

  it('quotes only the fields that need it', () => {
    expect(formatCsv([['a,b', 'say "hi"', 'x\ny', 'plain']])).toBe('"a,b","say ""hi""","x\ny",plain\r\n');
  });

  it.each(['=1+2', '+1', '-1', '@SUM(A1)', '\tx', '\rx', "'=x", "''+x"])(
    'neutralises %j and restores it exactly',
    (cell) => {
      expect(neutraliseFormula(cell)).toBe(`'${cell}`);
      expect(restoreFormula(neutraliseFormula(cell))).toBe(cell);
    },
  );

  it.each(["'quoted'", 'plain', "'", ''])('leaves %j alone both ways', (cell) => {
    expect(neutraliseFormula(cell)).toBe(cell);
    expect(restoreFormula(cell)).toBe(cell);
  });
});
