import type { Server } from 'node:http';
import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { makeOutlet } from '../factories/outlets.ts';
import { makePlaceHierarchy } from '../factories/places.ts';
import { type RenumberedLaw, makeRenumberedLaw } from '../factories/renumbered-law.ts';
import { type MadeReport, makeReport, makeReports } from '../factories/reports.ts';
import { createTestApp } from '../setup/test-app.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

let tdb: TestDatabase;
let app: Server;
let law: RenumberedLaw;
let art = '';
let outlet: { slug: string; name: string };
/** undated, by a named author, filed under a county and its province, citing 2015 Art. 60-1 */
let phones: MadeReport;

beforeAll(async () => {
  tdb = await createTestDatabase();
  app = createTestApp(tdb.db).listen(0);
  law = await makeRenumberedLaw(tdb.db);
  art = law.communications.path;
  const places = await makePlaceHierarchy(tdb.db, { province: 'Yanggang Province', county: 'Pochon County' });
  outlet = await makeOutlet(tdb.db, { name: 'Border Wire' });
  phones = await makeReport(tdb.db, {
    outlet,
    title: 'Crackdown on Chinese-made mobile phones',
    authors: ['Kang Mi Jin'],
    published_on: null,
    date_precision: 'unknown',
    places: [places.province, places.county],
    citations: [{ article: law.communications, as_written: 'Article 60-1' }],
  });
  await makeReport(tdb.db, {
    outlet,
    published_on: '2016-03-16',
    citations: [{ article: law.communications, claim_type: 'sentenced_under', quote: null }],
  });
  await makeReport(tdb.db, { published_on: '2017-01-02', citations: [{ article: law.communications }] });
});
afterAll(async () => {
  app.close();
  await tdb.drop();
});

type Row = Record<string, string>;
const parseCsv = (text: string): Row[] => parse(text, { columns: true, bom: false, relax_column_count: false });

interface CitedByReport {
  title: string;
  outlet: string;
  dateTime: string | null;
  citations: { claimType: string; asWritten: string; quote: string | null; viaLineage: boolean; citedAs: string }[];
}

