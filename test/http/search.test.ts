import { sql } from 'kysely';
import pg from 'pg';
import request from 'supertest';
import { insertOutlet, insertReport } from '../factories/reports.ts';
import { visibleText } from '../setup/html.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';
import { createSearchApp } from './search-app.ts';
import { createTestApp } from '../setup/test-app.ts';

let tdb: TestDatabase;
let app: ReturnType<typeof createSearchApp>;
beforeAll(async () => {
  tdb = await createTestDatabase({ seeded: true });
  app = createSearchApp(tdb.db);
});
afterAll(() => tdb.drop());

const api = async (q: string, extra = '') =>
  (
    await request(app)
      .get(`/api/search?q=${encodeURIComponent(q)}${extra}`)
      .expect(200)
  ).body;
const labels = (body: { articles: { hits: { label: string; version: string }[] } }) =>
  body.articles.hits.map((h) => `${h.label} (${h.version})`);

describe('full-text search', () => {
  it('ranks Art. 222 (2015) first for "international communications"', async () => {
    const body = await api('international communications');
    expect(labels(body)[0]).toBe('Art. 222 (2015)');
    const res = await request(app).get('/search?q=international+communications').expect(200);
    expect(res.text).toMatch(
      /<a class="report-title" href="\/laws\/kp-criminal-code\/2015\/articles\/222">Art\. 222: Illegal <mark>international<\/mark> <mark>communications<\/mark><\/a>/,
    );
    expect(res.text).toContain('<link rel="canonical" href="/search?q=international+communications">');
  });

  it('finds Art. 222 from the Korean substring 국제통신 and highlights it inside the offence name', async () => {
    const body = await api('국제통신');
    expect(labels(body)).toContain('Art. 222 (2015)');
    const res = await request(app)
      .get(`/search?q=${encodeURIComponent('국제통신')}`)
      .expect(200);
    expect(res.text).toContain('<span lang="ko">비법<mark>국제통신</mark>죄</span>');
  });

  it('finds the decadent-culture offences, once each under their latest number, and the reports citing them for "decadent culture"', async () => {
    const body = await api('"decadent culture"');
    expect(labels(body)).toEqual(expect.arrayContaining(['Art. 183 (2015)', 'Art. 184 (2015)']));
    expect(labels(body)).not.toContain('Art. 193 (2009)');
    const culture = body.articles.hits.find((h: { label: string }) => h.label === 'Art. 183');
    expect(culture.sameNumberIn).toEqual(['2012']);
    expect(culture.also.map((o: { number: string; versions: string[] }) => [o.number, o.versions])).toEqual([
      ['193', ['2004', '2009']],
    ]);
    const page = visibleText((await request(app).get('/search?q=%22decadent+culture%22').expect(200)).text);
    expect(page).toContain('also Art. 193 (2004, 2009)');
    const citing = await sql<{ slug: string }>`
      select distinct r.slug from citation c join report r on r.id = c.report_id join article a on a.id = c.article_id
      join law_version v on v.id = a.law_version_id
      where c.status = 'confirmed' and r.status = 'published' and a.number in ('183', '184', '193', '194') and v.slug in ('2009', '2015')`.execute(
      tdb.db,
    );
    expect(citing.rows.length).toBeGreaterThan(0);
    const found = body.reports.hits.map((h: { url: string }) => h.url);
    for (const { slug } of citing.rows) expect(found).toContain(`/reports/${slug}`);
  });

  it('treats a quoted phrase as a phrase: word order matters', async () => {
    expect(labels(await api('culture decadent'))).toContain('Art. 183 (2015)');
    expect(labels(await api('"culture decadent"'))).not.toContain('Art. 183 (2015)');
  });

  it('excludes a word with a minus and offers alternatives with or', async () => {
    const both = await api('decadent');
    const without = await api('decadent -acts');
    expect(without.articles.total).toBeLessThan(both.articles.total);
    expect(labels(without)).not.toContain('Art. 184 (2015)');
    const either = await api('terrorism or espionage');
    expect(labels(either)).toEqual(expect.arrayContaining(['Art. 61 (2015)', 'Art. 64 (2015)']));
  });

  it('falls back to trigram similarity for a misspelt word and says so', async () => {
    const body = await api('terorism');
    expect(body.approximate).toBe(true);
    expect(labels(body)).toContain('Art. 61 (2015)');
  });
});

