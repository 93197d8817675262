import request from 'supertest';
import { makeOutlet } from '../factories/outlets.ts';
import { makePlaceHierarchy } from '../factories/places.ts';
import { type RenumberedLaw, makeRenumberedLaw } from '../factories/renumbered-law.ts';
import { type MadeReport, makeReport } from '../factories/reports.ts';
import { visibleText } from '../setup/html.ts';
import { createTestApp } from '../setup/test-app.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

let tdb: TestDatabase;
let app: ReturnType<typeof createTestApp>;
let law: RenumberedLaw;
let places: Awaited<ReturnType<typeof makePlaceHierarchy>>;
let outlet: { slug: string; name: string };
/** an undated report by a named author, filed under a county and its province, citing 2015 Art. 60-1 */
let phones: MadeReport;
let sameArticle: MadeReport;
let korean: MadeReport;
let trials: MadeReport[];

beforeAll(async () => {
  tdb = await createTestDatabase();
  app = createTestApp(tdb.db);
  law = await makeRenumberedLaw(tdb.db);
  places = await makePlaceHierarchy(tdb.db, { province: 'Quillfarrow Province', county: 'Pochon County' });
  outlet = await makeOutlet(tdb.db, { name: 'Border Wire' });
  phones = await makeReport(tdb.db, {
    outlet,
    title: 'Crackdown on foreign mobile phones continues',
    authors: ['Kang Mi Jin'],
    published_on: null,
    date_precision: 'unknown',
    places: [places.province, places.county],
    citations: [
      {
        article: law.communications,
        reported_penalty: { kind: 'fixed_term_correctional_labor', min_months: 60, max_months: 60 },
      },
    ],
  });
  sameArticle = await makeReport(tdb.db, { citations: [{ article: law.communications }] });
  korean = await makeReport(tdb.db, {
    language: 'ko',
    title: '형법 개정으로 외부 정보 처벌 강화',
    excerpt: '형법 제60조의1은 비법국제통신을 처벌한다.',
    citations: [{ article: law.communications, as_written: '형법 제60조의1' }],
  });
  trials = [
    await makeReport(tdb.db, {
      outlet,
      title: 'Tourist sentenced for state subversion',
      published_on: '2016-03-16',
      citations: [{ article: law.overthrow.after, claim_type: 'sentenced_under' }],
    }),
    await makeReport(tdb.db, { published_on: '2016-04-29', citations: [{ article: law.overthrow.after }] }),
    await makeReport(tdb.db, { published_on: '2009-06-08', citations: [{ article: law.overthrow.before }] }),
  ];
});
afterAll(() => tdb.drop());

describe('a report page', () => {
  it('links its citation to the 2015 Article 60-1 page and highlights the quote', async () => {
    const res = await request(app).get(phones.path).expect(200);
    expect(res.text).toMatch(
      new RegExp(
        `<mark id="cite-${phones.citations[0]!.id}"><a href="${law.communications.path}"[^>]*>Article 60-1</a></mark>`,
      ),
    );
  });

  it('shows outlet, author, unknown date, places and the compared penalty', async () => {
    const body = visibleText((await request(app).get(phones.path).expect(200)).text);
    expect(body).toContain('Border Wire · by Kang Mi Jin · Date unknown');
    expect(body).toContain('Places: Quillfarrow Province, Pochon County');
    expect(body).toContain('Reported: 5 years of correctional labor — within the statutory maximum for grave cases.');
    expect(body).toContain(
      'Up to 1 year of disciplinary labor (로동단련형); in grave cases up to 5 years of correctional labor (로동교화형).',
    );
  });

  it('lists other reports citing the same article', async () => {
    const res = await request(app).get(phones.path).expect(200);
    expect(res.text).toContain(`href="${sameArticle.path}"`);
    expect(res.text).not.toContain(`href="${trials[0]!.path}"`);
  });

  it('lists the reports citing the same offence under its later number, newest first, not itself', async () => {
    const html = (await request(app).get(trials[2]!.path).expect(200)).text;
    const related = html.slice(html.indexOf('id="related-heading"'));
    const order = [trials[1]!, trials[0]!].map((r) => related.indexOf(`href="${r.path}"`));
    expect(order[0]).toBeGreaterThan(0);
    expect(order[1]).toBeGreaterThan(order[0]!);
    expect(related).not.toContain(`href="${trials[2]!.path}"`);
  });

  it('has a JSON twin', async () => {
    const res = await request(app).get(`/api${phones.path}`).expect(200);
    expect(res.body.report.title).toBe('Crackdown on foreign mobile phones continues');
    expect(res.body.cited.map((c: { href: string }) => c.href)).toEqual([law.communications.path]);
  });
});

