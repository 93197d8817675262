import type { Server } from 'node:http';
import { parse } from 'csv-parse/sync';
import { sql } from 'kysely';
import request from 'supertest';
import { findArticleId, insertCitation, insertOutlet, insertReport } from '../factories/reports.ts';
import { createTestApp } from '../setup/test-app.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

let tdb: TestDatabase;
let app: Server;
beforeAll(async () => {
  tdb = await createTestDatabase({ seeded: true });
  app = createTestApp(tdb.db).listen(0);
});
afterAll(async () => {
  app.close();
  await tdb.drop();
});

type Row = Record<string, string>;
const parseCsv = (text: string): Row[] => parse(text, { columns: true, bom: false, relax_column_count: false });
const art222 = '/laws/kp-criminal-code/2015/articles/222';

interface CitedByReport {
  title: string;
  outlet: string;
  dateTime: string | null;
  citations: { claimType: string; asWritten: string; quote: string | null; viaLineage: boolean; citedAs: string }[];
}

describe('the statute page’s citations as CSV', () => {
  it('parses with a standard CSV parser into the rows the page shows', async () => {
    const page = await request(app).get(`/api${art222}`).expect(200);
    const shown = (page.body.citedBy.reports as CitedByReport[]).flatMap((r) =>
      r.citations.map((c) => [r.title, r.outlet, r.dateTime ?? '', c.claimType, c.asWritten, c.quote ?? '', c.citedAs]),
    );
    expect(page.body.citedBy.nextUrl).toBeNull();
    const res = await request(app).get(`${art222}/citations.csv`).expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
    expect(res.headers['content-disposition']).toContain(
      'attachment; filename="kp-criminal-code-2015-art-222-citations.csv"',
    );
    const rows = parseCsv(res.text).map((r) => [
      r.report_title,
      r.outlet,
      r.report_date,
      r.claim_type,
      r.as_written,
      r.quote,
      { version: r.version, number: r.article },
    ]);
    expect(rows).toEqual(shown);
    expect(rows.length).toBeGreaterThan(0);
  });

  it('writes RFC 4180: UTF-8 without BOM, CRLF records, quoted fields with doubled quotes', async () => {
    const outlet = await insertOutlet(tdb.db);
    const art = await findArticleId(tdb.db, 'kp-criminal-code', '2015', '222');
    const r = await insertReport(tdb.db, {
      outlet_id: outlet.id,
      title: 'He said "five years", then\nleft',
      published_on: '2030-02-01',
    });
    await insertCitation(tdb.db, { report_id: r.id, article: art, quote_exact: 'a, b' });
    const res = await request(app)
      .get(`${art222}/citations.csv`)
      .buffer(true)
      .parse((response, done) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => done(null, Buffer.concat(chunks)));
      });
    const bytes = res.body as Buffer;
    expect(bytes.subarray(0, 11).toString('utf8')).toBe('citation_id');
    const text = bytes.toString('utf8');
    expect(text.split('\r\n')[0]).toBe(
      'citation_id,law,version,article,as_written,claim_type,quote,confidence,report,report_title,report_date,report_language,outlet,report_url,source_url',
    );
    expect(text).toContain('"He said ""five years"", then\nleft"');
    expect(text).toContain(',"a, b",');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text).find((row) => row.report === r.slug)).toMatchObject({
      report_title: 'He said "five years", then\nleft',
      quote: 'a, b',
      report_date: '2030-02-01',
    });
  });

  it('neutralises cells that a spreadsheet would run as a formula', async () => {
    const outlet = await insertOutlet(tdb.db, { name: '@Outlet' });
    const art = await findArticleId(tdb.db, 'kp-criminal-code', '2015', '222');
    const r = await insertReport(tdb.db, {
      outlet_id: outlet.id,
      title: '=HYPERLINK("http://evil.example","click")',
      published_on: '2030-03-01',
    });
    await insertCitation(tdb.db, { report_id: r.id, article: art, quote_exact: '+1+2', as_written: '-Article 222' });
    const csv = parseCsv((await request(app).get(`${art222}/citations.csv`).expect(200)).text).find(
      (row) => row.report === r.slug,
    )!;
    expect(csv.report_title).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(csv.outlet).toBe("'@Outlet");
    expect(csv.quote).toBe("'+1+2");
    expect(csv.as_written).toBe("'-Article 222");
    // JSON is not opened by spreadsheets: it keeps the text as it is.
    const json = (await request(app).get(`${art222}/citations.json`).expect(200)).body as Row[];
    expect(json.find((row) => row.report === r.slug)).toMatchObject({
      report_title: '=HYPERLINK("http://evil.example","click")',
      quote: '+1+2',
    });
  });

  it('gives the same rows as JSON, with typed values', async () => {
    const csv = parseCsv((await request(app).get(`${art222}/citations.csv`).expect(200)).text);
    const res = await request(app).get(`${art222}/citations.json`).expect(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    const json = res.body as Record<string, unknown>[];
    expect(json.map((r) => r.citation_id)).toEqual(csv.map((r) => Number(r.citation_id)));
    expect(typeof json[0]!.confidence).toBe('number');
    expect(Object.keys(json[0]!)).toEqual(Object.keys(csv[0]!));
  });

  it('answers 404 for an unknown article', async () => {
    await request(app).get('/laws/kp-criminal-code/2015/articles/9999/citations.csv').expect(404);
  });
});