describe('hostile queries', () => {
  it('renders <script> in the query escaped', async () => {
    const res = await request(app).get('/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E').expect(200);
    expect(res.text).not.toContain('<script>');
    expect(res.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('treats SQL in the query as words, and the report table survives', async () => {
    const res = await request(app)
      .get(`/search?q=${encodeURIComponent("'; drop table report; --")}`)
      .expect(200);
    expect(visibleText(res.text)).toContain("Search results for “'; drop table report; --”");
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from report`.execute(tdb.db);
    expect(rows[0]!.n).toBeGreaterThan(0);
  });

  it('shows a hostile report title escaped, with the match highlighted and the brackets kept', async () => {
    const outlet = await insertOutlet(tdb.db);
    await insertReport(tdb.db, {
      outlet_id: outlet.id,
      title: 'Quixotically <script>alert(1)</script> titled',
      summary: 'Summary <img src=x onerror=alert(2)> quixotically.',
    });
    const res = await request(app).get('/search?q=quixotically').expect(200);
    expect(res.text).not.toMatch(/<script>|<img/);
    expect(res.text).toContain('<mark>Quixotically</mark> &lt;script&gt;alert(1)&lt;/script&gt; titled');
    expect(res.text).toContain('&lt;img src=x onerror=alert(2)&gt;');
  });
});

describe('citations typed in the box', () => {
  it.each([
    ['Art. 222', '/laws/kp-criminal-code/2015/articles/222'],
    ['article 60 of the 2015 criminal code', '/laws/kp-criminal-code/2015/articles/60'],
  ])('redirects %s to its article, which offers the text search instead', async (q, target) => {
    const res = await request(app)
      .get(`/search?q=${encodeURIComponent(q)}`)
      .expect(302);
    const searched = `?searched=${new URLSearchParams({ q }).toString().slice(2)}`;
    expect(res.headers.location).toBe(`${target}${searched}`);
    const apiRes = await request(app)
      .get(`/api/search?q=${encodeURIComponent(q)}`)
      .expect(302);
    expect(apiRes.headers.location).toBe(`/api${target}${searched}`);
    const landed = await request(createTestApp(tdb.db)).get(res.headers.location!).expect(200);
    expect(visibleText(landed.text)).toContain(
      `You searched for “${q}”, which names this article. Search articles and reports for this text instead.`,
    );
    const textUrl = `/search?${new URLSearchParams({ q, jump: 'off' }).toString()}`;
    expect(landed.text).toContain(`href="${textUrl.replaceAll('&', '&amp;')}"`);
    expect((await request(app).get(textUrl).expect(200)).text).toContain('Search results for');
  });

  it.each(['Art. 60', '형법 제60조', 'Article 60 of the Criminal Code'])(
    'offers every version of %s, labelled with its offence',
    async (q) => {
      const res = await request(app)
        .get(`/search?q=${encodeURIComponent(q)}`)
        .expect(200);
      for (const v of ['2004', '2009', '2012', '2015'])
        expect(res.text).toContain(`href="/laws/kp-criminal-code/${v}/articles/60"`);
      const text = visibleText(res.text);
      expect(text).toContain('Criminal Code as revised 29 April 2004 terrorism (테로죄)');
      expect(text).toMatch(
        /Criminal Code as amended 22 July 2015 conspiracy to overthrow the state \(국가전복음모죄\)/,
      );
      expect((res.text.match(/<h1>/g) ?? []).length).toBe(1);
    },
  );

  it('searches the text when no version has the cited number, and says why', async () => {
    const res = await request(app).get('/search?q=Art.+999').expect(200);
    expect(visibleText(res.text)).toContain('No version of the law that we hold has an Article 999');
  });
});

describe('queries that cannot be searched', () => {
  it.each(['/search', '/search?q=', '/search?q=%20%20'])('answers %s with examples (200)', async (url) => {
    const res = await request(app).get(url).expect(200);
    expect(res.text).toContain('href="/search?q=%EA%B5%AD%EC%A0%9C%ED%86%B5%EC%8B%A0"');
    expect(visibleText(res.text)).toContain('Put a phrase in quotes');
  });

  it('refuses a query over 500 characters with 400 and the limit', async () => {
    const res = await request(app)
      .get(`/search?q=${'a'.repeat(501)}`)
      .expect(400);
    expect(visibleText(res.text)).toContain('at most 500 characters long; yours has 501');
    const apiRes = await request(app)
      .get(`/api/search?q=${'a'.repeat(501)}`)
      .expect(400);
    expect(apiRes.body.error.message).toContain('500 characters');
  });

  it.each(['the', '!!! (( &', '"', '-', 'or or'])('explains that %s has nothing to search for', async (q) => {
    const res = await request(app)
      .get(`/search?q=${encodeURIComponent(q)}`)
      .expect(200);
    expect(visibleText(res.text)).toContain('has only very common words or punctuation');
  });

  it.each([
    ['&kind=hanging', 'kind must be one of'],
    ['&apage=0', 'pages start at 1'],
    ['&rpage=51', 'results stop at page 50'],
    ['&version=2015', 'version must read law/version'],
  ])('answers a malformed parameter (%s) with 400 and what is wrong', async (extra, message) => {
    const res = await request(app).get(`/search?q=death${extra}`).expect(400);
    expect(visibleText(res.text)).toContain(message);
  });
});

describe('visibility', () => {
  it('never shows a draft report, and shows it once published', async () => {
    const outlet = await insertOutlet(tdb.db);
    const draft = await insertReport(tdb.db, {
      outlet_id: outlet.id,
      title: 'Zanzibarish draft story',
      status: 'draft',
    });
    expect((await api('zanzibarish')).reports.total).toBe(0);
    const html = await request(app).get('/search?q=zanzibarish').expect(200);
    expect(html.text).not.toContain(draft.slug);
    await tdb.db.updateTable('report').set({ status: 'published' }).where('id', '=', draft.id).execute();
    const body = await api('zanzibarish');
    expect(body.reports.hits.map((h: { url: string }) => h.url)).toEqual([`/reports/${draft.slug}`]);
  });

  it('follows an outlet rename into the reports’ documents', async () => {
    const outlet = await insertOutlet(tdb.db, { name: 'Plain Outlet' });
    await insertReport(tdb.db, { outlet_id: outlet.id, title: 'A story' });
    await tdb.db.updateTable('outlet').set({ name: 'Frobnicated Gazette' }).where('id', '=', outlet.id).execute();
    expect((await api('frobnicated gazette')).reports.total).toBe(1);
  });
});

describe('statement timeout', () => {
  it('answers 503 asking to narrow the search when a statement runs past the limit', async () => {
    const slowApp = createSearchApp(tdb.db, { statementTimeoutMs: 300 });
    const locker = new pg.Client({ connectionString: tdb.url });
    await locker.connect();
    try {
      // A lock wait counts towards statement_timeout, so this stands in for a slow query.
      await locker.query('begin; lock table article_search in access exclusive mode');
      const res = await request(slowApp).get('/search?q=terrorist+attacks').expect(503);
      expect(visibleText(res.text)).toContain('The search took too long and was stopped. Narrow it');
      const apiRes = await request(slowApp).get('/api/search?q=terrorist+attacks').expect(503);
      expect(apiRes.body.error.status).toBe(503);
    } finally {
      await locker.query('rollback');
      await locker.end();
    }
    await request(slowApp).get('/search?q=terrorist+attacks').expect(200);
  });
});
