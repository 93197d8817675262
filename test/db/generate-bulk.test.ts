import { sql } from 'kysely';
import { generateSyntheticData } from '../../src/generate/generate.service.ts';
import { importFiles } from '../../src/interchange/apply/import.service.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

// `atlas generate` runs without row triggers when it may (the test cluster's role is a superuser)
// and writes what they would have. These tests hold it to the triggers' own output.
let tdb: TestDatabase;
beforeEach(async () => {
  tdb = await createTestDatabase({ seeded: true });
});
afterEach(() => tdb.drop());

type SearchRow = {
  report_id: number;
  published: boolean;
  sort_date: string;
  outlet_id: number;
  title: string;
  document: string;
  cjk: string;
  claim_types: string[];
};

const searchRows = async (runId: string) =>
  (
    await sql<SearchRow>`
      select s.report_id, s.published, s.sort_date::text, s.outlet_id, s.title, s.document::text as document, s.cjk, s.claim_types
      from report_search s join report r on r.id = s.report_id
      where r.slug like ${`synthetic-${runId}-%`} order by s.report_id`.execute(tdb.db)
  ).rows;

/** What the trigger function writes for the same reports (it overwrites the rows in place). */
async function rowsFromTriggerFunction(runId: string): Promise<SearchRow[]> {
  await sql`select refresh_report_search(array(select id from report where slug like ${`synthetic-${runId}-%`}))`.execute(
    tdb.db,
  );
  return searchRows(runId);
}

const version = async () =>
  Number((await sql<{ v: string }>`select version as v from public_data_version`.execute(tdb.db)).rows[0]!.v);

describe('atlas generate without row triggers', () => {
  it('writes the search documents refresh_report_search would, and bumps the public data version', async () => {
    const before = await version();
    const run = await generateSyntheticData(tdb.db, 200, 3, new Date('2026-01-01T00:00:00Z'));
    expect(run.reports).toBe(200);
    expect(await version()).toBeGreaterThan(before);
    const generated = await searchRows(run.runId);
    expect(generated).toHaveLength(200);
    expect(generated[0]!.claim_types).toEqual(['law_described']);
    expect(generated).toEqual(await rowsFromTriggerFunction(run.runId));
  });

  it('copies each report’s visibility and date into its citations, as the citation trigger does', async () => {
    const run = await generateSyntheticData(tdb.db, 50, 2, new Date('2026-01-01T00:00:00Z'));
    const { rows } = await sql<{ mismatched: number; total: number }>`
      select count(*) filter (where c.report_published <> (r.status = 'published') or c.report_sort_date <> r.sort_date)::int as mismatched,
             count(*)::int as total
      from citation c join report r on r.id = c.report_id where r.slug like ${`synthetic-${run.runId}-%`}`.execute(
      tdb.db,
    );
    expect(rows[0]).toEqual({ mismatched: 0, total: run.citations });
    expect(run.citations).toBeGreaterThan(50);
  });

  it('finds the generated reports by search like any other', async () => {
    const run = await generateSyntheticData(tdb.db, 30, 1, new Date('2026-01-01T00:00:00Z'));
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from report_search s join report r on r.id = s.report_id
      where r.slug like ${`synthetic-${run.runId}-%`} and s.published and s.document @@ websearch_to_tsquery('english', 'smuggling')`.execute(
      tdb.db,
    );
    expect(rows[0]!.n).toBe(5); // topic 3 of 6: reports 2, 8, 14, 20, 26
  });

  it('leaves claim types empty when no law is marked as the default (no citations)', async () => {
    await importFiles(tdb.db, [
      { name: 'd.yaml', bytes: new TextEncoder().encode('laws:\n  - { slug: kp-criminal-code, default: false }\n') },
    ]);
    const run = await generateSyntheticData(tdb.db, 12, 2, new Date('2026-01-02T00:00:00Z'));
    expect(run).toMatchObject({ law: null, citations: 0 });
    const generated = await searchRows(run.runId);
    expect(generated.every((r) => r.claim_types.length === 0)).toBe(true);
    expect(generated).toEqual(await rowsFromTriggerFunction(run.runId));
  });
});
