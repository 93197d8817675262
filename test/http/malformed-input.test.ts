import request from 'supertest';
import { makePlace } from '../factories/places.ts';
import { makeRenumberedLaw } from '../factories/renumbered-law.ts';
import { makeReport } from '../factories/reports.ts';
import { createTestApp } from '../setup/test-app.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

let tdb: TestDatabase;
let app: ReturnType<typeof createTestApp>;
/** what the URLs below name: {law}, {report}, {outlet}, {place} */
let names: Record<string, string> = {};
let article = '';
beforeAll(async () => {
  tdb = await createTestDatabase();
  app = createTestApp(tdb.db);
  const law = await makeRenumberedLaw(tdb.db);
  const place = await makePlace(tdb.db);
  const report = await makeReport(tdb.db, { places: [place], citations: [{ article: law.communications }] });
  names = { law: law.slug, report: report.slug, outlet: report.outlet.slug, place: place.slug };
  article = law.communications.path;
});
afterAll(() => tdb.drop());
const fill = (url: string) => url.replace(/\{(\w+)\}/g, (_m, key: string) => names[key]!);

// Odd but possible requests: each must get a 4xx (or a normal page), never a 500.
const urls = [
  '/laws/%E0%A4%A',
  '/laws/{law}/2015/articles/%',
  '/laws/{law}/articles/60-1?on=2016-02-30',
  '/laws/{law}/articles/60-1?on=2016-06-01&on=2017-01-01',
  '/laws/{law}/articles/60-1?on[]=x',
  `/laws/{law}/2015/articles/${'9'.repeat(300)}`,
  '/laws/{law}/2015/articles/60-1?after=' + 'A'.repeat(200),
  '/reports?year=2016&year=2017',
  '/reports?outlet[]={outlet}',
  '/reports?after=MjAyNC0xMy00MHwx',
  '/reports?place=' + 'x'.repeat(5000),
  '/search?q[]=x',
  '/search?q=%00',
  '/search?q=' + encodeURIComponent('"unterminated'),
  '/search?q=' + encodeURIComponent('!!! && || :* ()'),
  '/search?q=art.&law={law}&law=nope&kind=nonsense',
  '/search?q=x&apage=999999',
  '/reports?place={place}&place[]=x',
  '/outlets/{outlet}/reports.atom?after=%ZZ',
  '/penalties/not-a-kind',
  '/api/laws/{law}/2015/articles/%F0%9F',
  '/places/' + encodeURIComponent('<script>'),
  '/outlets/%20',
  '/admin/login?next=//evil.example',
  '/reports/{report}/cite.bib?x[]=1',
];

describe('malformed requests', () => {
  it.each(urls)('GET %s is answered without a server error', async (url) => {
    const res = await request(app).get(fill(url));
    expect(res.status).toBeLessThan(500);
  });

  it('answers a POST with a broken JSON body with 400', async () => {
    const res = await request(app)
      .post('/api/extract')
      .set('content-type', 'application/json')
      .send('{"text": "Art. 60", }');
    expect(res.status).toBe(400);
  });
});

describe('NUL characters', () => {
  it('refuses an import file carrying U+0000, naming the line, and writes nothing', async () => {
    const { importFiles } = await import('../../src/interchange/apply/import.service.ts');
    const raw = new TextEncoder().encode('outlets:\n  - { slug: nul-wire, name: "Nul\u0000Wire" }\n');
    await expect(importFiles(tdb.db, [{ name: 'nul.yaml', bytes: raw }])).rejects.toThrow(
      'nul.yaml:line 2: contains a NUL character',
    );
    const escaped = new TextEncoder().encode('{"outlets": [{"slug": "nul-wire", "name": "Nul\\u0000Wire"}]}');
    await expect(importFiles(tdb.db, [{ name: 'nul.json', bytes: escaped }])).rejects.toThrow(
      'nul.json: contains a NUL character',
    );
    const rows = await tdb.db.selectFrom('outlet').select('id').where('slug', '=', 'nul-wire').execute();
    expect(rows).toEqual([]);
  });
});

describe('database input errors', () => {
  it('answers a NUL character in an admin form with 400, not 500', async () => {
    const { createUser } = await import('../../src/admin/auth.service.ts');
    const { csrfFrom, signIn } = await import('../setup/admin-agent.ts');
    await createUser(tdb.db, 'nul@example.org', 'editor', 'nul test password');
    const agent = await signIn(app, 'nul@example.org', 'nul test password');
    const path = `/admin${article}`;
    const page = await agent.get(path).expect(200);
    const lock = page.text.match(/name="lock_version" value="(\d+)"/)![1]!;
    const res = await agent
      .post(path)
      .type('form')
      .send({
        _csrf: csrfFrom(page.text),
        lock_version: lock,
        heading: 'bad\u0000heading',
        chapter: '',
        summary: '',
        text_en: '',
        text_ko: '',
        provenance: '',
        source_url: '',
      });
    expect(res.status).toBe(400);
    expect(res.text).toContain('cannot be stored');
    const stored = await tdb.db
      .selectFrom('article')
      .select('heading')
      .where('number', '=', '60-1')
      .executeTakeFirstOrThrow();
    expect(stored.heading).toBe('Illegal international communications');
  });
});
