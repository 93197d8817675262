import request from 'supertest';
import { findArticleId, insertCitation, insertOutlet, insertReport } from '../factories/reports.ts';
import { createTestApp } from '../setup/test-app.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

let tdb: TestDatabase;
let app: ReturnType<typeof createTestApp>;
beforeAll(async () => {
  tdb = await createTestDatabase({ seeded: true });
  app = createTestApp(tdb.db);
});
afterAll(() => tdb.drop());

describe('keyset pagination of Cited by', () => {
  it('lists 120 citing reports exactly once over five pages while new reports arrive', async () => {
    const outlet = await insertOutlet(tdb.db);
    const art = await findArticleId(tdb.db, 'kp-criminal-code', '2015', '74');
    const expected = new Set<string>();
    for (let i = 0; i < 120; i++) {
      // Many share a date, so the id tie-breaker is what keeps the order total.
      const r = await insertReport(tdb.db, { outlet_id: outlet.id, published_on: `2019-0${1 + (i % 9)}-15` });
      await insertCitation(tdb.db, { report_id: r.id, article: art, as_written: 'Article 74' });
      expected.add(`/reports/${r.slug}`);
    }
    const seen: string[] = [];
    let url: string | null = '/laws/kp-criminal-code/2015/articles/74';
    for (let page = 1; url; page++) {
      const res: request.Response = await request(app).get(url).expect(200);
      const section: string = res.text.slice(res.text.indexOf('id="cited-by"'));
      const links = [...section.matchAll(/class="report-title" href="(\/reports\/[^"]+)"/g)].map((m) => m[1]!);
      seen.push(...links);
      const next: RegExpMatchArray | null = section.match(/href="([^"]+)" rel="next"/);
      url = next ? next[1]!.replace(/&amp;/g, '&').replace(/#.*$/, '') : null;
      // A newer report arrives between requests: it must not shift what later pages show.
      const late = await insertReport(tdb.db, { outlet_id: outlet.id, published_on: '2024-01-01' });
      await insertCitation(tdb.db, { report_id: late.id, article: art });
      expect(page).toBeLessThanOrEqual(6);
    }
    const fromSeeds = seen.filter((s) => !expected.has(s));
    const ours = seen.filter((s) => expected.has(s));
    expect(ours.length).toBe(120);
    expect(new Set(ours).size).toBe(120);
    expect(new Set(seen).size).toBe(seen.length);
    expect(fromSeeds.every((s) => !s.startsWith('/reports/report-'))).toBe(true);
  });

  it('pages /reports the same way', async () => {
    const first = await request(app).get('/api/reports').expect(200);
    expect(first.body.reports).toHaveLength(25);
    const second = await request(app).get(`/api/reports?after=${first.body.nextCursor}`).expect(200);
    const a = first.body.reports.map((r: { slug: string }) => r.slug);
    const b = second.body.reports.map((r: { slug: string }) => r.slug);
    expect(a.filter((s: string) => b.includes(s))).toEqual([]);
  });
});
