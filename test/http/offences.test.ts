import request from 'supertest';
import { todayIso } from '../../src/lib/dates.ts';
import { type RenumberedLaw, makeRenumberedLaw } from '../factories/renumbered-law.ts';
import { type MadeReport, makeReport } from '../factories/reports.ts';
import { visibleText } from '../setup/html.ts';
import { createTestApp } from '../setup/test-app.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

// Our own five-version code (see makeRenumberedLaw's history): state overthrow is Art. 44 → 59 → 59 →
// 60, terrorism Art. 45 → 60 → (not in the partial 2009 text) → 61 → repealed in 2023, and illegal
// international communications is new in 2015 as Art. 60-1; the 2023 version is known only from reports.
let tdb: TestDatabase;
let app: ReturnType<typeof createTestApp>;
let law: RenumberedLaw;
let base = '';
let label: (version: string) => string;
let cited: { communications: MadeReport; oldOverthrow: MadeReport; newOverthrow: MadeReport };

beforeAll(async () => {
  tdb = await createTestDatabase();
  app = createTestApp(tdb.db);
  law = await makeRenumberedLaw(tdb.db, { history: true });
  base = law.path;
  const dates: Record<string, string> = {
    '1999': 'as revised 11 August 1999',
    '2004': 'as revised 29 April 2004',
    '2009': 'as amended 19 October 2009',
    '2015': 'as amended 22 July 2015',
    '2023': 'as revised 24 December 2023',
  };
  label = (version) => `${law.title} ${dates[version]}`;
  cited = {
    communications: await makeReport(tdb.db, { citations: [{ article: law.communications }] }),
    oldOverthrow: await makeReport(tdb.db, { citations: [{ article: law.overthrow.before }] }),
    newOverthrow: await makeReport(tdb.db, { citations: [{ article: law.overthrow.after }] }),
  };
});
afterAll(() => tdb.drop());

describe('in force by offence', () => {
  it.each([
    ['/2004/articles/60/in-force?on=2016-01-01', '/2015/articles/61'],
    ['/1999/articles/44/in-force?on=2016-01-01', '/2015/articles/60'],
    ['/2015/articles/60/in-force?on=2005-01-01', '/2004/articles/59'],
    ['/2015/articles/60/in-force?on=2012-01-01', '/2009/articles/59'],
    ['/2015/articles/60-1/in-force?on=2016-01-01', '/2015/articles/60-1'],
  ])('redirects %s to the same offence: %s', async (from, to) => {
    const res = await request(app).get(`${base}${from}`).expect(302);
    expect(res.headers.location).toBe(`${base}${to}`);
    const api = await request(app).get(`/api${base}${from}`).expect(302);
    expect(api.headers.location).toBe(`/api${base}${to}`);
  });

  it('answers today’s question for 2015 Art. 60-1 with a page naming the 2023 revision, its unknown numbering and the last known article', async () => {
    const res = await request(app).get(`${law.communications.path}/in-force`).expect(200);
    const text = visibleText(res.text);
    expect(text).toContain(`The version in force: ${label('2023')}`);
    expect(text).toContain(
      `The text of the ${label('2023')} is not available, so the offence’s article number in it is unknown.`,
    );
    expect(text).toContain(
      `The last version whose article for this offence we know: Art. 60-1 of the ${label('2015')}.`,
    );
    expect(res.text).toContain(`href="${law.communications.path}"`);
    expect(res.text).toContain(`href="/offences/${law.slug}/illegal-communications?on=`);
    const api = (await request(app).get(`/api${law.communications.path}/in-force`).expect(200)).body;
    expect(api).toMatchObject({
      on: todayIso(),
      state: 'reported_only',
      inForce: { slug: '2023', textStatus: 'reported_only' },
      lastKnown: { url: law.communications.path },
    });
  });

  it('says an offence was repealed by the version in force', async () => {
    const url = `${law.terrorism.after.path}/in-force?on=2024-06-01`;
    const body = (await request(app).get(`/api${url}`).expect(200)).body;
    expect(body.state).toBe('repealed');
    const text = visibleText((await request(app).get(url).expect(200)).text);
    expect(text).toContain(`The offence was repealed: the ${label('2023')} no longer contains it.`);
    expect(body.note).toBe('Reported moved into a separate anti-terrorism law.');
    expect(body.lastKnown.url).toBe(law.terrorism.after.path);
  });

  it('says an offence did not exist yet, and links its first known article', async () => {
    const res = await request(app).get(`${law.communications.path}/in-force?on=2010-01-01`).expect(200);
    const text = visibleText(res.text);
    expect(text).toContain(`The offence did not exist yet in the ${label('2009')}.`);
    expect(text).toContain(
      `The first version whose article for this offence we know: Art. 60-1 of the ${label('2015')}.`,
    );
  });

  it('says the number is not known where the version in force is known only in part', async () => {
    const url = `${law.terrorism.after.path}/in-force?on=2010-01-01`;
    const body = (await request(app).get(`/api${url}`).expect(200)).body;
    expect(body).toMatchObject({ state: 'unknown', inForce: { slug: '2009' } });
    const text = visibleText((await request(app).get(url).expect(200)).text);
    expect(text).toContain('its number there is not known');
    expect(text).toContain(`The last version whose article for this offence we know: Art. 60 of the ${label('2004')}.`);
  });

  it.each([
    [
      '/2015/articles/60-1/in-force?on=1960-01-01',
      404,
      'No version of {title} in Statute Atlas was in force on 1 January 1960',
    ],
    ['/2015/articles/60-1/in-force?on=2016-13-01', 400, 'on must be a date written YYYY-MM-DD'],
    ['/2015/articles/9999/in-force', 404, 'Article 9999 is not known'],
  ])('answers %s with %i', async (url, status, message) => {
    const res = await request(app).get(`${base}${url}`).expect(status);
    expect(visibleText(res.text)).toContain(message.replace('{title}', law.title));
  });

  it('sends the statute page’s in-force link and date picker through the offence', async () => {
    const page = law.terrorism.before.path;
    const res = await request(app).get(page).expect(200);
    expect(res.text).toContain(`<a href="${page}/in-force">Which version is in force today?</a>`);
    expect(res.text).toContain(`<form class="date-picker" method="get" action="${page}/in-force">`);
    expect(res.text).toContain('type="date" name="on"');
    expect(res.text).toContain(`href="/offences/${law.slug}/terrorism"`);
  });

  it('keeps /laws/:law/articles/:number?on= meaning the number, not the offence', async () => {
    const res = await request(app).get(`${base}/articles/60?on=2016-01-01`).expect(302);
    expect(res.headers.location).toBe(law.overthrow.after.path);
  });
});

