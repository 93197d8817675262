import request from 'supertest';
import { createTestApp } from '../setup/test-app.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';
import { visibleText } from '../setup/html.ts';

let tdb: TestDatabase;
let app: ReturnType<typeof createTestApp>;
beforeAll(async () => {
  tdb = await createTestDatabase({ seeded: true });
  app = createTestApp(tdb.db);
});
afterAll(() => tdb.drop());

const seed = '/reports/dailynk-crackdown-chinese-mobile-phones';

describe('the seed report page', () => {
  it('links its citation to the 2015 Article 222 page and highlights the quote', async () => {
    const res = await request(app).get(seed).expect(200);
    expect(res.text).toMatch(
      /<mark id="cite-\d+"><a href="\/laws\/kp-criminal-code\/2015\/articles\/222"[^>]*>Article 222<\/a><\/mark>/,
    );
  });

  it('shows outlet, author, unknown date, places and the compared penalty', async () => {
    const body = visibleText((await request(app).get(seed).expect(200)).text);
    expect(body).toContain('Daily NK · by Kang Mi Jin · Date unknown');
    expect(body).toContain('Places: Yanggang Province, Pochon County, Taehongdan County');
    expect(body).toContain('Reported: 5 years of correctional labor — within the statutory maximum for grave cases.');
    expect(body).toContain(
      'Up to 1 year of disciplinary labor (로동단련형); in grave cases up to 5 years of correctional labor (로동교화형).',
    );
  });

  it('lists other reports citing the same article', async () => {
    const res = await request(app).get(seed).expect(200);
    expect(res.text).toContain('href="/reports/nocutnews-2017-criminal-code-2015-outside-information"');
  });

  it('has a JSON twin', async () => {
    const res = await request(app).get(`/api${seed}`).expect(200);
    expect(res.body.report.title).toBe('North Korea continues crackdown on Chinese-made mobile phone use');
    expect(res.body.cited[0].href).toBe('/laws/kp-criminal-code/2015/articles/222');
  });
});

describe('Cited by on statute pages', () => {
  it('lists the seed report with its quote on the Article 222 page', async () => {
    const res = await request(app).get('/laws/kp-criminal-code/2015/articles/222').expect(200);
    expect(res.text).toContain(`href="${seed}"`);
    expect(visibleText(res.text)).toContain('“Article 222”');
  });

  it('lists the Warmbier and Kim Dong Chul reports on the 2015 Article 60 page', async () => {
    const res = await request(app).get('/laws/kp-criminal-code/2015/articles/60').expect(200);
    expect(res.text).toContain('href="/reports/kcna-2016-warmbier-sentenced"');
    expect(res.text).toContain('href="/reports/ap-2016-kim-dong-chul-sentenced"');
  });

  it('shows border-crossing reports across the renumbering, labelled with the number they used', async () => {
    const a233 = visibleText((await request(app).get('/laws/kp-criminal-code/2009/articles/233').expect(200)).text);
    const a221 = visibleText((await request(app).get('/laws/kp-criminal-code/2015/articles/221').expect(200)).text);
    expect(a233).toContain('cited as Art. 221 of the 2012 code');
    expect(a221).toContain('cited as Art. 233 of the 2009 code');
    expect(a233).toMatch(/Cited by (\d+) reports/);
    expect(a233.match(/Cited by (\d+) reports/)![1]).toBe(a221.match(/Cited by (\d+) reports/)![1]);
  });

  it('draws the per-year chart with a table alternative', async () => {
    const res = await request(app).get('/laws/kp-criminal-code/2015/articles/60').expect(200);
    expect(res.text).toContain('<svg viewBox="0 0 640 160" role="img"');
    expect(res.text).toContain('Citing reports per year as a table');
    expect(res.text).toMatch(/<th scope="row">2016<\/th><td>\d+<\/td>/);
  });
});

describe('lists and browse pages', () => {
  it('filters /reports by place, including sub-places', async () => {
    const res = await request(app).get('/reports?place=yanggang').expect(200);
    expect(res.text).toContain(`href="${seed}"`);
    expect(res.text).not.toContain('href="/reports/kcna-2016-warmbier-sentenced"');
  });

  it('filters by outlet, law and year together', async () => {
    const res = await request(app).get('/api/reports?outlet=kcna&law=kp-criminal-code&year=2016').expect(200);
    expect(res.body.reports.map((r: { slug: string }) => r.slug)).toEqual(['kcna-2016-warmbier-sentenced']);
  });

  it('answers a malformed filter or cursor with 400', async () => {
    await request(app).get('/reports?year=20x6').expect(400);
    await request(app).get('/reports?after=garbage').expect(400);
  });

  it('shows an outlet page and a place page with its sub-places', async () => {
    expect((await request(app).get('/outlets/daily-nk').expect(200)).text).toContain(`href="${seed}"`);
    const place = await request(app).get('/places/yanggang').expect(200);
    expect(place.text).toContain('href="/places/pochon"');
    expect(place.text).toContain(`href="${seed}"`);
    await request(app).get('/places/atlantis').expect(404);
  });

  it('marks Korean titles and quotes with lang="ko"', async () => {
    const res = await request(app).get('/reports/nocutnews-2017-criminal-code-2015-outside-information').expect(200);
    expect(res.text).toMatch(/<h1 lang="ko">/);
    expect(res.text).toMatch(/<blockquote class="excerpt" lang="ko">/);
  });

  it('shows counts, most-cited articles and latest reports on the home page', async () => {
    const body = visibleText((await request(app).get('/').expect(200)).text);
    expect(body).toMatch(/\d+ reports/);
    expect(body).toContain('Most-cited offences');
    expect(body).toContain(
      'conspiracy to overthrow the state 국가전복음모죄 · Criminal Code · latest known as Art. 60 (2015) Cited by 10 reports across this offence’s versions',
    );
  });
});
