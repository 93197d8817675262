import request from 'supertest';
import { createTestApp } from '../setup/test-app.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(() => tdb.drop());

const httpsOnly = (res: request.Response) => ({
  hsts: res.headers['strict-transport-security'] as string | undefined,
  upgrade: String(res.headers['content-security-policy']).includes('upgrade-insecure-requests'),
});

describe('headers that only make sense over HTTPS', () => {
  it('are not sent over plain HTTP, where the rest of the policy still is', async () => {
    const res = await request(createTestApp(tdb.db)).get('/').expect(200);
    expect(httpsOnly(res)).toEqual({ hsts: undefined, upgrade: false });
    expect(res.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('are sent when a trusted proxy says the request came over HTTPS', async () => {
    const app = createTestApp(tdb.db, { trustProxy: ['127.0.0.1/8', '::1'] });
    const res = await request(app).get('/').set('X-Forwarded-Proto', 'https').expect(200);
    expect(httpsOnly(res).hsts).toMatch(/^max-age=\d+; includeSubDomains$/);
    expect(httpsOnly(res).upgrade).toBe(true);
    // The session cookie is Secure on the same evidence.
    const login = await request(app).get('/admin/login').set('X-Forwarded-Proto', 'https').expect(200);
    expect(String(login.headers['set-cookie'])).toMatch(/atlas_csrf=[^;]+;.*Secure/);
  });

  it('are not sent when the proxy header comes from an address TRUST_PROXY does not name', async () => {
    const app = createTestApp(tdb.db, { trustProxy: false });
    const res = await request(app).get('/').set('X-Forwarded-Proto', 'https').expect(200);
    expect(httpsOnly(res)).toEqual({ hsts: undefined, upgrade: false });
    const other = createTestApp(tdb.db, { trustProxy: ['10.0.0.1'] });
    expect(httpsOnly(await request(other).get('/').set('X-Forwarded-Proto', 'https').expect(200))).toEqual({
      hsts: undefined,
      upgrade: false,
    });
  });
});
