import request from 'supertest';
import { todayIso } from '../../src/lib/dates.ts';
import { visibleText } from '../setup/html.ts';
import { createTestApp } from '../setup/test-app.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

let tdb: TestDatabase;
let app: ReturnType<typeof createTestApp>;
beforeAll(async () => {
  tdb = await createTestDatabase({ seeded: true });
  app = createTestApp(tdb.db);
});
afterAll(() => tdb.drop());

const law = '/laws/kp-criminal-code';

describe('in force by offence', () => {
  it.each([
    [`${law}/2004/articles/60/in-force?on=2016-01-01`, `${law}/2015/articles/61`],
    [`${law}/1999/articles/44/in-force?on=2016-01-01`, `${law}/2015/articles/60`],
    [`${law}/2009/articles/233/in-force?on=2016-01-01`, `${law}/2015/articles/221`],
    [`${law}/2015/articles/60/in-force?on=2005-01-01`, `${law}/2004/articles/59`],
    [`${law}/2015/articles/222/in-force?on=2016-01-01`, `${law}/2015/articles/222`],
    [`/api${law}/2004/articles/60/in-force?on=2016-01-01`, `/api${law}/2015/articles/61`],
  ])('redirects %s to the same offence: %s', async (from, to) => {
    const res = await request(app).get(from).expect(302);
    expect(res.headers.location).toBe(to);
  });

  it('answers today’s question for 2015 Art. 222 with a page naming the 2023 revision, its unknown numbering and the last known article', async () => {
    const res = await request(app).get(`${law}/2015/articles/222/in-force`).expect(200);
    const text = visibleText(res.text);
    expect(text).toContain('The version in force: Criminal Code as revised 24 December 2023');
    expect(text).toContain(
      'The text of the Criminal Code as revised 24 December 2023 is not available, so the offence’s article number in it is unknown.',
    );
    expect(text).toContain(
      'The last version whose article for this offence we know: Art. 222 of the Criminal Code as amended 22 July 2015.',
    );
    expect(res.text).toContain(`href="${law}/2015/articles/222"`);
    expect(res.text).toContain('href="/offences/kp-criminal-code/illegal-international-communications?on=');
    const api = (await request(app).get(`/api${law}/2015/articles/222/in-force`).expect(200)).body;
    expect(api).toMatchObject({
      on: todayIso(),
      state: 'reported_only',
      inForce: { slug: '2023', textStatus: 'reported_only' },
      lastKnown: { url: `${law}/2015/articles/222` },
    });
  });

  it('says an offence was repealed by the version in force', async () => {
    const body = (await request(app).get(`/api${law}/2015/articles/183/in-force?on=2024-06-01`).expect(200)).body;
    expect(body.state).toBe('repealed');
    const text = visibleText(
      (await request(app).get(`${law}/2015/articles/183/in-force?on=2024-06-01`).expect(200)).text,
    );
    expect(text).toContain(
      'The offence was repealed: the Criminal Code as revised 24 December 2023 no longer contains it.',
    );
    expect(body.note).toMatch(/Reactionary Ideology and Culture Rejection Act/);
    expect(body.lastKnown.url).toBe(`${law}/2015/articles/183`);
  });

  it('says an offence did not exist yet, and links its first known article', async () => {
    const res = await request(app).get(`${law}/2015/articles/222/in-force?on=2010-01-01`).expect(200);
    const text = visibleText(res.text);
    expect(text).toContain('The offence did not exist yet in the Criminal Code as amended in 2009.');
    expect(text).toContain(
      'The first version whose article for this offence we know: Art. 222 of the Criminal Code as amended 22 July 2015.',
    );
  });

  it('says the number is not known where the version in force is known only in part', async () => {
    const body = (await request(app).get(`/api${law}/2012/articles/199/in-force?on=2005-01-01`).expect(200)).body;
    expect(body).toMatchObject({ state: 'unknown', inForce: { slug: '2004' } });
    const text = visibleText(
      (await request(app).get(`${law}/2012/articles/199/in-force?on=2005-01-01`).expect(200)).text,
    );
    expect(text).toContain('its number there is not known');
  });

  it.each([
    [
      `${law}/2015/articles/222/in-force?on=1960-01-01`,
      404,
      'No version of Criminal Code in Statute Atlas was in force on 1 January 1960',
    ],
    [`${law}/2015/articles/222/in-force?on=2016-13-01`, 400, 'on must be a date written YYYY-MM-DD'],
    [`${law}/2015/articles/9999/in-force`, 404, 'Article 9999 is not known'],
  ])('answers %s with %i', async (url, status, message) => {
    const res = await request(app).get(url).expect(status);
    expect(visibleText(res.text)).toContain(message);
  });

  it('sends the statute page’s in-force link and date picker through the offence', async () => {
    const res = await request(app).get(`${law}/2004/articles/60`).expect(200);
    expect(res.text).toContain(`<a href="${law}/2004/articles/60/in-force">Which version is in force today?</a>`);
    expect(res.text).toMatch(
      new RegExp(`<form class="date-picker" method="get" action="${law}/2004/articles/60/in-force">`),
    );
    expect(res.text).toContain('type="date" name="on"');
    expect(res.text).toContain('href="/offences/kp-criminal-code/terrorism"');
  });

  it('keeps /laws/:law/articles/:number?on= meaning the number, not the offence', async () => {
    const res = await request(app).get(`${law}/articles/60?on=2016-01-01`).expect(302);
    expect(res.headers.location).toBe(`${law}/2015/articles/60`);
  });
});

