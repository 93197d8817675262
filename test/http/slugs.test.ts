import type { Server } from 'node:http';
import feedParser from '@rowanmanning/feed-parser';
import { sql } from 'kysely';
import request from 'supertest';
import { makeLaw } from '../factories/laws.ts';
import { makeReport } from '../factories/reports.ts';
import { createTestApp } from '../setup/test-app.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

let tdb: TestDatabase;
let app: Server;
beforeAll(async () => {
  tdb = await createTestDatabase();
  app = createTestApp(tdb.db).listen(0);
});
afterAll(async () => {
  app.close();
  await tdb.drop();
});

const rename = (from: string, to: string) => sql`update report set slug = ${to} where slug = ${from}`.execute(tdb.db);

async function history(reportId: number) {
  const { rows } = await sql<{
    old_slug: string;
  }>`select old_slug from report_slug_history where report_id = ${reportId} order by renamed_at, old_slug`.execute(
    tdb.db,
  );
  return rows.map((r) => r.old_slug);
}

const newReport = () => makeReport(tdb.db);

describe('renamed report slugs', () => {
  it('answers 301 from the old URL to the new one, which answers 200', async () => {
    const r = await newReport();
    await rename(r.slug, `${r.slug}-renamed`);
    const res = await request(app).get(`/reports/${r.slug}`).expect(301);
    expect(res.headers.location).toBe(`/reports/${r.slug}-renamed`);
    await request(app).get(`/reports/${r.slug}-renamed`).expect(200);
    expect(await history(r.id)).toEqual([r.slug]);
  });

  it('redirects the JSON twin, downloads and citation files, keeping the query string', async () => {
    const r = await newReport();
    await rename(r.slug, `${r.slug}-v2`);
    const cases = [
      [`/api/reports/${r.slug}`, `/api/reports/${r.slug}-v2`],
      [`/reports/${r.slug}/citations.csv`, `/reports/${r.slug}-v2/citations.csv`],
      [`/reports/${r.slug}/cite.bib`, `/reports/${r.slug}-v2/cite.bib`],
      [`/reports/${r.slug}?utm=x`, `/reports/${r.slug}-v2?utm=x`],
    ];
    for (const [from, to] of cases) expect((await request(app).get(from!).expect(301)).headers.location).toBe(to);
    const api = await request(app).get(`/api/reports/${r.slug}`).redirects(1).expect(200);
    expect(api.body.report.slug).toBe(`${r.slug}-v2`);
  });

  it('sends every earlier slug straight to the current one, and a slug taken up again is current', async () => {
    const r = await newReport();
    await rename(r.slug, `${r.slug}-b`);
    await rename(`${r.slug}-b`, `${r.slug}-c`);
    expect((await request(app).get(`/reports/${r.slug}`).expect(301)).headers.location).toBe(`/reports/${r.slug}-c`);
    expect((await request(app).get(`/reports/${r.slug}-b`).expect(301)).headers.location).toBe(`/reports/${r.slug}-c`);
    await rename(`${r.slug}-c`, r.slug);
    await request(app).get(`/reports/${r.slug}`).expect(200);
    expect((await request(app).get(`/reports/${r.slug}-c`).expect(301)).headers.location).toBe(`/reports/${r.slug}`);
    expect(await history(r.id)).toEqual([`${r.slug}-b`, `${r.slug}-c`]);
  });

  it('lets a new report take a retired slug, and drops it from the history', async () => {
    const old = await newReport();
    await rename(old.slug, `${old.slug}-moved`);
    await makeReport(tdb.db, { slug: old.slug, title: 'The new owner' });
    expect((await request(app).get(`/api/reports/${old.slug}`).expect(200)).body.report.title).toBe('The new owner');
    expect(await history(old.id)).toEqual([]);
  });

  it('does not redirect to a draft, and unknown slugs stay 404', async () => {
    const r = await newReport();
    await rename(r.slug, `${r.slug}-draft`);
    await sql`update report set status = 'draft' where id = ${r.id}`.execute(tdb.db);
    await request(app).get(`/reports/${r.slug}`).expect(404);
    await request(app).get('/reports/never-existed').expect(404);
    await request(app).get('/api/reports/never-existed').expect(404);
  });

  it('keeps feed entry ids across a rename and links entries to the current slug', async () => {
    const article = (await makeLaw(tdb.db)).article('2020', '1');
    await makeReport(tdb.db, { citations: [{ article }] });
    const r = await makeReport(tdb.db, { citations: [{ article }] });
    const c = r.citations[0]!;
    const url = `${article.path}/citations.atom`;
    const before = feedParser.parseFeed((await request(app).get(url).expect(200)).text).items[0]!;
    await rename(r.slug, `${r.slug}-new`);
    const after = feedParser.parseFeed((await request(app).get(url).expect(200)).text).items[0]!;
    expect(after.id).toBe(before.id);
    expect(after.id).toBe(`tag:statute-atlas,2026:citation/${c.id}`);
    expect(after.url).toMatch(new RegExp(`/reports/${r.slug}-new#cite-${c.id}$`));
  });
});
