import { sql } from 'kysely';
import { createMigrator, migrateToLatest } from '../../src/db/migrator.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase({ seeded: true });
});
afterAll(() => tdb.drop());

// What older databases can hold: offsets an excerpt change left behind, and a re-point's duplicate.
describe('the migration that repairs citations written before quotes were anchored', () => {
  it('re-finds stale quotes, sends unfindable ones to review, and keeps the most reviewed of duplicates', async () => {
    const result = await createMigrator(tdb.db).migrateTo('20261128T171000_create_citation_feed_indexes');
    expect(result.error).toBeUndefined();
    const report = await tdb.db
      .selectFrom('report')
      .innerJoin('citation', 'citation.report_id', 'report.id')
      .select([
        'report.id',
        'report.excerpt',
        'citation.id as citation_id',
        'citation.law_id',
        'citation.law_version_id',
        'citation.article_id',
        'citation.quote_exact',
        'citation.quote_start',
        'citation.quote_end',
      ])
      .where('citation.status', '=', 'confirmed')
      .where('citation.quote_start', 'is not', null)
      .orderBy('citation.id')
      .executeTakeFirstOrThrow();
    const added = 'A sentence added in front. ';
    await sql`update report set excerpt = ${added + report.excerpt} where id = ${report.id}`.execute(tdb.db);
    const values = (status: string, exact: string) =>
      sql`(${report.id}, ${report.law_id}, ${report.law_version_id}, ${report.article_id}, 'x', ${exact}, ${report.quote_start}, ${report.quote_end}, 'law_described', 'latest', 0.5, ${status}, 'extractor')`;
    const { rows } = await sql<{ id: number }>`
      insert into citation (report_id, law_id, law_version_id, article_id, as_written, quote_exact, quote_start, quote_end, claim_type, resolution, confidence, status, origin)
      values ${values('suggested', report.quote_exact!)}, ${values('suggested', 'words that are nowhere in the excerpt')}
      returning id`.execute(tdb.db);

    await migrateToLatest(tdb.db);
    const after = await tdb.db
      .selectFrom('citation')
      .select(['id', 'status', 'quote_start', 'quote_end', 'review_reason'])
      .where('id', 'in', [report.citation_id, ...rows.map((r) => r.id)])
      .orderBy('id')
      .execute();
    expect(after).toEqual([
      {
        id: report.citation_id,
        status: 'confirmed',
        quote_start: report.quote_start! + added.length,
        quote_end: report.quote_end! + added.length,
        review_reason: null,
      },
      {
        id: rows[1]!.id,
        status: 'suggested',
        quote_start: null,
        quote_end: null,
        review_reason: expect.stringContaining('no longer occur'),
      },
    ]);
    const { rows: bad } = await sql<{
      n: number;
    }>`select count(*)::int as n from citation c join report r on r.id = c.report_id
      where c.quote_start is not null and atlas_utf16_slice(r.excerpt, c.quote_start, c.quote_end) is distinct from c.quote_exact`.execute(
      tdb.db,
    );
    expect(bad[0]!.n).toBe(0);
  });
});
