import request from 'supertest';
import { createTestApp } from '../setup/test-app.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

let tdb: TestDatabase;
let app: ReturnType<typeof createTestApp>;
beforeAll(async () => {
  tdb = await createTestDatabase({ seeded: true });
  app = createTestApp(tdb.db);
});
afterAll(() => tdb.drop());

// Odd but possible requests: each must get a 4xx (or a normal page), never a 500.
const urls = [
  '/laws/%E0%A4%A',
  '/laws/kp-criminal-code/2015/articles/%',
  '/laws/kp-criminal-code/articles/222?on=2016-02-30',
  '/laws/kp-criminal-code/articles/222?on=2016-06-01&on=2017-01-01',
  '/laws/kp-criminal-code/articles/222?on[]=x',
  `/laws/kp-criminal-code/2015/articles/${'9'.repeat(300)}`,
  '/laws/kp-criminal-code/2015/articles/222?after=' + 'A'.repeat(200),
  '/reports?year=2016&year=2017',
  '/reports?outlet[]=daily-nk',
  '/reports?after=MjAyNC0xMy00MHwx',
  '/reports?place=' + 'x'.repeat(5000),
  '/search?q[]=x',
  '/search?q=%00',
  '/search?q=' + encodeURIComponent('"unterminated'),
  '/search?q=' + encodeURIComponent('!!! && || :* ()'),
  '/search?q=art.&law=kp-criminal-code&law=nope&kind=nonsense',
  '/search?q=x&apage=999999',
  '/penalties/not-a-kind',
  '/api/laws/kp-criminal-code/2015/articles/%F0%9F',
  '/places/' + encodeURIComponent('<script>'),
  '/outlets/%20',
  '/admin/login?next=//evil.example',
  '/reports/dailynk-crackdown-chinese-mobile-phones/cite.bib?x[]=1',
];

describe('malformed requests', () => {
  it.each(urls)('GET %s is answered without a server error', async (url) => {
    const res = await request(app).get(url);
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
    const path = '/admin/laws/kp-criminal-code/2015/articles/222';
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
  });
});