describe('offence pages', () => {
  const page = () => `/offences/${law.slug}/illegal-communications`;

  it('lists a report citing the offence in the Cited-by of the whole lineage, with a JSON twin', async () => {
    const res = await request(app).get(page()).expect(200);
    expect(res.text).toContain(`href="${cited.communications.path}"`);
    expect(res.text).not.toContain(`href="${cited.newOverthrow.path}"`);
    expect(visibleText(res.text)).toContain('illegal international communications 비법국제통신죄');
    expect(res.text).toContain(`<link rel="canonical" href="${page()}">`);
    expect(res.text).toContain(`<link rel="alternate" type="application/atom+xml"`);
    const api = (await request(app).get(`/api${page()}`).expect(200)).body;
    expect(api.offence).toMatchObject({ slug: 'illegal-communications', name: 'illegal international communications' });
    expect(api.citedBy.reports.map((r: { url: string }) => r.url)).toEqual([cited.communications.path]);
    expect(api.citedBy.total).toBe(api.counts.offenceReports);
  });

  it('shows the offence in every version: numbers, penalties, and honest gaps', async () => {
    const url = `/offences/${law.slug}/state-overthrow`;
    const text = visibleText((await request(app).get(url).expect(200)).text);
    expect(text).toContain(
      'One offence, several numbers: Art. 44 (1999) → Art. 59 (2004) → Art. 59 (2009) → Art. 60 (2015).',
    );
    expect(text).toContain(
      '5 to 10 years of correctional labor (로동교화형); in especially grave cases the death penalty (사형). (grave cases: not recorded)',
    );
    expect(text).toContain('Art. 59: Conspiracy to overthrow the state same Penalties not recorded');
    expect(text).toContain(
      `The text of the ${label('2023')} is not available, so the offence’s article number in it is unknown.`,
    );
    const terror = visibleText((await request(app).get(`/offences/${law.slug}/terrorism`).expect(200)).text);
    expect(terror).toContain(
      `The ${label('2009')} is known only in part, and none of its articles we hold is this offence: its number there is not known.`,
    );
    const state = async (slug: string) =>
      (
        (await request(app).get(`/api/offences/${law.slug}/${slug}`).expect(200)).body.versions as {
          slug: string;
          state: string;
        }[]
      ).map((v) => `${v.slug}:${v.state}`);
    expect(await state('state-overthrow')).toEqual([
      '1999:present',
      '2004:present',
      '2009:present',
      '2015:present',
      '2023:reported_only',
    ]);
    expect(await state('terrorism')).toEqual([
      '1999:present',
      '2004:present',
      '2009:unknown',
      '2015:present',
      '2023:repealed',
    ]);
    expect((await state('illegal-communications')).slice(0, 3)).toEqual(['1999:absent', '2004:absent', '2009:absent']);
  });

  it('answers "as in force on" a date from the plain GET form', async () => {
    const url = `/offences/${law.slug}/terrorism`;
    const res = await request(app).get(`${url}?on=2016-01-01`).expect(200);
    expect(visibleText(res.text)).toContain(
      `On 1 January 2016: the ${label('2015')} was in force. In the ${label('2015')} the offence is Art. 61. Go to Art. 61.`,
    );
    expect(res.text).toContain('class="lineage-present in-force-on-date"');
    expect(res.text).toContain(`<form class="date-picker" method="get" action="${url}">`);
    expect(res.text).toContain('value="2016-01-01"');
    await request(app).get(`${url}?on=yesterday`).expect(400);
  });

  it('marks the repealed offence, and draws unrecorded tiers as unknown', async () => {
    const terror = (await request(app).get(`/api/offences/${law.slug}/terrorism`).expect(200)).body;
    expect(terror.versions.find((v: { slug: string }) => v.slug === '2023')).toMatchObject({ state: 'repealed' });
    expect(visibleText((await request(app).get(`/offences/${law.slug}/terrorism`).expect(200)).text)).toContain(
      'Repealed Reported moved into a separate anti-terrorism law.',
    );
    const api = (await request(app).get(`/api/offences/${law.slug}/state-overthrow`).expect(200)).body;
    const rows = api.penaltyHistory.rows as {
      versionSlug: string;
      penaltiesRecorded: boolean;
      tiers: { tier: string; recorded: boolean; heaviest: string | null; months: number | null }[];
    }[];
    expect(rows.find((r) => r.versionSlug === '2015')?.tiers).toEqual([
      { tier: 'basic', recorded: true, heaviest: 'max_term', months: 120 },
      { tier: 'grave', recorded: false, heaviest: null, months: null },
      expect.objectContaining({ tier: 'especially_grave', recorded: true, heaviest: 'death' }),
    ]);
    expect(rows.find((r) => r.versionSlug === '2004')).toMatchObject({
      penaltiesRecorded: false,
      tiers: [{ tier: 'basic', recorded: false }, {}, {}],
    });
    const html = (await request(app).get(`/offences/${law.slug}/state-overthrow`).expect(200)).text;
    expect(html).toMatch(/class="bar-unknown bar-unknown-grave"><\/rect>\s*<text[^>]*class="bar-label">\?<\/text>/);
  });

  it('has an Atom feed of the whole lineage’s citations that states the page’s count', async () => {
    const url = `/offences/${law.slug}/state-overthrow`;
    const api = (await request(app).get(`/api${url}`).expect(200)).body;
    expect(api.counts.offenceReports).toBe(2);
    const res = await request(app).get(`${url}/citations.atom`).expect(200);
    expect(res.headers['content-type']).toContain('application/atom+xml');
    expect(res.text).toContain('Cited by 2 reports across this offence’s versions.</subtitle>');
    expect(visibleText((await request(app).get(url).expect(200)).text)).toContain(
      'Cited by 2 reports across this offence’s versions.',
    );
    for (const r of [cited.oldOverthrow, cited.newOverthrow]) expect(res.text).toContain(`${r.path}#cite-`);
    expect(res.text).not.toContain(cited.communications.path);
  });

  it.each([
    '/offences/{law}/no-such-offence',
    '/offences/no-such-law/terrorism',
    '/offences/{law}/no-such-offence/citations.atom',
  ])('answers %s with a 404', async (url) => {
    await request(app).get(url.replace('{law}', law.slug)).expect(404);
  });
});