describe('Cited by on statute pages', () => {
  it('lists the report with its quote on the Article 60-1 page', async () => {
    const res = await request(app).get(law.communications.path).expect(200);
    expect(res.text).toContain(`href="${phones.path}"`);
    expect(visibleText(res.text)).toContain('“Article 60-1”');
  });

  it('lists both reports citing the 2015 Article 60 on its page', async () => {
    const res = await request(app).get(law.overthrow.after.path).expect(200);
    for (const r of trials) expect(res.text).toContain(`href="${r.path}"`);
    expect(res.text).not.toContain(`href="${phones.path}"`);
  });

  it('shows the reports of one offence across the renumbering, labelled with the number they used', async () => {
    const a59 = visibleText((await request(app).get(law.overthrow.before.path).expect(200)).text);
    const a60 = visibleText((await request(app).get(law.overthrow.after.path).expect(200)).text);
    expect(a59).toContain('cited as Art. 60 of the 2015 code');
    expect(a60).toContain('cited as Art. 59 of the 2004 code');
    expect(a59).toMatch(/Cited by 3 reports/);
    expect(a60).toMatch(/Cited by 3 reports/);
  });

  it('draws the per-year chart with a table alternative', async () => {
    const res = await request(app).get(law.overthrow.after.path).expect(200);
    expect(res.text).toContain('<svg viewBox="0 0 640 160" role="img"');
    expect(res.text).toContain('Citing reports per year as a table');
    expect(res.text).toContain('<th scope="row">2016</th><td>2</td>');
    expect(res.text).toContain('<th scope="row">2009</th><td>1</td>');
  });
});

describe('lists and browse pages', () => {
  it('filters /reports by place, including sub-places', async () => {
    const res = await request(app).get(`/reports?place=${places.province.slug}`).expect(200);
    expect(res.text).toContain(`href="${phones.path}"`);
    expect(res.text).not.toContain(`href="${trials[0]!.path}"`);
  });

  it('filters by outlet, law and year together', async () => {
    const res = await request(app).get(`/api/reports?outlet=${outlet.slug}&law=${law.slug}&year=2016`).expect(200);
    expect(res.body.reports.map((r: { slug: string }) => r.slug)).toEqual([trials[0]!.slug]);
  });

  it('answers a malformed filter or cursor with 400', async () => {
    await request(app).get('/reports?year=20x6').expect(400);
    await request(app).get('/reports?after=garbage').expect(400);
  });

  it('shows an outlet page and a place page with its sub-places', async () => {
    const outletPage = (await request(app).get(`/outlets/${outlet.slug}`).expect(200)).text;
    expect(outletPage).toContain(`href="${phones.path}"`);
    expect(outletPage).not.toContain(`href="${sameArticle.path}"`);
    const place = await request(app).get(places.province.path).expect(200);
    expect(place.text).toContain(`href="${places.county.path}"`);
    expect(place.text).toContain(`href="${phones.path}"`);
    await request(app).get('/places/atlantis').expect(404);
  });

  it('marks Korean titles and quotes with lang="ko"', async () => {
    const res = await request(app).get(korean.path).expect(200);
    expect(res.text).toMatch(/<h1 lang="ko">/);
    expect(res.text).toMatch(/<blockquote class="excerpt" lang="ko">/);
  });

  it('shows counts, most-cited offences and latest reports on the home page', async () => {
    const html = (await request(app).get('/').expect(200)).text;
    const body = visibleText(html);
    expect(body).toContain('6 published reports');
    expect(body).toContain('Most-cited offences');
    expect(body).toContain(
      `conspiracy to overthrow the state 국가전복음모죄 · ${law.title} · latest known as Art. 60 (2015) Cited by 3 reports across this offence’s versions`,
    );
    expect(html).toContain(`href="${trials[1]!.path}"`);
  });
});

// Last: it publishes a report, which moves the counts the tests above read.
describe('after a change', () => {
  it('lists a report citing the same offence on the next request after it is published', async () => {
    const before = (await request(app).get(trials[1]!.path).expect(200)).text;
    const later = await makeReport(tdb.db, {
      published_on: '2016-05-02',
      citations: [{ article: law.overthrow.before }],
    });
    expect(before).not.toContain(`href="${later.path}"`);
    const after = (await request(app).get(trials[1]!.path).expect(200)).text;
    expect(after.slice(after.indexOf('id="related-heading"'))).toContain(`href="${later.path}"`);
  });
});
