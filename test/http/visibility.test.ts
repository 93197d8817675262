import type { Server } from 'node:http';
import request from 'supertest';
import { findArticleId, insertCitation, insertOutlet, insertReport } from '../factories/reports.ts';
import { createTestApp } from '../setup/test-app.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

let tdb: TestDatabase;
// One listening server: "Cite this" prints the request's origin, which must not change between
// the before and after requests compared below.
let app: Server;
beforeAll(async () => {
  tdb = await createTestDatabase({ seeded: true });
  app = createTestApp(tdb.db).listen(0);
});
afterAll(async () => {
  app.close();
  await tdb.drop();
});

const pages = [
  '/',
  '/api',
  '/reports',
  '/api/reports',
  '/laws/kp-criminal-code/2015/articles/222',
  '/api/laws/kp-criminal-code/2015/articles/222',
  '/places/yanggang',
  '/api/places/yanggang',
];

describe('what the public never sees', () => {
  it('hides a draft report and a rejected or suggested citation from every page, count and JSON', async () => {
    const before = await Promise.all(pages.map(async (p) => (await request(app).get(p).expect(200)).text));
    const outlet = await insertOutlet(tdb.db, { name: 'Hidden Wire' });
    const art = await findArticleId(tdb.db, 'kp-criminal-code', '2015', '222');
    const place = await tdb.db
      .selectFrom('place')
      .select('id')
      .where('slug', '=', 'yanggang')
      .executeTakeFirstOrThrow();
    const draft = await insertReport(tdb.db, {
      outlet_id: outlet.id,
      status: 'draft',
      title: 'DRAFT-ONLY-TITLE',
      published_on: '2030-01-01',
    });
    await tdb.db.insertInto('report_place').values({ report_id: draft.id, place_id: place.id }).execute();
    await insertCitation(tdb.db, { report_id: draft.id, article: art, quote_exact: 'DRAFT-QUOTE' });
    const published = await insertReport(tdb.db, {
      outlet_id: outlet.id,
      title: 'PUBLISHED-BUT-UNCONFIRMED',
      published_on: '2030-01-02',
    });
    await insertCitation(tdb.db, {
      report_id: published.id,
      article: art,
      status: 'rejected',
      quote_exact: 'REJECTED-QUOTE',
    });
    await insertCitation(tdb.db, {
      report_id: published.id,
      article: art,
      status: 'suggested',
      quote_exact: 'SUGGESTED-QUOTE',
    });

    for (const [i, p] of pages.entries()) {
      const text = (await request(app).get(p).expect(200)).text;
      for (const secret of ['DRAFT-ONLY-TITLE', 'DRAFT-QUOTE', 'REJECTED-QUOTE', 'SUGGESTED-QUOTE'])
        expect(text).not.toContain(secret);
      if (!p.startsWith('/reports') && !p.startsWith('/api/reports') && p !== '/' && p !== '/api') {
        // Pages that list only citing reports must look exactly as before.
        expect(text).toBe(before[i]);
      }
    }
    const home = await request(app).get('/api').expect(200);
    const homeBefore = JSON.parse(before[1]!);
    expect(home.body.counts).toEqual({ ...homeBefore.counts, reports: homeBefore.counts.reports + 1 });
    await request(app).get(`/reports/${draft.slug}`).expect(404);
    await request(app).get(`/api/reports/${draft.slug}`).expect(404);
    const pub = await request(app).get(`/reports/${published.slug}`).expect(200);
    expect(pub.text).toContain('No confirmed citations yet.');
    expect((await request(app).get(`/outlets/${outlet.slug}`).expect(200)).text).not.toContain('DRAFT-ONLY-TITLE');
  });
});