describe('the statute page’s citations as CSV', () => {
  it('parses with a standard CSV parser into the rows the page shows', async () => {
    const page = await request(app).get(`/api${art}`).expect(200);
    const shown = (page.body.citedBy.reports as CitedByReport[]).flatMap((r) =>
      r.citations.map((c) => [r.title, r.outlet, r.dateTime ?? '', c.claimType, c.asWritten, c.quote ?? '', c.citedAs]),
    );
    expect(page.body.citedBy.nextUrl).toBeNull();
    const res = await request(app).get(`${art}/citations.csv`).expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
    expect(res.headers['content-disposition']).toContain(
      `attachment; filename="${law.slug}-2015-art-60-1-citations.csv"`,
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
    expect(rows.map((r) => r[0])).toContain(phones.title);
    expect(rows).toHaveLength(3);
  });

  it('writes RFC 4180: UTF-8 without BOM, CRLF records, quoted fields with doubled quotes', async () => {
    const r = await makeReport(tdb.db, {
      title: 'He said "five years", then\nleft',
      published_on: '2030-02-01',
      excerpt: 'The charges read: a, b and c.',
      citations: [{ article: law.communications, quote: 'a, b' }],
    });
    const res = await request(app)
      .get(`${art}/citations.csv`)
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
    const r = await makeReport(tdb.db, {
      outlet: await makeOutlet(tdb.db, { name: '@Outlet' }),
      title: '=HYPERLINK("http://evil.example","click")',
      published_on: '2030-03-01',
      excerpt: 'It added +1+2 to the count.',
      citations: [{ article: law.communications, quote: '+1+2', as_written: '-Article 60-1' }],
    });
    const csv = parseCsv((await request(app).get(`${art}/citations.csv`).expect(200)).text).find(
      (row) => row.report === r.slug,
    )!;
    expect(csv.report_title).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(csv.outlet).toBe("'@Outlet");
    expect(csv.quote).toBe("'+1+2");
    expect(csv.as_written).toBe("'-Article 60-1");
    // JSON is not opened by spreadsheets: it keeps the text as it is.
    const json = (await request(app).get(`${art}/citations.json`).expect(200)).body as Row[];
    expect(json.find((row) => row.report === r.slug)).toMatchObject({
      report_title: '=HYPERLINK("http://evil.example","click")',
      quote: '+1+2',
    });
  });

  it('gives the same rows as JSON, with typed values', async () => {
    const csv = parseCsv((await request(app).get(`${art}/citations.csv`).expect(200)).text);
    const res = await request(app).get(`${art}/citations.json`).expect(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    const json = res.body as Record<string, unknown>[];
    expect(json.map((r) => r.citation_id)).toEqual(csv.map((r) => Number(r.citation_id)));
    expect(typeof json[0]!.confidence).toBe('number');
    expect(Object.keys(json[0]!)).toEqual(Object.keys(csv[0]!));
  });

  it('answers 404 for an unknown article', async () => {
    await request(app).get(`${law.path}/2015/articles/9999/citations.csv`).expect(404);
  });
});

describe('streaming in batches', () => {
  // 1,050 citing reports: more than one batch of 1,000, so the keyset between batches is exercised.
  const many = 1050;
  let bulk = '';
  beforeAll(async () => {
    const wire = await makeOutlet(tdb.db);
    bulk = wire.slug;
    await makeReports(tdb.db, many, (i) => ({
      outlet: wire,
      published_on: `2010-02-${String(1 + (i % 28)).padStart(2, '0')}`,
      citations: [{ article: law.terrorism.after, claim_type: 'charged_under', quote: null }],
    }));
  });

  it('streams every row of a filtered /reports list once, newest first, as chunked transfer', async () => {
    const res = await request(app).get(`/reports.csv?outlet=${bulk}`).expect(200);
    expect(res.headers['transfer-encoding']).toBe('chunked');
    expect(res.headers['content-length']).toBeUndefined();
    const rows = parseCsv(res.text);
    expect(rows).toHaveLength(many);
    expect(new Set(rows.map((r) => r.report)).size).toBe(many);
    const dates = rows.map((r) => r.date!);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('streams every citation of an article with more citing reports than one batch', async () => {
    const json = (await request(app).get(`${law.terrorism.before.path}/citations.json`).expect(200)).body as Row[];
    expect(json).toHaveLength(many);
    expect(new Set(json.map((r) => r.citation_id)).size).toBe(many);
    expect(new Set(json.map((r) => `${r.version} ${r.article}`))).toEqual(new Set(['2015 61']));
  });
});

describe('/reports and report-page downloads', () => {
  it('gives the filtered /reports list as CSV and JSON, the rows /api/reports lists', async () => {
    const api = (await request(app).get(`/api/reports?outlet=${outlet.slug}`).expect(200)).body;
    expect(api.nextUrl).toBeNull();
    const csv = parseCsv((await request(app).get(`/reports.csv?outlet=${outlet.slug}`).expect(200)).text);
    const json = (await request(app).get(`/reports.json?outlet=${outlet.slug}`).expect(200)).body as Row[];
    const slugs = api.reports.map((r: { slug: string }) => r.slug);
    expect(csv.map((r) => r.report)).toEqual(slugs);
    expect(json.map((r) => r.report)).toEqual(slugs);
    expect(slugs).toHaveLength(2);
    expect(csv.find((r) => r.report === phones.slug)).toMatchObject({
      outlet: 'Border Wire',
      authors: 'Kang Mi Jin',
      places: 'Pochon County; Yanggang Province',
      cited: `Art. 60-1, ${law.title} (2015)`,
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
    const rows = parseCsv((await request(app).get(`${phones.path}/citations.csv`).expect(200)).text);
    expect(rows.map((r) => [r.law, r.version, r.article, r.claim_type])).toEqual([
      [law.slug, '2015', '60-1', 'law_described'],
    ]);
    const draft = await makeReport(tdb.db, { status: 'draft', citations: [{ article: law.communications }] });
    await request(app).get(`${draft.path}/citations.csv`).expect(404);
    expect(parseCsv((await request(app).get(`/reports.csv?outlet=${draft.outlet.slug}`).expect(200)).text)).toEqual([]);
  });

  it('serves saved-search results, matching every word', async () => {
    const json = (await request(app).get('/search.json?q=chinese-made%20phone').expect(200)).body as Row[];
    expect(json.map((r) => r.report)).toEqual([phones.slug]);
    expect((await request(app).get('/search.json?q=chinese-made%20zzzqqq').expect(200)).body).toEqual([]);
    // LIKE wildcards in a query are literal characters, not patterns.
    expect((await request(app).get('/search.json?q=%25').expect(200)).body).toEqual([]);
  });
});

describe('download links on pages', () => {
  it.each([
    ['an article', () => [art, `${art}/citations.csv`, `${art}/citations.json`]],
    ['a report', () => [phones.path, `${phones.path}/citations.csv`, `${phones.path}/citations.json`]],
    [
      'a filtered /reports list',
      () => [
        `/reports?outlet=${outlet.slug}&year=2016`,
        `/reports.csv?outlet=${outlet.slug}&amp;year=2016`,
        `/reports.json?outlet=${outlet.slug}&amp;year=2016`,
      ],
    ],
  ])('the page of %s links "Download CSV" and "Download JSON"', async (_kind, urls) => {
    const [page, csv, json] = urls();
    const html = (await request(app).get(page!).expect(200)).text;
    expect(html).toContain(`<a href="${csv}" type="text/csv" download>Download CSV</a>`);
    expect(html).toContain(`<a href="${json}" type="application/json" download>Download JSON</a>`);
  });
});
