import fs from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import CSL from 'citeproc';
import pino from 'pino';
import request from 'supertest';
import { createApp } from '../../src/app.ts';
import { todayIso } from '../../src/lib/dates.ts';
import { visibleText } from '../setup/html.ts';
import { makeJurisdiction } from '../factories/jurisdictions.ts';
import { makeLaw } from '../factories/laws.ts';
import { makeOutlet } from '../factories/outlets.ts';
import { type RenumberedLaw, makeRenumberedLaw } from '../factories/renumbered-law.ts';
import { type MadeReport, makeReport } from '../factories/reports.ts';
import { createTestApp } from '../setup/test-app.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

let tdb: TestDatabase;
let app: Server;
let origin = '';
let law: RenumberedLaw;
let report: MadeReport;
let dated: MadeReport;
let art = '';
const reportUrl = 'https://news.example.org/2016/foreign-phone-crackdown';

beforeAll(async () => {
  tdb = await createTestDatabase();
  app = createTestApp(tdb.db).listen(0);
  origin = `http://127.0.0.1:${(app.address() as { port: number }).port}`;
  // The DPRK's code, so the Bluebook-like style abbreviates the jurisdiction as it does for the real one.
  const kp = await makeJurisdiction(tdb.db, { code: 'kp', name: "Democratic People's Republic of Korea" });
  law = await makeRenumberedLaw(tdb.db, { jurisdiction: kp, title: 'Criminal Code', title_ko: '형법' });
  art = law.communications.path;
  const outlet = await makeOutlet(tdb.db, { name: 'Border Wire' });
  report = await makeReport(tdb.db, {
    outlet,
    title: 'Crackdown on foreign mobile phones continues',
    url: reportUrl,
    authors: ['Kang Mi Jin'],
    published_on: null,
    date_precision: 'unknown',
  });
  dated = await makeReport(tdb.db, {
    outlet: await makeOutlet(tdb.db, { name: 'Korean Central News Agency (KCNA)' }),
    published_on: '2016-03-16',
  });
});
afterAll(async () => {
  app.close();
  await tdb.drop();
});

const csl = path.resolve(import.meta.dirname, '../fixtures/csl');
const apa = fs.readFileSync(path.join(csl, 'apa.csl'), 'utf8');
const locale = fs.readFileSync(path.join(csl, 'locales-en-US.xml'), 'utf8');

/** The bibliography entry citeproc-js makes of CSL-JSON items, as plain text. */
function render(items: { id: string }[]): string {
  const byId = new Map(items.map((i) => [i.id, i]));
  const engine = new CSL.Engine({ retrieveLocale: () => locale, retrieveItem: (id) => byId.get(id) }, apa);
  engine.setOutputFormat('text');
  engine.updateItems([...byId.keys()]);
  return engine.makeBibliography()[1].join('\n');
}

describe('CSL-JSON rendered by citeproc-js', () => {
  it('turns a report into a reference naming the outlet, the title and the URL', async () => {
    const res = await request(app).get(`${report.path}/cite.csl.json`).expect(200);
    expect(res.headers['content-type']).toBe('application/vnd.citationstyles.csl+json; charset=utf-8');
    const items = JSON.parse(res.text);
    expect(items[0]).toMatchObject({
      type: 'article-newspaper',
      author: [{ literal: 'Kang Mi Jin' }],
      note: `Statute Atlas: ${origin}${report.path}`,
    });
    const reference = render(items);
    expect(reference).toContain('Border Wire');
    expect(reference).toContain('Crackdown on foreign mobile phones continues');
    expect(reference).toContain(reportUrl);
    expect(reference).toContain('Kang Mi Jin');
  });

  it('turns Art. 60-1 (2015) into a reference naming the code, the article and the permanent URL', async () => {
    const items = JSON.parse((await request(app).get(`${art}/cite.csl.json`).expect(200)).text);
    expect(items[0]).toMatchObject({
      type: 'legislation',
      title: 'Criminal Code art. 60-1',
      issued: { 'date-parts': [[2015, 7, 22]] },
    });
    const reference = render(items);
    expect(reference).toContain('Criminal Code art. 60-1 (2015)');
    expect(reference).toContain(`${origin}${art}`);
  });
});

