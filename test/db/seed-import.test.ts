import { sql } from 'kysely';
import { ImportValidationError } from '../../src/interchange/formats/problems.ts';
import { importFiles } from '../../src/interchange/apply/import.service.ts';
import { seedDatabase } from '../../src/interchange/apply/seed.service.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

const tables = [
  'jurisdiction',
  'law',
  'law_alias',
  'law_version',
  'article_lineage',
  'lineage_alias',
  'article',
  'article_lineage_step',
  'penalty',
];

async function snapshot(tdb: TestDatabase): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const t of tables) {
    const { rows } = await sql<{
      j: string;
    }>`select coalesce(json_agg(x order by x.id)::text, '[]') as j from ${sql.table(t)} x`.execute(tdb.db);
    out[t] = rows[0]!.j;
  }
  return out;
}

const yaml = (s: string) => ({ name: 'inline.yaml', bytes: new TextEncoder().encode(s) });

describe('seeds and import', () => {
  let tdb: TestDatabase;
  beforeEach(async () => {
    tdb = await createTestDatabase({ seeded: true });
  });
  afterEach(() => tdb.drop());

  it('changes nothing when the seeds are loaded a second time', async () => {
    const before = await snapshot(tdb);
    const summary = await seedDatabase(tdb.db);
    expect(Object.values(summary.counts).every((c) => c.inserted === 0 && c.updated === 0)).toBe(true);
    expect(summary.counts.article!.unchanged).toBeGreaterThan(50);
    expect(await snapshot(tdb)).toEqual(before);
  });

  it('records no audit event when the seeds are loaded a second time, and names the seed as their actor', async () => {
    const count = async () =>
      Number(
        (
          await tdb.db
            .selectFrom('audit_event')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    await seedDatabase(tdb.db);
    expect(await count()).toBe(before);
    const first = await tdb.db
      .selectFrom('audit_event')
      .select(['actor', 'source'])
      .where('entity', '=', 'law')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    expect(first).toEqual({ actor: 'atlas seed', source: 'seed' });
  });

  it('seeds every version of the Criminal Code with a source URL', async () => {
    const rows = await tdb.db
      .selectFrom('law_version')
      .innerJoin('law', 'law.id', 'law_version.law_id')
      .select(['law_version.slug', 'law_version.text_status', 'law_version.source_url'])
      .where('law.slug', '=', 'kp-criminal-code')
      .orderBy('law_version.in_force_from')
      .execute();
    expect(rows.map((r) => r.slug)).toEqual(['1999', '2004', '2009', '2012', '2015', '2022', '2023']);
    expect(rows.filter((r) => r.text_status === 'reported_only').map((r) => r.slug)).toEqual(['2022', '2023']);
    expect(rows.every((r) => r.source_url?.startsWith('http'))).toBe(true);
  });

  it('rejects a penalty with min above max, naming file, line and field, and writes nothing', async () => {
    const before = await snapshot(tdb);
    const doc = `laws:
  - slug: kp-criminal-code
    jurisdiction: kp
    title: Criminal Code changed
    kind: code
    versions:
      - slug: "2015"
        label: x
        text_status: partial
        articles:
          - number: "222"
            penalties:
              - { tier: basic, kind: disciplinary_labor, min_months: 24, max_months: 12 }
`;
    const error = await importFiles(tdb.db, [yaml(doc)]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportValidationError);
    expect((error as Error).message).toBe(
      'inline.yaml:line 13: laws[0].versions[0].articles[0].penalties[0].min_months: min_months must not exceed max_months',
    );
    expect(await snapshot(tdb)).toEqual(before);
  });

  it('rolls back every earlier record when a later one refers to an unknown lineage', async () => {
    const before = await snapshot(tdb);
    const doc = `laws:
  - slug: kp-criminal-code
    jurisdiction: kp
    title: A title that would be an update
    kind: code
    versions:
      - slug: "2015"
        label: x
        text_status: partial
        articles:
          - { number: "999", lineage: no-such-offence }
`;
    await expect(importFiles(tdb.db, [yaml(doc)])).rejects.toThrow('unknown lineage "no-such-offence"');
    expect(await snapshot(tdb)).toEqual(before);
  });

  it('counts the changes of a dry run exactly and writes nothing', async () => {
    const before = await snapshot(tdb);
    const doc = `laws:
  - slug: kp-test-law
    jurisdiction: kp
    title: Test Law
    kind: law
    versions:
      - slug: "2020"
        label: Test Law 2020
        adopted_on: 2020-01-01
        text_status: partial
        articles:
          - { number: "1", penalties: [{ tier: basic, kind: fine }] }
`;
    const summary = await importFiles(tdb.db, [yaml(doc)], { dryRun: true });
    expect(summary.counts).toMatchObject({
      law: { inserted: 1, updated: 0, unchanged: 0 },
      law_version: { inserted: 1 },
      article: { inserted: 1 },
      penalty: { inserted: 1 },
    });
    expect(await snapshot(tdb)).toEqual(before);
  });

  it.each([
    ['empty.yaml', '', 'empty.yaml: is empty'],
    ['bad.json', '{"laws": [', 'bad.json:line 1: cannot be parsed'],
    [
      'x.yaml',
      'laws:\n  - slug: Bad Slug\n    jurisdiction: kp\n    title: t\n    kind: code\n',
      'x.yaml:line 2: laws[0].slug: must be lower-case words joined by hyphens',
    ],
    [
      'y.yaml',
      'laws:\n  - slug: ok\n    jurisdiction: kp\n    title: t\n    kind: statute\n',
      'y.yaml:line 5: laws[0].kind: Invalid option',
    ],
  ])('explains what is wrong with %s', async (name, content, message) => {
    await expect(importFiles(tdb.db, [{ name, bytes: new TextEncoder().encode(content) }])).rejects.toThrow(message);
  });

  it('rejects a file that is not UTF-8', async () => {
    await expect(
      importFiles(tdb.db, [{ name: 'latin1.yaml', bytes: new Uint8Array([0x6c, 0x61, 0x77, 0xe9, 0x0a]) }]),
    ).rejects.toThrow('latin1.yaml: is not valid UTF-8');
  });
});
