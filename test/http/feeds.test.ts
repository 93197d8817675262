import type { Server } from 'node:http';
import feedParser from '@rowanmanning/feed-parser';
import { sql } from 'kysely';
import request from 'supertest';
import { findArticleId, insertCitation, insertOutlet, insertReport } from '../factories/reports.ts';
import { createTestApp } from '../setup/test-app.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

let tdb: TestDatabase;
// One listening server for the file: feeds carry absolute URLs, so a new port per request
// (supertest's default) would change every body and its ETag.
let app: Server;
beforeAll(async () => {
  tdb = await createTestDatabase({ seeded: true });
  app = createTestApp(tdb.db).listen(0);
});
afterAll(async () => {
  app.close();
  await tdb.drop();
});

const seedTitle = 'North Korea continues crackdown on Chinese-made mobile phone use';

async function feed(url: string) {
  const res = await request(app).get(url).expect(200);
  expect(res.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
  return { res, parsed: feedParser.parseFeed(res.text) };
}

const titles = (parsed: ReturnType<typeof feedParser.parseFeed>) => parsed.items.map((i) => i.title);

describe('Atom feeds parsed with a feed parser', () => {
  it.each([
    ['an article, including its whole lineage', '/laws/kp-criminal-code/2015/articles/222/citations.atom', seedTitle],
    ['an outlet', '/outlets/daily-nk/reports.atom', seedTitle],
    ['a place, including places within it', '/places/yanggang/reports.atom', seedTitle],
    ['a saved search with facets', '/search.atom?q=chinese-made%20phone&outlet=daily-nk', seedTitle],
    [
      'the filtered /reports list',
      '/reports.atom?outlet=kcna&year=2016',
      'American Student Sentenced to 15 Years of Hard Labor in DPRK',
    ],
  ])('finds the expected entry in the feed of %s', async (_kind, url, expected) => {
    const { parsed } = await feed(url);
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
    const { parsed } = await feed('/laws/kp-criminal-code/2015/articles/222/citations.atom');
    const entry = parsed.items.find((i) => i.title === seedTitle)!;
    expect(entry.authors.map((a) => a.name)).toEqual(['Daily NK']);
    expect(entry.description).toContain('Daily NK · Date unknown · Law described: Art. 222, Criminal Code (2015)');
    expect(entry.content).toContain('“Article 222”');
    expect(entry.url).toMatch(/\/reports\/dailynk-crackdown-chinese-mobile-phones#cite-\d+$/);
  });

  it('includes citations of the same offence under another version’s number', async () => {
    const { parsed } = await feed('/laws/kp-criminal-code/2015/articles/221/citations.atom');
    expect(parsed.items.some((i) => i.description?.includes('Art. 233, Criminal Code (2009)'))).toBe(true);
  });

  it('lists the law’s 50 most recently confirmed citations, newest first', async () => {
    const { rows } = await sql<{ id: number }>`
      select c.id from citation c join law l on l.id = c.law_id
      where l.slug = 'kp-criminal-code' and c.status = 'confirmed' and c.report_published
      order by coalesce(c.reviewed_at, c.created_at) desc, c.id desc`.execute(tdb.db);
    expect(rows.length).toBeGreaterThan(50);
    const { parsed } = await feed('/laws/kp-criminal-code/citations.atom');
    expect(parsed.items.map((i) => i.id)).toEqual(
      rows.slice(0, 50).map((r) => `tag:statute-atlas,2026:citation/${r.id}`),
    );
  });

  it('finds nothing for a search whose words match no report, or an unknown facet', async () => {
    expect((await feed('/search.atom?q=zzzqqq-no-such-word')).parsed.items).toEqual([]);
    expect((await feed('/reports.atom?outlet=no-such-outlet')).parsed.items).toEqual([]);
  });

  it('answers 404 for an unknown article, outlet or place and 400 for a malformed facet', async () => {
    await request(app).get('/laws/kp-criminal-code/2015/articles/9999/citations.atom').expect(404);
    await request(app).get('/outlets/atlantis-news/reports.atom').expect(404);
    await request(app).get('/places/atlantis/reports.atom').expect(404);
    await request(app).get('/reports.atom?year=20x6').expect(400);
  });
});

describe('conditional GET', () => {
  it.each([
    '/laws/kp-criminal-code/2015/articles/222/citations.atom',
    '/laws/kp-criminal-code/citations.atom',
    '/outlets/daily-nk/reports.atom',
    '/places/yanggang/reports.atom',
    '/search.atom?q=phone',
    '/reports.atom?year=2016',
  ])('answers 304 to %s requested with its ETag or Last-Modified', async (url) => {
    const first = await request(app).get(url).expect(200);
    expect(first.headers.etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(new Date(first.headers['last-modified']!).getTime()).toBeGreaterThan(0);
    const byTag = await request(app).get(url).set('If-None-Match', first.headers.etag!).expect(304);
    expect(byTag.text).toBe('');
    await request(app).get(url).set('If-Modified-Since', first.headers['last-modified']!).expect(304);
    await request(app).get(url).set('If-None-Match', '"stale"').expect(200);
  });

  it('changes the ETag when a new confirmed citation arrives, and lists it first', async () => {
    const url = '/laws/kp-criminal-code/2015/articles/222/citations.atom';
    const before = await request(app).get(url).expect(200);
    const outlet = await insertOutlet(tdb.db);
    // An old report: the feed orders by confirmation, not by the report's date.
    const report = await insertReport(tdb.db, {
      outlet_id: outlet.id,
      title: 'Old report, newly confirmed',
      published_on: '2001-01-01',
    });
    const art = await findArticleId(tdb.db, 'kp-criminal-code', '2015', '222');
    const citation = await insertCitation(tdb.db, {
      report_id: report.id,
      article: art,
      reviewed_at: new Date(Date.now() + 60_000),
    });
    const after = await request(app).get(url).set('If-None-Match', before.headers.etag!).expect(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    const parsed = feedParser.parseFeed(after.text);
    expect(parsed.items[0]!.id).toBe(`tag:statute-atlas,2026:citation/${citation.id}`);
  });
});

describe('what feeds leave out, and escaping', () => {
  it('shows only published reports and confirmed citations', async () => {
    const outlet = await insertOutlet(tdb.db);
    const art = await findArticleId(tdb.db, 'kp-criminal-code', '2015', '222');
    const draft = await insertReport(tdb.db, { outlet_id: outlet.id, title: 'Draft report', status: 'draft' });
    const published = await insertReport(tdb.db, { outlet_id: outlet.id, title: 'Published, citation only suggested' });
    await insertCitation(tdb.db, { report_id: draft.id, article: art });
    await insertCitation(tdb.db, { report_id: published.id, article: art, status: 'suggested' });
    const article = titles((await feed('/laws/kp-criminal-code/2015/articles/222/citations.atom')).parsed);
    expect(article).not.toContain('Draft report');
    expect(article).not.toContain('Published, citation only suggested');
    const byOutlet = titles((await feed(`/outlets/${outlet.slug}/reports.atom`)).parsed);
    expect(byOutlet).toEqual(['Published, citation only suggested']);
  });

  it('escapes markup and drops characters XML cannot carry', async () => {
    const outlet = await insertOutlet(tdb.db, { name: 'A & B <News>' });
    await insertReport(tdb.db, {
      outlet_id: outlet.id,
      title: 'Tom & Jerry <script>alert("x")</script>\u0001 end',
      summary: 'it\'s "quoted"',
    });
    const { res, parsed } = await feed(`/outlets/${outlet.slug}/reports.atom`);
    expect(res.text).not.toContain('<script>');
    expect(res.text).toContain('Tom &amp; Jerry &lt;script&gt;');
    expect(parsed.title).toBe('Reports from A & B <News>');
    expect(parsed.items[0]!.title).toBe('Tom & Jerry <script>alert("x")</script> end');
  });
});

describe('pages link their feeds', () => {
  it.each([
    ['/laws/kp-criminal-code/2015/articles/222', '/laws/kp-criminal-code/2015/articles/222/citations.atom'],
    ['/laws/kp-criminal-code', '/laws/kp-criminal-code/citations.atom'],
    ['/outlets/daily-nk', '/outlets/daily-nk/reports.atom'],
    ['/places/yanggang', '/places/yanggang/reports.atom'],
    ['/reports?outlet=kcna&year=2016', '/reports.atom?outlet=kcna&amp;year=2016'],
  ])('%s has <link rel="alternate" type="application/atom+xml"> to its feed', async (page, href) => {
    const res = await request(app).get(page).expect(200);
    expect(res.text).toMatch(
      new RegExp(
        `<link rel="alternate" type="application/atom\\+xml" title="[^"]+" href="${href.replace(/[?+.]/g, '\\$&')}">`,
      ),
    );
  });
});

describe('saved-search outputs match like the search page', () => {
  it('stems words and finds Korean substrings, as /search does', async () => {
    const { createTestApp: make } = await import('../setup/test-app.ts');
    const { createTestDatabase: clone } = await import('../setup/test-db.ts');
    const db = await clone({ seeded: true });
    try {
      const a = make(db.db);
      const stemmed = await request(a).get('/search.json?q=crackdowns').expect(200);
      expect(stemmed.text).toContain('dailynk-crackdown-chinese-mobile-phones');
      const korean = await request(a)
        .get(`/search.atom?q=${encodeURIComponent('국제통신')}`)
        .expect(200);
      const page = await request(a)
        .get(`/api/search?q=${encodeURIComponent('국제통신')}`)
        .expect(200);
      const hits = page.body.reports.hits as { url: string }[];
      expect(hits.length).toBeGreaterThan(0);
      for (const hit of hits) expect(korean.text).toContain(hit.url);
    } finally {
      await db.drop();
    }
  });
});
