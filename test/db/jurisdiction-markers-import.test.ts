import request from 'supertest';
import { exportDocument, serializeCsv, serializeJson } from '../../src/interchange/export/export.service.ts';
import { ImportValidationError } from '../../src/interchange/formats/problems.ts';
import { importFiles } from '../../src/interchange/apply/import.service.ts';
import { createTestApp } from '../setup/test-app.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

// Jurisdiction names (the extractor's markers) and the default law go through the law writer with
// the same merge rules as every other field and list: absent untouched, null cleared, a list replaced.
type Alias = { name: string; lang: string };
type Doc = { jurisdictions: { code: string; aliases: Alias[] }[]; laws: { slug: string; default: boolean }[] };

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });
const yaml = (text: string) => [file('partial.yaml', text)];

let tdb: TestDatabase;
beforeEach(async () => {
  tdb = await createTestDatabase({ seeded: true });
});
afterEach(() => tdb.drop());
const exported = async () => serializeJson(await exportDocument(tdb.db));
const doc = async () => JSON.parse(await exported()) as Doc;
const aliasesOf = (d: Doc, code: string) => d.jurisdictions.find((j) => j.code === code)!.aliases;
const defaults = (d: Doc) => d.laws.filter((l) => l.default).map((l) => l.slug);

describe('jurisdiction aliases through the law writer', () => {
  it('leaves the stored names alone when a record leaves the list out', async () => {
    const before = await exported();
    const summary = await importFiles(tdb.db, yaml('jurisdictions:\n  - code: kr\n    name_ko: 대한민국\n'));
    expect(summary.changes).toEqual([]);
    expect(await exported()).toBe(before);
  });

  it('replaces the stored names with a given list, shown old → new in the preview', async () => {
    const stored = aliasesOf(await doc(), 'kr');
    expect(stored.length).toBeGreaterThan(2);
    const text =
      'jurisdictions:\n  - code: kr\n    aliases: [{ name: South Korea, lang: en }, { name: 남한, lang: ko }]\n';
    const preview = await importFiles(tdb.db, yaml(text), { dryRun: true });
    expect(preview.changes).toEqual([
      {
        entity: 'jurisdiction',
        key: 'jurisdiction kr',
        action: 'update',
        fields: [
          { field: 'aliases', old: stored.map((a) => `${a.name} (${a.lang})`), new: ['South Korea (en)', '남한 (ko)'] },
        ],
      },
    ]);
    expect(preview.counts.jurisdiction_alias?.deleted).toBe(stored.length - 2);
    await importFiles(tdb.db, yaml(text));
    expect(aliasesOf(await doc(), 'kr')).toEqual([
      { name: 'South Korea', lang: 'en' },
      { name: '남한', lang: 'ko' },
    ]);
  });

  it('empties the list with []', async () => {
    await importFiles(tdb.db, yaml('jurisdictions:\n  - code: kr\n    aliases: []\n'));
    expect(aliasesOf(await doc(), 'kr')).toEqual([]);
    expect(aliasesOf(await doc(), 'kp').length).toBeGreaterThan(0);
  });

  it('exports the names as jurisdiction_aliases.csv and reads them back; without that file they stay', async () => {
    const csv = serializeCsv(await exportDocument(tdb.db));
    const aliases = csv.find((f) => f.file === 'jurisdiction_aliases.csv')!;
    expect(aliases.text.split('\r\n')[0]).toBe('jurisdiction,name,lang');
    expect(aliases.text).toContain('kr,South Korea,en');
    expect(csv.find((f) => f.file === 'laws.csv')!.text.split('\r\n')[0]).toMatch(/,default$/);

    const before = await exported();
    await importFiles(tdb.db, [file('jurisdictions.csv', 'code,name\r\nkr,Republic of Korea\r\n')]);
    expect(await exported()).toBe(before);

    await importFiles(tdb.db, [
      file('jurisdictions.csv', 'code\r\nkr\r\n'),
      file('jurisdiction_aliases.csv', 'jurisdiction,name,lang\r\nkr,ROK,en\r\n'),
    ]);
    expect(aliasesOf(await doc(), 'kr')).toEqual([{ name: 'ROK', lang: 'en' }]);
  });
});

describe('the default law through the law writer', () => {
  const newLaw = 'laws:\n  - { slug: kp-test-code, jurisdiction: kp, title: Test Code, kind: code }\n';

  it('refuses a second default law for one jurisdiction, naming the first, and writes nothing', async () => {
    await importFiles(tdb.db, yaml(newLaw));
    const before = await exported();
    const error = await importFiles(tdb.db, yaml('laws:\n  - { slug: kp-test-code, default: true }\n')).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ImportValidationError);
    expect((error as Error).message).toBe(
      'partial.yaml: law kp-test-code: default: jurisdiction "kp" already has the default law kp-criminal-code (set default: false on it first)',
    );
    expect(await exported()).toBe(before);
  });

  it('clears with null, moves with true, shows both in the preview, and the extractor follows the database', async () => {
    await importFiles(tdb.db, yaml(newLaw));
    expect(defaults(await doc())).toEqual(['kp-criminal-code']);
    const text = 'laws:\n  - { slug: kp-criminal-code, default: null }\n  - { slug: kp-test-code, default: true }\n';
    const preview = await importFiles(tdb.db, yaml(text), { dryRun: true });
    expect(preview.changes).toEqual([
      {
        entity: 'law',
        key: 'law kp-criminal-code',
        action: 'update',
        fields: [{ field: 'default', old: true, new: false }],
      },
      {
        entity: 'law',
        key: 'law kp-test-code',
        action: 'update',
        fields: [{ field: 'default', old: false, new: true }],
      },
    ]);
    await importFiles(tdb.db, yaml(text));
    expect(defaults(await doc())).toEqual(['kp-test-code']);

    // A bare number in a text about the DPRK now means the new default law, not a name in the code.
    const app = createTestApp(tdb.db);
    const res = await request(app)
      .post('/api/extract')
      .send({ text: 'North Korea punished him under Article 60.', date: '2020-01-01' })
      .expect(200);
    expect(res.body).toContainEqual(expect.objectContaining({ law: 'kp-test-code', article: '60' }));
    expect(res.body).not.toContainEqual(expect.objectContaining({ law: 'kp-criminal-code' }));
  });

  it('leaves the flag alone when a record or a blank CSV cell leaves it out', async () => {
    const before = await exported();
    await importFiles(tdb.db, yaml('laws:\n  - { slug: kp-criminal-code, kind: code }\n'));
    await importFiles(tdb.db, [file('laws.csv', 'slug,default\r\nkp-criminal-code,\r\n')]);
    expect(await exported()).toBe(before);
  });
});
