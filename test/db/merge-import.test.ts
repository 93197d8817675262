import request from 'supertest';
import { exportDocument, serializeJson } from '../../src/interchange/export/export.service.ts';
import { ImportValidationError } from '../../src/interchange/formats/problems.ts';
import { DeletionsNotConfirmedError, importFiles } from '../../src/interchange/apply/import.service.ts';
import { createTestApp } from '../setup/test-app.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

const yaml = (text: string) => [{ name: 'partial.yaml', bytes: new TextEncoder().encode(text) }];
type Doc = {
  laws: {
    slug: string;
    title_ko: string | null;
    aliases: unknown[];
    versions: {
      slug: string;
      note: string | null;
      amending_instrument: string | null;
      articles: { number: string }[];
    }[];
  }[];
};

const partial = `laws:
  - slug: kp-criminal-code
    versions:
      - slug: "2015"
        articles:
          - number: "999"
            heading: A test article the seeds do not have
`;

let tdb: TestDatabase;
beforeEach(async () => {
  tdb = await createTestDatabase({ seeded: true });
});
afterEach(() => tdb.drop());
const exported = async () => serializeJson(await exportDocument(tdb.db));

describe('merge semantics', () => {
  it('adds one article from a partial file and leaves the export identical but for it', async () => {
    const before = await exported();
    const preview = await importFiles(tdb.db, yaml(partial), { dryRun: true });
    expect(preview.changes).toEqual([
      {
        entity: 'article',
        key: 'article kp-criminal-code 2015 999',
        action: 'insert',
        fields: [{ field: 'heading', old: null, new: 'A test article the seeds do not have' }],
      },
    ]);
    expect(preview.counts.law).toEqual({ inserted: 0, updated: 0, unchanged: 1, deleted: 0 });
    expect(await exported()).toBe(before);

    await importFiles(tdb.db, yaml(partial));
    const after = JSON.parse(await exported()) as Doc;
    const version = after.laws.find((l) => l.slug === 'kp-criminal-code')!.versions.find((v) => v.slug === '2015')!;
    expect(version.articles.filter((a) => a.number === '999')).toHaveLength(1);
    version.articles = version.articles.filter((a) => a.number !== '999');
    expect(`${JSON.stringify(after, null, 2)}\n`).toBe(before);
    // The law's aliases are intact, so the extractor still knows "Criminal Law" and "형법".
    const app = createTestApp(tdb.db);
    for (const text of ['Criminal Law article 233', '형법 제222조']) {
      const res = await request(app).post('/api/extract').send({ text, date: '2016-01-01' }).expect(200);
      expect(res.body).toContainEqual(expect.objectContaining({ law: 'kp-criminal-code' }));
    }
  });

  it('shows each changed field old → new, clears an explicit null, and replaces a given list', async () => {
    const doc = JSON.parse(await exported()) as Doc;
    const law = doc.laws.find((l) => l.slug === 'kp-criminal-code')!;
    const v2015 = law.versions.find((v) => v.slug === '2015')!;
    const text = `laws:
  - slug: kp-criminal-code
    title_ko: null
    aliases: [{ name: Criminal Law, lang: en }]
    versions:
      - slug: "2015"
        note: A corrected note.
`;
    const preview = await importFiles(tdb.db, yaml(text), { dryRun: true });
    expect(preview.changes).toEqual([
      expect.objectContaining({
        entity: 'law',
        key: 'law kp-criminal-code',
        action: 'update',
        fields: [
          { field: 'title_ko', old: law.title_ko, new: null },
          {
            field: 'aliases',
            old: expect.arrayContaining(['Criminal Law (en)', '형법 (ko)']),
            new: ['Criminal Law (en)'],
          },
        ],
      }),
      {
        entity: 'law_version',
        key: 'version kp-criminal-code 2015',
        action: 'update',
        fields: [{ field: 'note', old: v2015.note, new: 'A corrected note.' }],
      },
    ]);
    await importFiles(tdb.db, yaml(text));
    const after = JSON.parse(await exported()) as typeof doc;
    const stored = after.laws.find((l) => l.slug === 'kp-criminal-code')!;
    expect(stored.title_ko).toBeNull();
    expect(stored.aliases).toEqual([{ name: 'Criminal Law', lang: 'en' }]);
    const v = stored.versions.find((x) => x.slug === '2015')!;
    expect(v.note).toBe('A corrected note.');
    expect(v.amending_instrument).toBe(v2015.amending_instrument);
    expect(v.articles).toEqual(v2015.articles);
  });

  it('refuses a new record that lacks a required field, naming it, and writes nothing', async () => {
    const before = await exported();
    const error = await importFiles(
      tdb.db,
      yaml('laws:\n  - slug: kp-brand-new-law\n    title: Brand New Law\n'),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportValidationError);
    expect((error as Error).message).toBe(
      'partial.yaml: law kp-brand-new-law: jurisdiction, kind are required for a new record (it is not in the database yet)',
    );
    expect(await exported()).toBe(before);
  });
});

