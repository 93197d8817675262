import request from 'supertest';
import { findArticleId, insertCitation, insertOutlet, insertReport } from '../factories/reports.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';
import { createSearchApp } from './search-app.ts';

let tdb: TestDatabase;
let app: ReturnType<typeof createSearchApp>;
beforeAll(async () => {
  tdb = await createTestDatabase({ seeded: true });
  app = createSearchApp(tdb.db);
});
afterAll(() => tdb.drop());

interface FacetValue {
  value: string;
  count: number;
  selected: boolean;
  url: string;
}
interface Group {
  total: number;
  hits: unknown[];
  facets: { key: string; values: FacetValue[] }[];
}
interface Page {
  articles: Group;
  reports: Group;
}

const get = async (url: string): Promise<Page> => (await request(app).get(`/api${url}`).expect(200)).body;
const groupOf = (key: string): 'articles' | 'reports' =>
  ['law', 'version', 'kind', 'max'].includes(key) ? 'articles' : 'reports';

/** Clicks every value of the facet and checks the count it showed against the results it gives. */
async function expectCountsMatchClicks(start: string, key: string) {
  const page = await get(start);
  const group = groupOf(key);
  const values = page[group].facets.find((f) => f.key === key)?.values.filter((v) => !v.selected) ?? [];
  expect(values.length).toBeGreaterThan(0);
  for (const v of values) {
    const after = await get(v.url);
    expect({ value: v.value, total: after[group].total }).toEqual({ value: v.value, total: v.count });
    if (after[group].total <= 20) expect(after[group].hits).toHaveLength(v.count);
    const other = group === 'articles' ? 'reports' : 'articles';
    expect(after[other].total).toBe(page[other].total);
  }
}

describe('facet counts equal the results after clicking', () => {
  it.each(['law', 'version', 'kind', 'max', 'outlet', 'place', 'year', 'claim'])(
    'for every %s value of "criminal code"',
    async (key) => {
      await expectCountsMatchClicks('/search?q=criminal+code', key);
    },
  );

  it.each(['law', 'version', 'max'])(
    'for every %s value once a penalty kind is chosen (facets AND together)',
    async (key) => {
      await expectCountsMatchClicks('/search?q=criminal+code&kind=fixed_term_correctional_labor', key);
    },
  );

  it.each(['outlet', 'year', 'claim'])('for every %s value once a place is chosen', async (key) => {
    await expectCountsMatchClicks('/search?q=criminal+code&place=pyongyang', key);
  });
});

describe('combining facets', () => {
  it('ORs values within a facet and ANDs across facets', async () => {
    const death = await get('/search?q=criminal+code&kind=death');
    const confiscation = await get('/search?q=criminal+code&kind=confiscation');
    const either = await get('/search?q=criminal+code&kind=death&kind=confiscation');
    expect(either.articles.total).toBeGreaterThanOrEqual(Math.max(death.articles.total, confiscation.articles.total));
    expect(either.articles.total).toBeLessThanOrEqual(death.articles.total + confiscation.articles.total);
    const narrowed = await get('/search?q=criminal+code&kind=death&kind=confiscation&version=kp-criminal-code%2F2015');
    expect(narrowed.articles.total).toBeLessThanOrEqual(either.articles.total);
    expect(narrowed.articles.total).toBeGreaterThan(0);
  });

  it('keeps the whole state in the URL, repeating parameters, and a selected value unselects', async () => {
    const res = await request(app).get('/search?q=criminal+code&kind=death&law=kp-criminal-code').expect(200);
    expect(res.text).toContain(
      'href="/search?q=criminal+code&amp;law=kp-criminal-code&amp;kind=death&amp;kind=confiscation"',
    );
    expect(res.text).toMatch(/<a href="\/search\?q=criminal\+code&amp;law=kp-criminal-code"[^>]*aria-current="true"/);
  });

  it('keeps a selected value listed at zero so it can be removed', async () => {
    const page = await get('/search?q=criminal+code&outlet=no-such-outlet');
    expect(page.reports.total).toBe(0);
    const outlet = page.reports.facets.find((f) => f.key === 'outlet')!;
    expect(outlet.values).toContainEqual(
      expect.objectContaining({ value: 'no-such-outlet', count: 0, selected: true, url: '/search?q=criminal+code' }),
    );
  });
});

describe('claim types follow the citations', () => {
  it('counts only confirmed citations, and follows a suggestion being confirmed', async () => {
    const outlet = await insertOutlet(tdb.db);
    const report = await insertReport(tdb.db, { outlet_id: outlet.id, title: 'Glockenspiel trial' });
    const article = await findArticleId(tdb.db, 'kp-criminal-code', '2015', '222');
    const citation = await insertCitation(tdb.db, {
      report_id: report.id,
      article,
      claim_type: 'sentenced_under',
      status: 'suggested',
    });
    const claims = async () =>
      (await get('/search?q=glockenspiel')).reports.facets.find((f) => f.key === 'claim')!.values;
    expect(await claims()).toEqual([]);
    await tdb.db.updateTable('citation').set({ status: 'confirmed' }).where('id', '=', citation.id).execute();
    expect(await claims()).toEqual([expect.objectContaining({ value: 'sentenced_under', count: 1 })]);
    await tdb.db.deleteFrom('citation').where('id', '=', citation.id).execute();
    expect(await claims()).toEqual([]);
  });
});
