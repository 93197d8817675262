import type { Server } from 'node:http';
import feedParser from '@rowanmanning/feed-parser';
import { sql } from 'kysely';
import request from 'supertest';
import { makeCitation } from '../factories/citations.ts';
import { makeOutlet } from '../factories/outlets.ts';
import { makePlaceHierarchy } from '../factories/places.ts';
import { type RenumberedLaw, makeRenumberedLaw } from '../factories/renumbered-law.ts';
import { type MadeReport, makeReport, makeReports } from '../factories/reports.ts';
import { createTestApp } from '../setup/test-app.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

let tdb: TestDatabase;
// One listening server for the file: feeds carry absolute URLs, so a new port per request
// (supertest's default) would change every body and its ETag.
let app: Server;
let law: RenumberedLaw;
let province = '';
let outlet = '';
let kcna = '';
let phones: MadeReport;

const phonesTitle = 'Crackdown on Chinese-made mobile phones continues';
const trialTitle = 'American Student Sentenced to 15 Years of Hard Labor';

beforeAll(async () => {
  tdb = await createTestDatabase();
  app = createTestApp(tdb.db).listen(0);
  law = await makeRenumberedLaw(tdb.db);
  const places = await makePlaceHierarchy(tdb.db);
  province = places.province.slug;
  outlet = (await makeOutlet(tdb.db, { name: 'Border Wire' })).slug;
  kcna = (await makeOutlet(tdb.db, { name: 'Korean Central News Agency' })).slug;
  phones = await makeReport(tdb.db, {
    outlet: { slug: outlet },
    title: phonesTitle,
    published_on: null,
    date_precision: 'unknown',
    places: [places.county],
    citations: [{ article: law.communications }],
  });
  await makeReport(tdb.db, {
    outlet: { slug: kcna },
    title: trialTitle,
    published_on: '2016-03-16',
    citations: [{ article: law.overthrow.after, claim_type: 'sentenced_under' }],
  });
  await makeReport(tdb.db, { published_on: '2009-06-08', citations: [{ article: law.overthrow.before }] });
  await makeReport(tdb.db, {
    language: 'ko',
    title: '비법국제통신 단속 강화',
    published_on: '2020-01-01',
    citations: [{ article: law.communications, as_written: '제60조의1' }],
  });
  // More confirmed citations of the law than its feed holds.
  await makeReports(tdb.db, 55, (i) => ({
    published_on: `2012-01-${String(1 + (i % 28)).padStart(2, '0')}`,
    citations: [{ article: law.terrorism.after }],
  }));
});
afterAll(async () => {
  app.close();
  await tdb.drop();
});