describe('offence pages', () => {
  const page = '/offences/kp-criminal-code/illegal-international-communications';

  it('lists the seed Daily NK report in the Cited-by of the whole lineage, with a JSON twin', async () => {
    const res = await request(app).get(page).expect(200);
    expect(res.text).toContain('href="/reports/dailynk-crackdown-chinese-mobile-phones"');
    expect(visibleText(res.text)).toContain('illegal international communications 비법국제통신죄');
    expect(res.text).toContain(`<link rel="canonical" href="${page}">`);
    expect(res.text).toContain(`<link rel="alternate" type="application/atom+xml"`);
    const api = (await request(app).get(`/api${page}`).expect(200)).body;
    expect(api.offence).toMatchObject({
      slug: 'illegal-international-communications',
      name: 'illegal international communications',
    });
    expect(api.citedBy.reports.map((r: { url: string }) => r.url)).toContain(
      '/reports/dailynk-crackdown-chinese-mobile-phones',
    );
    expect(api.citedBy.total).toBe(api.counts.offenceReports);
  });

  it('shows the offence in every version: numbers, penalties, and honest gaps', async () => {
    const res = await request(app).get('/offences/kp-criminal-code/illegal-border-crossing').expect(200);
    const text = visibleText(res.text);
    expect(text).toContain(
      'One offence, several numbers: Art. 233 (2004) → Art. 233 (2009) → Art. 221 (2012) → Art. 221 (2015).',
    );
    expect(res.text).toContain(`href="${law}/2009/articles/233"`);
    expect(res.text).toContain(`href="${law}/2015/articles/221"`);
    expect(text).toContain(
      'Up to 2 years of disciplinary labor (로동단련형); in grave cases up to 3 years of correctional labor (로동교화형).',
    );
    expect(text).toContain('Penalties not recorded');
    expect(text).toContain(
      'The text of the Criminal Code as revised 24 December 2023 is not available, so the offence’s article number in it is unknown.',
    );
    expect(text).toContain(
      'The Criminal Code as revised 11 August 1999 is known only in part, and none of its articles we hold is this offence: its number there is not known.',
    );
    const api = (await request(app).get('/api/offences/kp-criminal-code/illegal-border-crossing').expect(200)).body;
    expect(api.versions.map((v: { slug: string; state: string }) => `${v.slug}:${v.state}`)).toEqual([
      '1999:unknown',
      '2004:present',
      '2009:present',
      '2012:present',
      '2015:present',
      '2022:reported_only',
      '2023:reported_only',
    ]);
  });

  it('answers "as in force on" a date from the plain GET form', async () => {
    const res = await request(app).get('/offences/kp-criminal-code/terrorism?on=2016-01-01').expect(200);
    const text = visibleText(res.text);
    expect(text).toContain(
      'On 1 January 2016: the Criminal Code as amended 22 July 2015 was in force. In the Criminal Code as amended 22 July 2015 the offence is Art. 61. Go to Art. 61.',
    );
    expect(res.text).toContain('class="lineage-present in-force-on-date"');
    expect(res.text).toMatch(
      /<form class="date-picker" method="get" action="\/offences\/kp-criminal-code\/terrorism">/,
    );
    expect(res.text).toContain('value="2016-01-01"');
    await request(app).get('/offences/kp-criminal-code/terrorism?on=yesterday').expect(400);
  });

  it('marks the repealed decadent-culture offence, and draws unrecorded tiers as unknown', async () => {
    const api = (await request(app).get('/api/offences/kp-criminal-code/decadent-culture').expect(200)).body;
    expect(api.versions.find((v: { slug: string }) => v.slug === '2023')).toMatchObject({ state: 'repealed' });
    const rows = api.penaltyHistory.rows as {
      versionSlug: string;
      penaltiesRecorded: boolean;
      tiers: { tier: string; recorded: boolean; heaviest: string | null; months: number | null }[];
    }[];
    expect(rows.find((r) => r.versionSlug === '2012')?.tiers.slice(0, 2)).toEqual([
      { tier: 'basic', recorded: false, heaviest: null, months: null },
      { tier: 'grave', recorded: true, heaviest: 'max_term', months: 60 },
    ]);
    expect(rows.find((r) => r.versionSlug === '2004')).toMatchObject({
      penaltiesRecorded: false,
      tiers: [{ tier: 'basic', recorded: false }, {}, {}],
    });
    const html = (await request(app).get('/offences/kp-criminal-code/decadent-culture').expect(200)).text;
    expect(visibleText(html)).toContain('Repealed');
    expect(html).toMatch(/class="bar-unknown bar-unknown-basic"><\/rect>\s*<text[^>]*class="bar-label">\?<\/text>/);
  });

  it('has an Atom feed of the whole lineage’s citations that states the page’s count', async () => {
    const api = (await request(app).get(`/api${page}`).expect(200)).body;
    const res = await request(app).get(`${page}/citations.atom`).expect(200);
    expect(res.headers['content-type']).toContain('application/atom+xml');
    expect(res.text).toContain(
      `Cited by ${api.counts.offenceReports} reports across this offence’s versions.</subtitle>`,
    );
    expect(visibleText((await request(app).get(page).expect(200)).text)).toContain(
      `Cited by ${api.counts.offenceReports} reports across this offence’s versions.`,
    );
    expect(res.text).toContain('/reports/dailynk-crackdown-chinese-mobile-phones#cite-');
  });

  it.each([
    '/offences/kp-criminal-code/no-such-offence',
    '/offences/no-such-law/terrorism',
    '/offences/kp-criminal-code/no-such-offence/citations.atom',
  ])('answers %s with a 404', async (url) => {
    await request(app).get(url).expect(404);
  });
});

