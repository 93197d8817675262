import request from 'supertest';
import { makeOutlet } from '../factories/outlets.ts';
import { makeReports } from '../factories/reports.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';
import { createSearchApp } from './search-app.ts';

// Past a number of matching reports the facet counts are estimated from a sample and the page says
// so. The limit is an option, so 30 reports stand in for a million; at this size the sample is the
// whole table, which makes the estimates come out as the exact counts they estimate.
let tdb: TestDatabase;
let exact: ReturnType<typeof createSearchApp>;
let estimating: ReturnType<typeof createSearchApp>;
let outletB: string;
beforeAll(async () => {
  tdb = await createTestDatabase();
  const a = await makeOutlet(tdb.db);
  const b = await makeOutlet(tdb.db);
  outletB = b.slug;
  await makeReports(tdb.db, 24, (i) => ({
    outlet: a,
    title: `Zebrafish farm inspection ${i}`,
    published_on: '2019-03-01',
  }));
  await makeReports(tdb.db, 6, (i) => ({ outlet: b, title: `Zebrafish export ban ${i}`, published_on: '2021-07-01' }));
  exact = createSearchApp(tdb.db);
  estimating = createSearchApp(tdb.db, { exactCountsUpTo: 10 });
});
afterAll(() => tdb.drop());

interface Group {
  total: number;
  totalEstimated: boolean;
  countsEstimated: boolean;
  hits: unknown[];
  facets: { key: string; values: { value: string; count: number }[] }[];
}
const api = async (app: ReturnType<typeof createSearchApp>, url: string): Promise<Group> =>
  (await request(app).get(`/api${url}`).expect(200)).body.reports;
const counts = (g: Group, key: string) =>
  Object.fromEntries(g.facets.find((f) => f.key === key)!.values.map((v) => [v.value, v.count]));

describe('report counts past the exact-count limit', () => {
  it('are exact, and read as plain numbers, below the limit', async () => {
    const g = await api(exact, '/search?q=zebrafish');
    expect(g).toMatchObject({ total: 30, totalEstimated: false, countsEstimated: false });
    const html = (await request(exact).get('/search?q=zebrafish').expect(200)).text;
    expect(html).toContain('Reports <span class="muted">(30)</span>');
    expect(html).not.toMatch(/about \d/);
  });

  it('are estimated above it, and the page says so beside every number', async () => {
    const g = await api(estimating, '/search?q=zebrafish');
    expect(g).toMatchObject({ total: 30, totalEstimated: true, countsEstimated: true });
    expect(counts(g, 'year')).toEqual({ '2019': 24, '2021': 6 });
    expect(g.hits).toHaveLength(20);
    const html = (await request(estimating).get('/search?q=zebrafish').expect(200)).text;
    expect(html).toContain('about 30 reports</a>');
    expect(html).toContain('Reports <span class="muted">(about 30)</span>');
    expect(html).toContain('2019</a> <span class="muted">(about 24)</span>');
    expect(html).toContain('the total and the filter counts are estimates');
    expect(html).toContain('More than 10 reports match');
  });

  it('keep an exact total when the selected facets narrow the matches below the limit', async () => {
    const g = await api(estimating, `/search?q=zebrafish&outlet=${outletB}`);
    expect(g).toMatchObject({ total: 6, totalEstimated: false, countsEstimated: true });
    expect(counts(g, 'outlet')[outletB]).toBe(6);
    const html = (await request(estimating).get(`/search?q=zebrafish&outlet=${outletB}`).expect(200)).text;
    expect(html).toContain('Reports <span class="muted">(6)</span>');
    expect(html).toContain('the filter counts are estimates');
    expect(g.hits).toHaveLength(6);
  });

  it('leave a search with few matches exact even with a low limit', async () => {
    const g = await api(estimating, '/search?q=zebrafish+export');
    expect(g).toMatchObject({ total: 6, totalEstimated: false, countsEstimated: false });
  });
});
