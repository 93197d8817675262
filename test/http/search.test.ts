import { sql } from 'kysely';
import pg from 'pg';
import request from 'supertest';
import { importDocument } from '../factories/import-document.ts';
import { makeLaw } from '../factories/laws.ts';
import { makeOutlet } from '../factories/outlets.ts';
import { type RenumberedLaw, makeCriminalCode } from '../factories/renumbered-law.ts';
import { type MadeReport, makeReport } from '../factories/reports.ts';
import { visibleText } from '../setup/html.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';
import { createSearchApp } from './search-app.ts';
import { createTestApp } from '../setup/test-app.ts';

// A code of our own named "Criminal Code" (the name typed citations use) with six versions, a second
// law sharing words with it, and reports citing it: every ranking, grouping and highlight below is of
// data this file made.
let tdb: TestDatabase;
let app: ReturnType<typeof createSearchApp>;
let law: RenumberedLaw;
let base = '';
let citing: { overthrow: MadeReport; terrorism: MadeReport };
const label2004 = 'Criminal Code as revised 29 April 2004';
const label2015 = 'Criminal Code as amended 22 July 2015';

beforeAll(async () => {
  tdb = await createTestDatabase();
  app = createSearchApp(tdb.db);
  law = await makeCriminalCode(tdb.db);
  base = law.path;
  await makeLaw(tdb.db, {
    jurisdiction: law.jurisdiction,
    title: 'Border Security Law',
    kind: 'law',
    versions: [
      {
        slug: '2020',
        label: 'As adopted 2020',
        adopted_on: '2020-01-01',
        text_status: 'partial',
        articles: [
          { number: '12', heading: 'Unlicensed communications equipment in international trade' },
          { number: '13', heading: 'Illegal border crossing' },
        ],
      },
    ],
  });
  citing = {
    overthrow: await makeReport(tdb.db, {
      excerpt: 'He was accused of plotting to overthrow the state under Article 59.',
      citations: [{ article: law.overthrow.before }],
    }),
    terrorism: await makeReport(tdb.db, { citations: [{ article: law.terrorism.after }] }),
  };
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
  it('ranks Art. 60-1 (2015) first for "international communications", above a law sharing one word', async () => {
    const body = await api('international communications');
    expect(labels(body)).toEqual(['Art. 60-1 (2015)', 'Art. 12 (2020)']);
    const res = await request(app).get('/search?q=international+communications').expect(200);
    expect(res.text).toContain(
      `<a class="report-title" href="${law.communications.path}">Art. 60-1: Illegal <mark>international</mark> <mark>communications</mark></a>`,
    );
    expect(res.text).toContain('<link rel="canonical" href="/search?q=international+communications">');
  });

  it('finds Art. 60-1 from the Korean substring 국제통신 and highlights it inside the offence name', async () => {
    const body = await api('국제통신');
    expect(labels(body)).toContain('Art. 60-1 (2015)');
    const res = await request(app)
      .get(`/search?q=${encodeURIComponent('국제통신')}`)
      .expect(200);
    expect(res.text).toContain('<span lang="ko">비법<mark>국제통신</mark>죄</span>');
  });

  it('finds the overthrow offence once under its latest number, and the reports citing it under any number', async () => {
    const body = await api('"overthrow the state"');
    expect(labels(body)).toEqual(['Art. 60 (2015)']);
    const hit = body.articles.hits[0];
    expect(hit.sameNumberIn).toEqual(['2012']);
    expect(hit.also.map((o: { number: string; versions: string[] }) => [o.number, o.versions])).toEqual([
      ['59', ['2004', '2009']],
      ['44', ['1999']],
    ]);
    const page = visibleText((await request(app).get('/search?q=%22overthrow+the+state%22').expect(200)).text);
    expect(page).toContain('also Art. 59 (2004, 2009), Art. 44 (1999)');
    const found = body.reports.hits.map((h: { url: string }) => h.url);
    expect(found).toContain(citing.overthrow.path);
    expect(found).not.toContain(citing.terrorism.path);
  });

  it('treats a quoted phrase as a phrase: word order matters', async () => {
    const words = await api('overthrow conspiracy');
    expect([words.approximate, labels(words)]).toEqual([false, ['Art. 60 (2015)']]);
    const inOrder = await api('"conspiracy to overthrow"');
    expect([inOrder.approximate, labels(inOrder)]).toEqual([false, ['Art. 60 (2015)']]);
    // Out of order nothing matches word for word: only the trigram fallback, which says so, finds it.
    expect((await api('"overthrow conspiracy"')).approximate).toBe(true);
  });

  it('excludes a word with a minus and offers alternatives with or', async () => {
    const both = await api('illegal');
    const without = await api('illegal -communications');
    expect(labels(both)).toEqual(expect.arrayContaining(['Art. 60-1 (2015)', 'Art. 13 (2020)']));
    expect(without.articles.total).toBeLessThan(both.articles.total);
    expect(labels(without)).not.toContain('Art. 60-1 (2015)');
    const either = await api('terrorism or overthrow');
    expect(labels(either)).toEqual(expect.arrayContaining(['Art. 61 (2015)', 'Art. 60 (2015)']));
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
    await makeReport(tdb.db, {
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
    ['Art. 60-1', '/2015/articles/60-1'],
    ['article 60 of the 2004 criminal code', '/2004/articles/60'],
  ])('redirects %s to its article, which offers the text search instead', async (q, path) => {
    const target = `${base}${path}`;
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
      for (const v of ['2004', '2012', '2015']) expect(res.text).toContain(`href="${base}/${v}/articles/60"`);
      expect(res.text).not.toContain(`href="${base}/2009/articles/60"`);
      const text = visibleText(res.text);
      expect(text).toContain(`${label2004} terrorism (테로죄)`);
      expect(text).toContain(`${label2015} conspiracy to overthrow the state (국가전복음모죄)`);
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
    const draft = await makeReport(tdb.db, { title: 'Zanzibarish draft story', status: 'draft' });
    expect((await api('zanzibarish')).reports.total).toBe(0);
    const html = await request(app).get('/search?q=zanzibarish').expect(200);
    expect(html.text).not.toContain(draft.slug);
    await importDocument(tdb.db, { reports: [{ slug: draft.slug, status: 'published' }] });
    const body = await api('zanzibarish');
    expect(body.reports.hits.map((h: { url: string }) => h.url)).toEqual([draft.path]);
  });

  it('follows an outlet rename into the reports’ documents', async () => {
    const outlet = await makeOutlet(tdb.db, { name: 'Plain Outlet' });
    await makeReport(tdb.db, { outlet, title: 'A story' });
    await importDocument(tdb.db, { outlets: [{ slug: outlet.slug, name: 'Frobnicated Gazette' }] });
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
