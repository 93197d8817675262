import type { Server } from 'node:http';
import request from 'supertest';
import { type MadeArticle, makeLaw } from '../factories/laws.ts';
import { makeOutlet } from '../factories/outlets.ts';
import { type MadePlace, makePlace } from '../factories/places.ts';
import { makeReport } from '../factories/reports.ts';
import { createTestApp } from '../setup/test-app.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

let tdb: TestDatabase;
// One listening server: "Cite this" prints the request's origin, which must not change between
// the before and after requests compared below.
let app: Server;
let article: MadeArticle;
let place: MadePlace;
let pages: string[] = [];
beforeAll(async () => {
  tdb = await createTestDatabase();
  app = createTestApp(tdb.db).listen(0);
  article = (await makeLaw(tdb.db)).article('2020', '1');
  place = await makePlace(tdb.db, { kind: 'province' });
  // What the public already sees: a published report with a confirmed citation, filed under the place.
  await makeReport(tdb.db, { places: [place], citations: [{ article }] });
  pages = [
    '/',
    '/api',
    '/reports',
    '/api/reports',
    article.path,
    `/api${article.path}`,
    place.path,
    `/api${place.path}`,
  ];
});
afterAll(async () => {
  app.close();
  await tdb.drop();
});

describe('what the public never sees', () => {
  it('hides a draft report and a rejected or suggested citation from every page, count and JSON', async () => {
    const before = await Promise.all(pages.map(async (p) => (await request(app).get(p).expect(200)).text));
    const outlet = await makeOutlet(tdb.db, { name: 'Hidden Wire' });
    const draft = await makeReport(tdb.db, {
      outlet,
      status: 'draft',
      title: 'DRAFT-ONLY-TITLE',
      published_on: '2030-01-01',
      places: [place],
      citations: [{ article, quote: 'DRAFT-QUOTE' }],
    });
    const published = await makeReport(tdb.db, {
      outlet,
      title: 'PUBLISHED-BUT-UNCONFIRMED',
      published_on: '2030-01-02',
      citations: [
        { article, status: 'rejected', quote: 'REJECTED-QUOTE' },
        { article, status: 'suggested', quote: 'SUGGESTED-QUOTE' },
      ],
    });
    expect(published.citations.map((c) => c.status)).toEqual(['rejected', 'suggested']);

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
    expect(JSON.parse(before[1]!).counts.reports).toBe(1);
    const homeBefore = JSON.parse(before[1]!);
    expect(home.body.counts).toEqual({ ...homeBefore.counts, reports: homeBefore.counts.reports + 1 });
    await request(app).get(`/reports/${draft.slug}`).expect(404);
    await request(app).get(`/api/reports/${draft.slug}`).expect(404);
    const pub = await request(app).get(`/reports/${published.slug}`).expect(200);
    expect(pub.text).toContain('No confirmed citations yet.');
    expect((await request(app).get(`/outlets/${outlet.slug}`).expect(200)).text).not.toContain('DRAFT-ONLY-TITLE');
  });
});