describe('navigation', () => {
  it('links the previous and next article of the version', async () => {
    const res = await request(app).get(law.communications.path).expect(200);
    expect(res.text).toContain(
      `<a rel="prev" href="${base}/2015/articles/60">← Art. 60: Conspiracy to overthrow the state</a>`,
    );
    expect(res.text).toContain(`<a rel="next" href="${base}/2015/articles/61">Art. 61: Terrorism →</a>`);
    const api = (await request(app).get(`/api${law.overthrow.after.path}`).expect(200)).body;
    expect(api.article.previous).toBeNull();
    expect(api.article.next).toMatchObject({ label: 'Art. 60-1' });
  });

  it('links the default law’s renumbering map, penalty browse and glossary from the home page and header', async () => {
    const res = await request(app).get('/').expect(200);
    expect(res.text).toContain(`href="${base}/lineage"`);
    expect(res.text).toContain('href="/penalties"');
    expect(res.text).toContain('href="/glossary"');
  });

  it('links every ladder to a glossary with the Korean terms and common renderings', async () => {
    const statute = await request(app).get(law.communications.path).expect(200);
    expect(statute.text).toContain(
      '<a href="/glossary">What these penalties mean: Korean terms and English renderings</a>',
    );
    const res = await request(app).get('/glossary').expect(200);
    const text = visibleText(res.text);
    expect(text).toContain('disciplinary labor (로동단련형; in South Korean spelling 노동단련형)');
    expect(text).toMatch(/Also rendered as: .*“labour training”/);
    expect(text).toMatch(/correctional labor \(로동교화형.*Also rendered as: .*“reform through labour”/);
    expect((await request(app).get('/api/glossary').expect(200)).body.kinds.length).toBe(9);
  });

  it('lays the renumbering map out as a stacked list for phones, numbers first', async () => {
    const res = await request(app).get(`${base}/lineage`).expect(200);
    const stacked = res.text.slice(
      res.text.indexOf('<ol class="map-stacked"'),
      res.text.indexOf('<figure class="renumbering-map">'),
    );
    expect(visibleText(stacked)).toContain(
      'conspiracy to overthrow the state 국가전복음모죄 1999: 44 2004: 59 renumbered 2009: 59 2015: 60 renumbered',
    );
  });
});