describe('streaming in batches', () => {
  // 1,050 citing reports: more than one batch of 1,000, so the keyset between batches is exercised.
  const many = 1050;
  let outletSlug = '';
  beforeAll(async () => {
    const outlet = await insertOutlet(tdb.db);
    outletSlug = outlet.slug;
    const art = await findArticleId(tdb.db, 'kp-criminal-code', '2015', '64');
    await sql`
      insert into report (slug, outlet_id, title, language, published_on, date_precision, source_type, status)
      select 'bulk-' || g, ${outlet.id}, 'Bulk report ' || g, 'en', date '2010-01-01' + (g % 40), 'day', 'press', 'published'
      from generate_series(1, ${many}) g`.execute(tdb.db);
    await sql`
      insert into citation (report_id, law_id, law_version_id, article_id, as_written, claim_type, resolution, confidence, status, origin)
      select r.id, ${art.law_id}, ${art.version_id}, ${art.id}, 'Article 64', 'charged_under', 'stated_version', 0.9, 'confirmed', 'manual'
      from report r where r.outlet_id = ${outlet.id}`.execute(tdb.db);
  });

  it('streams every row of a filtered /reports list once, newest first, as chunked transfer', async () => {
    const res = await request(app).get(`/reports.csv?outlet=${outletSlug}`).expect(200);
    expect(res.headers['transfer-encoding']).toBe('chunked');
    expect(res.headers['content-length']).toBeUndefined();
    const rows = parseCsv(res.text);
    expect(rows).toHaveLength(many);
    expect(new Set(rows.map((r) => r.report)).size).toBe(many);
    const dates = rows.map((r) => r.date!);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('streams every citation of an article with more citing reports than one batch', async () => {
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from citation c join article a on a.id = c.article_id
      where a.lineage_id = (select lineage_id from article where id = (select article_id from citation where as_written = 'Article 64' limit 1))
        and c.status = 'confirmed' and c.report_published`.execute(tdb.db);
    const json = (await request(app).get('/laws/kp-criminal-code/2015/articles/64/citations.json').expect(200))
      .body as Row[];
    expect(json).toHaveLength(rows[0]!.n);
    expect(new Set(json.map((r) => r.citation_id)).size).toBe(json.length);
  });
});

describe('/reports and report-page downloads', () => {
  it('gives the filtered /reports list as CSV and JSON, the rows /api/reports lists', async () => {
    const api = (await request(app).get('/api/reports?outlet=daily-nk').expect(200)).body;
    expect(api.nextUrl).toBeNull();
    const csv = parseCsv((await request(app).get('/reports.csv?outlet=daily-nk').expect(200)).text);
    const json = (await request(app).get('/reports.json?outlet=daily-nk').expect(200)).body as Row[];
    const slugs = api.reports.map((r: { slug: string }) => r.slug);
    expect(csv.map((r) => r.report)).toEqual(slugs);
    expect(json.map((r) => r.report)).toEqual(slugs);
    expect(csv.find((r) => r.report === 'dailynk-crackdown-chinese-mobile-phones')).toMatchObject({
      outlet: 'Daily NK',
      authors: 'Kang Mi Jin',
      places: 'Pochon County; Taehongdan County; Yanggang Province',
      cited: 'Art. 222, Criminal Code (2015)',
      date: '',
    });
  });

  it('gives only a header for an unknown facet and 400 for a malformed one', async () => {
    expect((await request(app).get('/reports.csv?outlet=no-such-outlet').expect(200)).text).toBe(
      'report,title,date,language,outlet,authors,places,cited,source_type,summary,report_url,source_url\r\n',
    );
    expect((await request(app).get('/reports.json?outlet=no-such-outlet').expect(200)).body).toEqual([]);
    await request(app).get('/reports.csv?year=20x6').expect(400);
  });

  it('gives a report page’s citations, and only published reports', async () => {
    const rows = parseCsv(
      (await request(app).get('/reports/dailynk-crackdown-chinese-mobile-phones/citations.csv').expect(200)).text,
    );
    expect(rows.map((r) => [r.law, r.version, r.article, r.claim_type])).toEqual([
      ['kp-criminal-code', '2015', '222', 'law_described'],
    ]);
    const outlet = await insertOutlet(tdb.db);
    const draft = await insertReport(tdb.db, { outlet_id: outlet.id, status: 'draft' });
    await request(app).get(`/reports/${draft.slug}/citations.csv`).expect(404);
    expect(parseCsv((await request(app).get(`/reports.csv?outlet=${outlet.slug}`).expect(200)).text)).toEqual([]);
  });

  it('serves saved-search results, matching every word', async () => {
    const json = (await request(app).get('/search.json?q=chinese-made%20phone').expect(200)).body as Row[];
    expect(json.map((r) => r.report)).toContain('dailynk-crackdown-chinese-mobile-phones');
    expect((await request(app).get('/search.json?q=chinese-made%20zzzqqq').expect(200)).body).toEqual([]);
    // LIKE wildcards in a query are literal characters, not patterns.
    expect((await request(app).get('/search.json?q=%25').expect(200)).body).toEqual([]);
  });
});

describe('download links on pages', () => {
  it.each([
    ['/laws/kp-criminal-code/2015/articles/222', `${art222}/citations.csv`, `${art222}/citations.json`],
    [
      '/reports/dailynk-crackdown-chinese-mobile-phones',
      '/reports/dailynk-crackdown-chinese-mobile-phones/citations.csv',
      '/reports/dailynk-crackdown-chinese-mobile-phones/citations.json',
    ],
    [
      '/reports?outlet=kcna&year=2016',
      '/reports.csv?outlet=kcna&amp;year=2016',
      '/reports.json?outlet=kcna&amp;year=2016',
    ],
  ])('%s links "Download CSV" and "Download JSON"', async (page, csv, json) => {
    const html = (await request(app).get(page).expect(200)).text;
    expect(html).toContain(`<a href="${csv}" type="text/csv" download>Download CSV</a>`);
    expect(html).toContain(`<a href="${json}" type="application/json" download>Download JSON</a>`);
  });
});
