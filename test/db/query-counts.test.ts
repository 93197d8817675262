import request from 'supertest';
import { findArticleId, insertCitation, insertOutlet, insertReport } from '../factories/reports.ts';
import { countQueries } from '../bench/query-counts.ts';
import { createTestApp } from '../setup/test-app.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase({ seeded: true });
});
afterAll(() => tdb.drop());

const pages = [
  '/',
  '/reports',
  '/reports/dailynk-crackdown-chinese-mobile-phones',
  '/laws/kp-criminal-code/2015/articles/222',
  '/laws/kp-criminal-code',
  '/offences/kp-criminal-code/illegal-international-communications',
  '/offences/kp-criminal-code/illegal-international-communications?on=2016-01-01',
  '/laws/kp-criminal-code/2015/articles/222/in-force',
  '/laws/kp-criminal-code/lineage',
  '/search?q=international+communications',
  '/search?q=Art.+60',
  '/penalties/disciplinary_labor?law=kp-criminal-code',
  '/glossary',
];

describe('bounded queries', () => {
  it('issues the same number of SQL queries per page however many reports cite the article', async () => {
    const before = await countQueries(tdb.url, pages);
    const outlet = await insertOutlet(tdb.db);
    const art = await findArticleId(tdb.db, 'kp-criminal-code', '2015', '222');
    for (let i = 0; i < 40; i++) {
      const r = await insertReport(tdb.db, {
        outlet_id: outlet.id,
        published_on: `2018-01-${String(1 + (i % 28)).padStart(2, '0')}`,
      });
      await insertCitation(tdb.db, { report_id: r.id, article: art });
    }
    const after = await countQueries(tdb.url, pages);
    expect(after).toEqual(before);
    // A search runs in its own transaction (begin, settings, commit) beside its facet and hit queries.
    for (const [path, n] of Object.entries(after))
      expect([path, n <= (path.startsWith('/search') ? 16 : 12)]).toEqual([path, true]);
  });

  it('shows a newly confirmed citation at once, although the counts are memoised', async () => {
    const app = createTestApp(tdb.db);
    const url = '/api/laws/kp-criminal-code/2015/articles/74';
    const first = (await request(app).get(url).expect(200)).body.citedBy.total;
    expect((await request(app).get(url).expect(200)).body.citedBy.total).toBe(first);
    const outlet = await insertOutlet(tdb.db);
    const r = await insertReport(tdb.db, { outlet_id: outlet.id });
    const c = await insertCitation(tdb.db, {
      report_id: r.id,
      article: await findArticleId(tdb.db, 'kp-criminal-code', '2015', '74'),
      status: 'suggested',
    });
    expect((await request(app).get(url).expect(200)).body.citedBy.total).toBe(first);
    await tdb.db.updateTable('citation').set({ status: 'confirmed' }).where('id', '=', c.id).execute();
    const body = (await request(app).get(url).expect(200)).body.citedBy;
    expect(body.total).toBe(first + 1);
    expect(body.perYear).toEqual(expect.arrayContaining([expect.objectContaining({ year: 2020 })]));
    await tdb.db.updateTable('report').set({ status: 'draft' }).where('id', '=', r.id).execute();
    expect((await request(app).get(url).expect(200)).body.citedBy.total).toBe(first);
  });
});
