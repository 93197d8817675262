import request from 'supertest';
import { makeLaw } from '../factories/laws.ts';
import { makeReport, makeReports } from '../factories/reports.ts';
import { createTestApp } from '../setup/test-app.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

let tdb: TestDatabase;
let app: ReturnType<typeof createTestApp>;
beforeAll(async () => {
  tdb = await createTestDatabase();
  app = createTestApp(tdb.db);
});
afterAll(() => tdb.drop());

describe('keyset pagination of Cited by', () => {
  it('lists 120 citing reports exactly once over five pages while new reports arrive', async () => {
    const article = (await makeLaw(tdb.db)).article('2020', '1');
    // Many share a date, so the id tie-breaker is what keeps the order total.
    const made = await makeReports(tdb.db, 120, (i) => ({
      published_on: `2019-0${1 + (i % 9)}-15`,
      citations: [{ article }],
    }));
    const expected = new Set(made.map((r) => r.path));
    const seen: string[] = [];
    let url: string | null = article.path;
    for (let page = 1; url; page++) {
      const res: request.Response = await request(app).get(url).expect(200);
      const section: string = res.text.slice(res.text.indexOf('id="cited-by"'));
      const links = [...section.matchAll(/class="report-title" href="(\/reports\/[^"]+)"/g)].map((m) => m[1]!);
      seen.push(...links);
      const next: RegExpMatchArray | null = section.match(/href="([^"]+)" rel="next"/);
      url = next ? next[1]!.replace(/&amp;/g, '&').replace(/#.*$/, '') : null;
      // A newer report arrives between requests: it must not shift what later pages show.
      await makeReport(tdb.db, { published_on: '2024-01-01', citations: [{ article }] });
      expect(page).toBeLessThanOrEqual(5);
    }
    expect(seen).toHaveLength(120);
    expect(new Set(seen)).toEqual(expected);
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