describe('navigation', () => {
  it('links the previous and next article of the version', async () => {
    const res = await request(app).get(`${law}/2015/articles/60`).expect(200);
    expect(res.text).toContain(`<a rel="prev" href="${law}/2015/articles/28">← Art. 28: Additional punishments</a>`);
    expect(res.text).toContain(`<a rel="next" href="${law}/2015/articles/61">Art. 61: Terrorism →</a>`);
    const api = (await request(app).get(`/api${law}/2015/articles/1`).expect(200)).body;
    expect(api.article.previous).toBeNull();
    expect(api.article.next).toMatchObject({ label: 'Art. 27' });
  });

  it('links the renumbering map, penalty browse and glossary from the home page and header', async () => {
    const res = await request(app).get('/').expect(200);
    expect(res.text).toContain(`href="${law}/lineage"`);
    expect(res.text).toContain('href="/penalties"');
    expect(res.text).toContain('href="/glossary"');
  });

  it('links every ladder to a glossary with the Korean terms and common renderings', async () => {
    const statute = await request(app).get(`${law}/2015/articles/222`).expect(200);
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
    const res = await request(app).get(`${law}/lineage`).expect(200);
    const stacked = res.text.slice(
      res.text.indexOf('<ol class="map-stacked"'),
      res.text.indexOf('<figure class="renumbering-map">'),
    );
    expect(visibleText(stacked)).toContain(
      'conspiracy to overthrow the state 국가전복음모죄 1999: 44 2004: 59 renumbered 2009: 59 2012: 60 renumbered 2015: 60',
    );
  });
});
