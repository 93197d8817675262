import { sql } from 'kysely';
import { exportDocument, serializeJson } from '../../src/interchange/export/export.service.ts';
import { importFiles } from '../../src/interchange/apply/import.service.ts';
import { LOST_QUOTE_REASON } from '../../src/writers/citation-anchor.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

const json = (value: unknown) => [{ name: 'reports.json', bytes: new TextEncoder().encode(JSON.stringify(value)) }];

let tdb: TestDatabase;
beforeEach(async () => {
  tdb = await createTestDatabase({ seeded: true });
});
afterEach(() => tdb.drop());

const citationsOf = (slugs: string[]) =>
  tdb.db
    .selectFrom('citation')
    .innerJoin('report', 'report.id', 'citation.report_id')
    .select([
      'citation.id',
      'report.slug',
      'report.excerpt',
      'citation.quote_exact',
      'citation.quote_start',
      'citation.quote_end',
      'citation.status',
      'citation.origin',
      'citation.review_reason',
    ])
    .where('report.slug', 'in', slugs)
    .orderBy('citation.id')
    .execute();

/** Citations whose offsets do not slice their quote, counted by the database's own UTF-16 slicing. */
async function misplaced(): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from citation c join report r on r.id = c.report_id
    where c.quote_start is not null and atlas_utf16_slice(r.excerpt, c.quote_start, c.quote_end) is distinct from c.quote_exact`.execute(
    tdb.db,
  );
  return rows[0]!.n;
}

describe('quotes that stay anchored', () => {
  it('moves every citation of every seed report with its words when a sentence is added before each excerpt', async () => {
    const doc = JSON.parse(serializeJson(await exportDocument(tdb.db))) as {
      reports: { slug: string; excerpt: string | null }[];
    };
    const reports = doc.reports.filter((r) => r.excerpt);
    expect(reports.length).toBeGreaterThanOrEqual(40);
    const slugs = reports.map((r) => r.slug);
    const before = await citationsOf(slugs);
    expect(before.some((c) => c.origin === 'extractor')).toBe(true);
    const added = 'A sentence was added before the quoted passages. ';
    await importFiles(tdb.db, json({ reports: reports.map((r) => ({ slug: r.slug, excerpt: added + r.excerpt })) }));

    const after = new Map((await citationsOf(slugs)).map((c) => [c.id, c]));
    for (const c of before) {
      const now = after.get(c.id)!;
      expect(now.excerpt!.slice(now.quote_start!, now.quote_end!)).toBe(c.quote_exact);
      expect({ start: now.quote_start, status: now.status, reason: now.review_reason }).toEqual({
        start: c.quote_start! + added.length,
        status: c.status,
        reason: null,
      });
    }
    expect(await misplaced()).toBe(0);
  });

  it('sends a citation whose words are gone back to review with a reason, and keeps the others on theirs', async () => {
    const slug = 'dailynk-crackdown-chinese-mobile-phones';
    const [report] = await tdb.db.selectFrom('report').select(['excerpt']).where('slug', '=', slug).execute();
    const before = await citationsOf([slug]);
    const gone = before.find((c) => c.status === 'confirmed')!;
    const excerpt = report!.excerpt!.replace(gone.quote_exact!, 'words the editor rewrote');
    expect(excerpt).not.toContain(gone.quote_exact!);
    const summary = await importFiles(tdb.db, json({ reports: [{ slug, excerpt }] }), { dryRun: true });
    expect(summary.changes).toContainEqual(
      expect.objectContaining({
        entity: 'citation',
        action: 'update',
        fields: expect.arrayContaining([{ field: 'status', old: 'confirmed', new: 'suggested' }]),
      }),
    );
    await importFiles(tdb.db, json({ reports: [{ slug, excerpt }] }));
    for (const c of await citationsOf([slug])) {
      if (c.id === gone.id)
        expect(c).toMatchObject({
          quote_exact: gone.quote_exact,
          quote_start: null,
          quote_end: null,
          status: 'suggested',
          review_reason: LOST_QUOTE_REASON,
        });
      else expect(c.excerpt!.slice(c.quote_start!, c.quote_end!)).toBe(c.quote_exact);
    }
    // The unplaced quote round-trips: its reason tells the import to keep it unplaced.
    const exported = serializeJson(await exportDocument(tdb.db));
    await importFiles(tdb.db, [{ name: 'export.json', bytes: new TextEncoder().encode(exported) }]);
    expect(serializeJson(await exportDocument(tdb.db))).toBe(exported);
  });

  it('refuses, at commit, offsets that do not slice their quote — however they were written', async () => {
    const [c] = await tdb.db
      .selectFrom('citation')
      .select(['id', 'report_id', 'quote_start', 'quote_end'])
      .where('quote_start', 'is not', null)
      .limit(1)
      .execute();
    const shifted = tdb.db
      .transaction()
      .execute((trx) =>
        sql`update citation set quote_start = quote_start + 1, quote_end = quote_end + 1 where id = ${c!.id}`.execute(
          trx,
        ),
      );
    await expect(shifted).rejects.toThrow(/offsets \d+-\d+ do not slice its quote/);
    const rewritten = tdb.db
      .transaction()
      .execute((trx) =>
        sql`update report set excerpt = 'Something else entirely.' where id = ${c!.report_id}`.execute(trx),
      );
    await expect(rewritten).rejects.toThrow(/its excerpt changed but citation \d+ still points at offsets/);
    const [still] = await tdb.db
      .selectFrom('citation')
      .select(['quote_start', 'quote_end'])
      .where('id', '=', c!.id)
      .execute();
    expect(still).toEqual({ quote_start: c!.quote_start, quote_end: c!.quote_end });
    expect(await misplaced()).toBe(0);
  });

  it('counts offsets in UTF-16 code units on both sides, as JavaScript does', async () => {
    const text = 'A 😀 before 형법 제60조 and after.';
    const start = text.indexOf('형법');
    const { rows } = await sql<{ slice: string; length: number; inside: string | null }>`
      select atlas_utf16_slice(${text}, ${start}, ${start + '형법 제60조'.length}) as slice, atlas_utf16_length(${text}) as length,
             atlas_utf16_slice(${text}, 3, 4) as inside`.execute(tdb.db);
    expect(rows[0]).toEqual({ slice: '형법 제60조', length: text.length, inside: null });
  });
});
