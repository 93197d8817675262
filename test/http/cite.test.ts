import fs from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import CSL from 'citeproc';
import pino from 'pino';
import request from 'supertest';
import { createApp } from '../../src/app.ts';
import { todayIso } from '../../src/lib/dates.ts';
import { visibleText } from '../setup/html.ts';
import { createTestApp } from '../setup/test-app.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

let tdb: TestDatabase;
let app: Server;
let origin = '';
beforeAll(async () => {
  tdb = await createTestDatabase({ seeded: true });
  app = createTestApp(tdb.db).listen(0);
  origin = `http://127.0.0.1:${(app.address() as { port: number }).port}`;
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

const seed = '/reports/dailynk-crackdown-chinese-mobile-phones';
const seedUrl = 'https://www.dailynk.com/english/north-korea-continues-crackdown-chinese-made-mobile-phone-use/';
const art222 = '/laws/kp-criminal-code/2015/articles/222';

describe('CSL-JSON rendered by citeproc-js', () => {
  it('turns the seed report into a reference naming Daily NK, the title and the URL', async () => {
    const res = await request(app).get(`${seed}/cite.csl.json`).expect(200);
    expect(res.headers['content-type']).toBe('application/vnd.citationstyles.csl+json; charset=utf-8');
    const items = JSON.parse(res.text);
    expect(items[0]).toMatchObject({
      type: 'article-newspaper',
      author: [{ literal: 'Kang Mi Jin' }],
      note: `Statute Atlas: ${origin}${seed}`,
    });
    const reference = render(items);
    expect(reference).toContain('Daily NK');
    expect(reference).toContain('North Korea continues crackdown on Chinese-made mobile phone use');
    expect(reference).toContain(seedUrl);
    expect(reference).toContain('Kang Mi Jin');
  });

  it('turns Art. 222 (2015) into a reference naming the code, the article and the permanent URL', async () => {
    const items = JSON.parse((await request(app).get(`${art222}/cite.csl.json`).expect(200)).text);
    expect(items[0]).toMatchObject({
      type: 'legislation',
      title: 'Criminal Code art. 222',
      issued: { 'date-parts': [[2015, 7, 22]] },
    });
    const reference = render(items);
    expect(reference).toContain('Criminal Code art. 222 (2015)');
    expect(reference).toContain(`${origin}${art222}`);
  });
});

describe('BibTeX and RIS', () => {
  it.each([
    ['bib', 'application/x-bibtex; charset=utf-8', `url = {${seedUrl}}`],
    ['ris', 'application/x-research-info-systems; charset=utf-8', `UR  - ${seedUrl}\r\n`],
  ])('includes the permanent URL and today as access date in the .%s file', async (format, type, sourceLine) => {
    const res = await request(app).get(`${seed}/cite.${format}`).expect(200);
    expect(res.headers['content-type']).toBe(type);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="dailynk-crackdown-chinese-mobile-phones.${format}"`,
    );
    expect(res.text).toContain(`${origin}${seed}`);
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
    const ris = (await request(configured).get(`${art222}/cite.ris`).expect(200)).text;
    expect(ris).toContain(`UR  - https://atlas.example.org${art222}\r\n`);
    const page = visibleText((await request(configured).get(art222).expect(200)).text);
    expect(page).toContain(`<https://atlas.example.org${art222}>`);
  });

  it('answers 404 for an unknown report or article', async () => {
    await request(app).get('/reports/no-such-report/cite.bib').expect(404);
    await request(app).get('/laws/kp-criminal-code/2015/articles/9999/cite.ris').expect(404);
  });
});

describe('"Cite this" on pages', () => {
  const accessed = () => {
    const [y, m, d] = todayIso().split('-').map(Number) as [number, number, number];
    const month = new Date(Date.UTC(y, m - 1, d)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
    return `${d} ${month} ${y}`;
  };

  it('cites the article in a Bluebook-like and an OSCOLA-like style naming the version', async () => {
    const text = visibleText((await request(app).get(art222).expect(200)).text);
    expect(text).toContain('Cite this');
    expect(text).toContain(`Criminal Code [형법] art. 222 (2015) (N. Kor.), ${origin}${art222} (last visited `);
    expect(text).toContain(`Criminal Code of the DPRK art 222 (2015) <${origin}${art222}> accessed ${accessed()}.`);
  });

  it('cites the report with outlet, author, title, its date as known and its URL', async () => {
    const html = (await request(app).get(seed).expect(200)).text;
    const text = visibleText(html);
    expect(text).toContain(
      `Kang Mi Jin, North Korea continues crackdown on Chinese-made mobile phone use, Daily NK (n.d.), ${seedUrl} (last visited`,
    );
    expect(text).toContain(
      `Kang Mi Jin, ‘North Korea continues crackdown on Chinese-made mobile phone use’ (Daily NK, undated) <${seedUrl}> accessed ${accessed()}.`,
    );
    for (const format of ['csl.json', 'bib', 'ris']) expect(html).toContain(`href="${seed}/cite.${format}"`);
    const warmbier = visibleText((await request(app).get('/reports/kcna-2016-warmbier-sentenced').expect(200)).text);
    expect(warmbier).toMatch(/\(Korean Central News Agency \(KCNA\), \d{1,2} [A-Z][a-z]+ 2016\)/);
  });

  it('puts the panel in the JSON twin, with the URL apart from its origin', async () => {
    const body = (await request(app).get(`/api${art222}`).expect(200)).body;
    expect(body.cite.references[1]).toEqual({
      style: 'OSCOLA/AGLC-like',
      before: 'Criminal Code of the DPRK art 222 (2015) <',
      url: art222,
      after: `> accessed ${accessed()}.`,
      onSite: true,
    });
  });
});
