import request from 'supertest';
import { makeLaw } from '../factories/laws.ts';
import { makeReport } from '../factories/reports.ts';
import { type MadeUser, makeUser } from '../factories/users.ts';
import { csrfFrom, signIn } from '../setup/admin-agent.ts';
import { createTestApp } from '../setup/test-app.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

let tdb: TestDatabase;
let app: ReturnType<typeof createTestApp>;
let account: MadeUser;
let article = '';
let adminArticle = '';
let law = '';
beforeAll(async () => {
  tdb = await createTestDatabase();
  // A fixed PUBLIC_URL: supertest gives each request another port, and without one the Host joins the key.
  app = createTestApp(tdb.db, {
    publicUrl: 'http://atlas.test',
    pageCacheBytes: 8 * 1024 * 1024,
    pageCacheSMaxAge: 30,
  });
  account = await makeUser(tdb.db);
  const made = await makeLaw(tdb.db);
  law = made.path;
  const cited = made.article('2020', '1');
  await makeReport(tdb.db, { citations: [{ article: cited }] });
  article = cited.path;
  adminArticle = `/admin${article}`;
});
afterAll(() => tdb.drop());

const stats = async () => (await request(app).get('/healthz').expect(200)).body.pageCache;

function headingForm(html: string, heading: string) {
  const field = (name: string) => html.match(new RegExp(`name="${name}" value="([^"]*)"`))?.[1] ?? '';
  return {
    _csrf: csrfFrom(html),
    lock_version: field('lock_version'),
    heading,
    chapter: '',
    summary: '',
    text_en: '',
    text_ko: '',
    provenance: '',
    source_url: '',
  };
}

describe('rendered-page cache', () => {
  it('replays an anonymous page byte for byte, with the security headers and a strong ETag', async () => {
    const before = await stats();
    const first = await request(app).get(article).expect(200);
    const second = await request(app).get(article).expect(200);
    const after = await stats();
    expect(after.hits).toBe(before.hits + 1);
    expect(second.text).toBe(first.text);
    expect(second.headers.etag).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(second.headers['cache-control']).toBe('public, max-age=0, must-revalidate, s-maxage=30');
    expect(second.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(second.headers['content-security-policy']).toContain("script-src 'self'");
    expect(second.headers['x-content-type-options']).toBe('nosniff');
    await request(app).get(article).set('If-None-Match', first.headers.etag!).expect(304);
  });

  it('sends the security headers of the request being answered, not those of the one cached', async () => {
    const https = createTestApp(tdb.db, { publicUrl: 'https://atlas.test', trustProxy: true });
    await request(https).get(article).set('X-Forwarded-Proto', 'https').expect(200);
    const overHttp = await request(https).get(article).expect(200);
    expect((await request(https).get('/healthz').expect(200)).body.pageCache.hits).toBe(1);
    expect(overHttp.headers['strict-transport-security']).toBeUndefined();
    expect(overHttp.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
  });

  it('keeps the JSON twin and feeds apart from the HTML page', async () => {
    const json = await request(app).get(`/api${article}`).expect(200);
    const again = await request(app).get(`/api${article}`).expect(200);
    expect(again.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(again.body).toEqual(json.body);
  });

  it('shows a change made through the admin on the very next public request', async () => {
    const editor = await signIn(app, account.email, account.password);
    await request(app).get(article).expect(200);
    const cached = await request(app).get(article).expect(200);
    expect(cached.text).not.toContain('Heading changed for the cache test');
    const form = (await editor.get(adminArticle).expect(200)).text;
    await editor
      .post(adminArticle)
      .type('form')
      .send(headingForm(form, 'Heading changed for the cache test'))
      .expect(303);
    const fresh = await request(app).get(article).expect(200);
    expect(fresh.text).toContain('Heading changed for the cache test');
    expect(fresh.headers.etag).not.toBe(cached.headers.etag);
    // The old validator no longer matches: a browser revalidating gets the new page.
    await request(app).get(article).set('If-None-Match', cached.headers.etag!).expect(200);
  });

  it('never serves or stores pages for a request with a session', async () => {
    const editor = await signIn(app, account.email, account.password);
    const before = await stats();
    const res = await editor.get(article).expect(200);
    const after = await stats();
    expect(after.bypassed).toBe(before.bypassed + 1);
    expect(after.hits).toBe(before.hits);
    expect(res.headers['cache-control']).toBe('private, no-cache');
  });

  it('leaves admin pages, errors and redirects out', async () => {
    const before = await stats();
    await request(app).get('/admin/login').expect(200);
    await request(app).get(`${law}/2020/articles/99999`).expect(404);
    const notFound = await request(app).get(`${law}/2020/articles/99999`).expect(404);
    expect(notFound.headers['cache-control']).toBeUndefined();
    expect((await stats()).hits).toBe(before.hits);
  });

  it('is off with a size of 0', async () => {
    const off = createTestApp(tdb.db, { pageCacheBytes: 0 });
    await request(off).get(article).expect(200);
    const res = await request(off).get(article).expect(200);
    expect(res.headers['cache-control']).toBeUndefined();
    expect((await request(off).get('/healthz').expect(200)).body.pageCache).toMatchObject({ enabled: false, hits: 0 });
  });
});
