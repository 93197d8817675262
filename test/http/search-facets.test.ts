import request from 'supertest';
import { makeLaw } from '../factories/laws.ts';
import { makeOutlet } from '../factories/outlets.ts';
import { makePlaceHierarchy } from '../factories/places.ts';
import { type RenumberedLaw, makeRenumberedLaw } from '../factories/renumbered-law.ts';
import { makeReport, makeReports } from '../factories/reports.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';
import { createSearchApp } from './search-app.ts';

// Two codes whose titles say "criminal code", with death, correctional labor, disciplinary labor and
// confiscation among their penalties, and reports from three outlets, three places and four years
// citing them with three claim types: every facet has several values to click.
let tdb: TestDatabase;
let app: ReturnType<typeof createSearchApp>;
let law: RenumberedLaw;
let province = '';

beforeAll(async () => {
  tdb = await createTestDatabase();
  app = createSearchApp(tdb.db);
  law = await makeRenumberedLaw(tdb.db, {
    versions: [
      {
        slug: '2021',
        label: 'As amended 2021',
        adopted_on: '2021-01-01',
        text_status: 'partial',
        articles: [
          { number: '27', heading: 'Confiscation of property', penalties: [{ tier: 'basic', kind: 'confiscation' }] },
        ],
      },
    ],
  });
  const juvenile = await makeLaw(tdb.db, {
    jurisdiction: law.jurisdiction,
    title: `Juvenile Criminal Code ${law.slug}`,
    versions: [
      {
        slug: '2020',
        label: 'As adopted 2020',
        adopted_on: '2020-06-01',
        text_status: 'partial',
        articles: [
          {
            number: '10',
            heading: 'Harmful publications',
            penalties: [{ tier: 'basic', kind: 'fixed_term_correctional_labor', max_months: 36 }],
          },
        ],
      },
    ],
  });
  const places = await makePlaceHierarchy(tdb.db);
  province = places.province.slug;
  const outlets = [await makeOutlet(tdb.db), await makeOutlet(tdb.db), await makeOutlet(tdb.db)];
  const targets = [law.overthrow.after, law.communications, law.terrorism.before, juvenile.article('2020', '10')];
  const claims = ['charged_under', 'sentenced_under', 'law_described'] as const;
  await makeReports(tdb.db, 12, (i) => ({
    outlet: outlets[i % 3],
    published_on: `${2015 + (i % 4)}-05-01`,
    places: [[places.town], [places.county], [places.province]][i % 3],
    excerpt: `A court applied the criminal code: Article ${targets[i % 4]!.number} was cited.`,
    citations: [
      { article: targets[i % 4]!, claim_type: claims[i % 3], as_written: `Article ${targets[i % 4]!.number}` },
    ],
  }));
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
    await expectCountsMatchClicks(`/search?q=criminal+code&place=${province}`, key);
  });
});

describe('combining facets', () => {
  it('ORs values within a facet and ANDs across facets', async () => {
    const death = await get('/search?q=criminal+code&kind=death');
    const confiscation = await get('/search?q=criminal+code&kind=confiscation');
    const either = await get('/search?q=criminal+code&kind=death&kind=confiscation');
    expect(either.articles.total).toBeGreaterThanOrEqual(Math.max(death.articles.total, confiscation.articles.total));
    expect(either.articles.total).toBeLessThanOrEqual(death.articles.total + confiscation.articles.total);
    const narrowed = await get(`/search?q=criminal+code&kind=death&kind=confiscation&version=${law.slug}%2F2015`);
    expect(narrowed.articles.total).toBeLessThanOrEqual(either.articles.total);
    expect(narrowed.articles.total).toBeGreaterThan(0);
  });

  it('keeps the whole state in the URL, repeating parameters, and a selected value unselects', async () => {
    const res = await request(app).get(`/search?q=criminal+code&kind=death&law=${law.slug}`).expect(200);
    expect(res.text).toContain(
      `href="/search?q=criminal+code&amp;law=${law.slug}&amp;kind=death&amp;kind=confiscation"`,
    );
    expect(res.text).toMatch(
      new RegExp(`<a href="/search\\?q=criminal\\+code&amp;law=${law.slug}"[^>]*aria-current="true"`),
    );
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
    const report = await makeReport(tdb.db, {
      title: 'Glockenspiel trial',
      citations: [{ article: law.communications, claim_type: 'sentenced_under', status: 'suggested' }],
    });
    const citation = report.citations[0]!;
    const claims = async () =>
      (await get('/search?q=glockenspiel')).reports.facets.find((f) => f.key === 'claim')!.values;
    expect(await claims()).toEqual([]);
    await tdb.db.updateTable('citation').set({ status: 'confirmed' }).where('id', '=', citation.id).execute();
    expect(await claims()).toEqual([expect.objectContaining({ value: 'sentenced_under', count: 1 })]);
    await tdb.db.deleteFrom('citation').where('id', '=', citation.id).execute();
    expect(await claims()).toEqual([]);
  });
});