describe('prune', () => {
  const law = (numbers: string[]) => `laws:
  - slug: kp-prune-test-law
    versions:
      - slug: "2020"
        articles:
${numbers.map((n) => `          - number: "${n}"`).join('\n')}
`;
  const articlesOf = (doc: Doc) =>
    doc.laws.find((l) => l.slug === 'kp-prune-test-law')!.versions[0]!.articles.map((a) => a.number);

  it('deletes only what the named version leaves out, and only once the previewed deletions are confirmed', async () => {
    await importFiles(
      tdb.db,
      yaml(`laws:
  - { slug: kp-prune-test-law, jurisdiction: kp, title: Prune Test Law, kind: law, versions: [{ slug: "2020", label: As adopted, text_status: partial, articles: [{ number: "1" }, { number: "2" }, { number: "3" }] }] }
  - { slug: kp-prune-other-law, jurisdiction: kp, title: Other Law, kind: law, versions: [{ slug: "2020", label: As adopted, text_status: partial, articles: [{ number: "1" }] }] }
`),
    );
    const before = await exported();
    const plain = await importFiles(tdb.db, yaml(law(['2'])), { dryRun: true });
    expect(plain.deletions).toEqual([]);

    const preview = await importFiles(tdb.db, yaml(law(['2'])), { dryRun: true, prune: true });
    expect(preview.deletions.map((d) => d.key)).toEqual([
      'article kp-prune-test-law 2020 1',
      'article kp-prune-test-law 2020 3',
    ]);
    await expect(importFiles(tdb.db, yaml(law(['2'])), { prune: true })).rejects.toBeInstanceOf(
      DeletionsNotConfirmedError,
    );
    await expect(
      importFiles(tdb.db, yaml(law(['2'])), { prune: true, confirmDeletions: 'not-what-was-previewed' }),
    ).rejects.toBeInstanceOf(DeletionsNotConfirmedError);
    expect(await exported()).toBe(before);

    await importFiles(tdb.db, yaml(law(['2'])), { prune: true, confirmDeletions: preview.deletionsFingerprint! });
    const after = JSON.parse(await exported()) as Doc;
    expect(articlesOf(after)).toEqual(['2']);
    const others = (d: Doc) => JSON.stringify(d.laws.filter((l) => l.slug !== 'kp-prune-test-law'));
    expect(others(after)).toBe(others(JSON.parse(before) as Doc));
  });

  it('refuses to delete an article that citations point at', async () => {
    const before = await exported();
    const error = await importFiles(
      tdb.db,
      yaml('laws:\n  - slug: kp-criminal-code\n    versions:\n      - slug: "2015"\n        articles: []\n'),
      { prune: true, confirmDeletions: 'any' },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportValidationError);
    expect((error as Error).message).toMatch(
      /^partial\.yaml: article kp-criminal-code 2015 \S+: cannot delete it, (a citation points|\d+ citations point) at it; re-point them first$/,
    );
    expect(await exported()).toBe(before);
  });
});