async function feed(url: string) {
  const res = await request(app).get(url).expect(200);
  expect(res.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
  return { res, parsed: feedParser.parseFeed(res.text) };
}

const titles = (parsed: ReturnType<typeof feedParser.parseFeed>) => parsed.items.map((i) => i.title);

describe('Atom feeds parsed with a feed parser', () => {
  it.each([
    ['an article, including its whole lineage', () => `${law.communications.path}/citations.atom`, phonesTitle],
    ['an outlet', () => `/outlets/${outlet}/reports.atom`, phonesTitle],
    ['a place, including places within it', () => `/places/${province}/reports.atom`, phonesTitle],
    ['a saved search with facets', () => `/search.atom?q=chinese-made%20phone&outlet=${outlet}`, phonesTitle],
    ['the filtered /reports list', () => `/reports.atom?outlet=${kcna}&year=2016`, trialTitle],
  ])('finds the expected entry in the feed of %s', async (_kind, url, expected) => {
    const { parsed } = await feed(url());
    expect(parsed.meta).toEqual({ type: 'atom', version: '1.0' });
    expect(parsed.self).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
    expect(titles(parsed)).toContain(expected);
    for (const item of parsed.items) {
      expect(item.id).toMatch(/^tag:statute-atlas,2026:(citation|report)\/\d+$/);
      expect(item.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/reports\/[a-z0-9-]+/);
      expect(item.updated).toBeInstanceOf(Date);
    }
  });

  it('gives a citation entry its outlet, date, claim and the quoted passage', async () => {
    const { parsed } = await feed(`${law.communications.path}/citations.atom`);
    const entry = parsed.items.find((i) => i.title === phonesTitle)!;
    expect(entry.authors.map((a) => a.name)).toEqual(['Border Wire']);
    expect(entry.description).toContain(`Border Wire · Date unknown · Law described: Art. 60-1, ${law.title} (2015)`);
    expect(entry.content).toContain('“Article 60-1”');
    expect(entry.url).toMatch(new RegExp(`${phones.path}#cite-${phones.citations[0]!.id}$`));
  });

  it('includes citations of the same offence under another version’s number', async () => {
    const { parsed } = await feed(`${law.overthrow.after.path}/citations.atom`);
    expect(parsed.items.some((i) => i.description?.includes(`Art. 59, ${law.title} (2004)`))).toBe(true);
    expect(titles(parsed)).toContain(trialTitle);
  });

  it('lists the law’s 50 most recently confirmed citations, newest first', async () => {
    const { rows } = await sql<{ id: number }>`
      select c.id from citation c join law l on l.id = c.law_id
      where l.slug = ${law.slug} and c.status = 'confirmed' and c.report_published
      order by coalesce(c.reviewed_at, c.created_at) desc, c.id desc`.execute(tdb.db);
    expect(rows.length).toBeGreaterThan(50);
    const { parsed } = await feed(`${law.path}/citations.atom`);
    expect(parsed.items.map((i) => i.id)).toEqual(
      rows.slice(0, 50).map((r) => `tag:statute-atlas,2026:citation/${r.id}`),
    );
  });

  it('finds nothing for a search whose words match no report, or an unknown facet', async () => {
    expect((await feed('/search.atom?q=zzzqqq-no-such-word')).parsed.items).toEqual([]);
    expect((await feed('/reports.atom?outlet=no-such-outlet')).parsed.items).toEqual([]);
  });

  it('answers 404 for an unknown article, outlet or place and 400 for a malformed facet', async () => {
    await request(app).get(`${law.path}/2015/articles/9999/citations.atom`).expect(404);
    await request(app).get('/outlets/atlantis-news/reports.atom').expect(404);
    await request(app).get('/places/atlantis/reports.atom').expect(404);
    await request(app).get('/reports.atom?year=20x6').expect(400);
  });
});

describe('conditional GET', () => {
  it.each([
    ['an article', () => `${law.communications.path}/citations.atom`],
    ['a law', () => `${law.path}/citations.atom`],
    ['an outlet', () => `/outlets/${outlet}/reports.atom`],
    ['a place', () => `/places/${province}/reports.atom`],
    ['a search', () => '/search.atom?q=phone'],
    ['a year of reports', () => '/reports.atom?year=2016'],
  ])('answers 304 to the feed of %s requested with its ETag or Last-Modified', async (_kind, path) => {
    const url = path();
    const first = await request(app).get(url).expect(200);
    expect(first.headers.etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(new Date(first.headers['last-modified']!).getTime()).toBeGreaterThan(0);
    const byTag = await request(app).get(url).set('If-None-Match', first.headers.etag!).expect(304);
    expect(byTag.text).toBe('');
    await request(app).get(url).set('If-Modified-Since', first.headers['last-modified']!).expect(304);
    await request(app).get(url).set('If-None-Match', '"stale"').expect(200);
  });

  it('changes the ETag when a new confirmed citation arrives, and lists it first', async () => {
    const url = `${law.communications.path}/citations.atom`;
    const before = await request(app).get(url).expect(200);
    // An old report: the feed orders by confirmation, not by the report's date.
    const report = await makeReport(tdb.db, {
      title: 'Old report, newly confirmed',
      published_on: '2001-01-01',
      excerpt: 'It cited Article 60-1.',
    });
    const citation = await makeCitation(tdb.db, { report, article: law.communications });
    const after = await request(app).get(url).set('If-None-Match', before.headers.etag!).expect(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    const parsed = feedParser.parseFeed(after.text);
    expect(parsed.items[0]!.id).toBe(`tag:statute-atlas,2026:citation/${citation.id}`);
    expect(parsed.items[0]!.title).toBe('Old report, newly confirmed');
  });
});

describe('what feeds leave out, and escaping', () => {
  it('shows only published reports and confirmed citations', async () => {
    const wire = await makeOutlet(tdb.db);
    const article = { article: law.communications };
    await makeReport(tdb.db, { outlet: wire, title: 'Draft report', status: 'draft', citations: [article] });
    await makeReport(tdb.db, {
      outlet: wire,
      title: 'Published, citation only suggested',
      citations: [{ ...article, status: 'suggested' }],
    });
    const feedOfArticle = titles((await feed(`${law.communications.path}/citations.atom`)).parsed);
    expect(feedOfArticle).toContain(phonesTitle);
    expect(feedOfArticle).not.toContain('Draft report');
    expect(feedOfArticle).not.toContain('Published, citation only suggested');
    const byOutlet = titles((await feed(`/outlets/${wire.slug}/reports.atom`)).parsed);
    expect(byOutlet).toEqual(['Published, citation only suggested']);
  });

  it('escapes markup and drops characters XML cannot carry', async () => {
    const wire = await makeOutlet(tdb.db, { name: 'A & B <News>' });
    await makeReport(tdb.db, {
      outlet: wire,
      title: 'Tom & Jerry <script>alert("x")</script>\u0001 end',
      summary: 'it\'s "quoted"',
    });
    const { res, parsed } = await feed(`/outlets/${wire.slug}/reports.atom`);
    expect(res.text).not.toContain('<script>');
    expect(res.text).toContain('Tom &amp; Jerry &lt;script&gt;');
    expect(parsed.title).toBe('Reports from A & B <News>');
    expect(parsed.items[0]!.title).toBe('Tom & Jerry <script>alert("x")</script> end');
  });
});

describe('pages link their feeds', () => {
  it.each([
    ['an article', () => [law.communications.path, `${law.communications.path}/citations.atom`]],
    ['a law', () => [law.path, `${law.path}/citations.atom`]],
    ['an outlet', () => [`/outlets/${outlet}`, `/outlets/${outlet}/reports.atom`]],
    ['a place', () => [`/places/${province}`, `/places/${province}/reports.atom`]],
    [
      'a filtered /reports list',
      () => [`/reports?outlet=${kcna}&year=2016`, `/reports.atom?outlet=${kcna}&amp;year=2016`],
    ],
  ])('the page of %s has <link rel="alternate" type="application/atom+xml"> to its feed', async (_kind, urls) => {
    const [page, href] = urls();
    const res = await request(app).get(page!).expect(200);
    expect(res.text).toMatch(
      new RegExp(
        `<link rel="alternate" type="application/atom\\+xml" title="[^"]+" href="${href!.replace(/[?+.]/g, '\\$&')}">`,
      ),
    );
  });
});

describe('saved-search outputs match like the search page', () => {
  it('stems words and finds Korean substrings, as /search does', async () => {
    const stemmed = await request(app).get('/search.json?q=crackdowns').expect(200);
    expect(stemmed.body.map((r: { report: string }) => r.report)).toEqual([phones.slug]);
    const korean = await request(app)
      .get(`/search.atom?q=${encodeURIComponent('국제통신')}`)
      .expect(200);
    const page = await request(app)
      .get(`/api/search?q=${encodeURIComponent('국제통신')}`)
      .expect(200);
    const hits = page.body.reports.hits as { url: string }[];
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(korean.text).toContain(hit.url);
  });
});