describe('BibTeX and RIS', () => {
  it.each([
    ['bib', 'application/x-bibtex; charset=utf-8', `url = {${reportUrl}}`],
    ['ris', 'application/x-research-info-systems; charset=utf-8', `UR  - ${reportUrl}\r\n`],
  ])('includes the permanent URL and today as access date in the .%s file', async (format, type, sourceLine) => {
    const res = await request(app).get(`${report.path}/cite.${format}`).expect(200);
    expect(res.headers['content-type']).toBe(type);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="${report.slug}.${format}"`);
    expect(res.text).toContain(`${origin}${report.path}`);
    expect(res.text).toContain(sourceLine);
    expect(res.text).toContain(
      format === 'bib' ? `urldate = {${todayIso()}}` : `Y2  - ${todayIso().replaceAll('-', '/')}/`,
    );
  });

  it('builds permanent URLs on PUBLIC_URL when it is configured', async () => {
    const configured = createApp({
      db: tdb.db,
      config: { publicUrl: 'https://atlas.example.org' },
      logger: pino({ level: 'silent' }),
    });
    const ris = (await request(configured).get(`${art}/cite.ris`).expect(200)).text;
    expect(ris).toContain(`UR  - https://atlas.example.org${art}\r\n`);
    const page = visibleText((await request(configured).get(art).expect(200)).text);
    expect(page).toContain(`<https://atlas.example.org${art}>`);
  });

  it('answers 404 for an unknown report or article', async () => {
    await request(app).get('/reports/no-such-report/cite.bib').expect(404);
    await request(app).get(`${law.path}/2015/articles/9999/cite.ris`).expect(404);
  });
});

describe('"Cite this" on pages', () => {
  const accessed = () => {
    const [y, m, d] = todayIso().split('-').map(Number) as [number, number, number];
    const month = new Date(Date.UTC(y, m - 1, d)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
    return `${d} ${month} ${y}`;
  };

  it('cites the article in a Bluebook-like and an OSCOLA-like style naming the version', async () => {
    const text = visibleText((await request(app).get(art).expect(200)).text);
    expect(text).toContain('Cite this');
    expect(text).toContain(`Criminal Code [형법] art. 60-1 (2015) (N. Kor.), ${origin}${art} (last visited `);
    expect(text).toContain(`Criminal Code of the DPRK art 60-1 (2015) <${origin}${art}> accessed ${accessed()}.`);
  });

  it('names a jurisdiction it has no abbreviation for in full', async () => {
    const other = await makeLaw(tdb.db);
    const path = other.article('2020', '1').path;
    const text = visibleText((await request(app).get(path).expect(200)).text);
    expect(text).toContain(
      `${other.title} art. 1 (2020) (${other.jurisdiction.name}), ${origin}${path} (last visited `,
    );
    expect(text).toContain(`${other.title} of the ${other.jurisdiction.name} art 1 (2020) <${origin}${path}>`);
  });

  it('cites the report with outlet, author, title, its date as known and its URL', async () => {
    const html = (await request(app).get(report.path).expect(200)).text;
    const text = visibleText(html);
    expect(text).toContain(
      `Kang Mi Jin, Crackdown on foreign mobile phones continues, Border Wire (n.d.), ${reportUrl} (last visited`,
    );
    expect(text).toContain(
      `Kang Mi Jin, ‘Crackdown on foreign mobile phones continues’ (Border Wire, undated) <${reportUrl}> accessed ${accessed()}.`,
    );
    for (const format of ['csl.json', 'bib', 'ris']) expect(html).toContain(`href="${report.path}/cite.${format}"`);
    const withDate = visibleText((await request(app).get(dated.path).expect(200)).text);
    expect(withDate).toContain('(Korean Central News Agency (KCNA), 16 March 2016)');
  });

  it('puts the panel in the JSON twin, with the URL apart from its origin', async () => {
    const body = (await request(app).get(`/api${art}`).expect(200)).body;
    expect(body.cite.references[1]).toEqual({
      style: 'OSCOLA/AGLC-like',
      before: 'Criminal Code of the DPRK art 60-1 (2015) <',
      url: art,
      after: `> accessed ${accessed()}.`,
      onSite: true,
    });
  });
});
