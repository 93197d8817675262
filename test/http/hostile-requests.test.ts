import { sql } from 'kysely';
import request from 'supertest';
import { createUser } from '../../src/admin/auth.service.ts';
import { csrfFrom, signIn, tokenOf } from '../setup/admin-agent.ts';
import { dbFingerprint } from '../setup/db-fingerprint.ts';
import { visibleText } from '../setup/html.ts';
import { repros } from '../setup/repros.ts';
import { createTestApp } from '../setup/test-app.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

let tdb: TestDatabase;
let app: ReturnType<typeof createTestApp>;
const ADMIN = { email: 'hostile-admin@example.org', password: 'hostile admin pass' };
const EDITOR = { email: 'hostile-editor@example.org', password: 'hostile editor pass' };
beforeAll(async () => {
  tdb = await createTestDatabase();
  app = createTestApp(tdb.db);
  await createUser(tdb.db, ADMIN.email, 'admin', ADMIN.password);
  await createUser(tdb.db, EDITOR.email, 'editor', EDITOR.password);
});
afterAll(() => tdb.drop());

async function agentFor(role: 'admin' | 'editor' | null) {
  if (!role) return { agent: request.agent(app), token: '' };
  const who = role === 'admin' ? ADMIN : EDITOR;
  const agent = await signIn(app, who.email, who.password);
  return { agent, token: await tokenOf(agent) };
}

describe('each request that once crashed the server or answered 500', () => {
  it.each(repros.map((r) => [r.name, r] as const))(
    '%s: a 4xx with a message, nothing written',
    async (_name, repro) => {
      const { agent, token } = await agentFor(repro.role);
      const req = repro.build(token);
      const before = await dbFingerprint(tdb.db);
      // superagent would re-encode a Buffer sent as a form; a string goes as it is.
      const res = await agent
        .post(req.path)
        .set(req.headers)
        .send(req.headers['content-type']?.startsWith('multipart/') ? req.body : req.body.toString());
      expect(res.status).toBe(repro.status);
      expect(visibleText(res.text)).toMatch(repro.message);
      expect(await dbFingerprint(tdb.db)).toBe(before);
      await request(app).get('/healthz').expect(200);
    },
  );

  it('treats an unreadable session cookie as none: a page asks for sign-in, the login form works', async () => {
    const res = await request(app).get('/admin/review').set('Cookie', 'atlas_session=%E0%A4%A').expect(303);
    expect(res.headers.location).toBe('/admin/login?next=%2Fadmin%2Freview');
    const login = await request(app)
      .get('/admin/login')
      .set('Cookie', 'atlas_session=%E0%A4%A; atlas_csrf=%')
      .expect(200);
    expect(login.text).toContain('name="_csrf"');
  });

  it('drops a sign-in return address too long for a Location header', async () => {
    const res = await request(app)
      .get(`/admin/${'a'.repeat(13_000)}`)
      .expect(303);
    expect(res.headers.location).toBe('/admin/login');
    const short = await request(app).get('/admin/reports?page=2').expect(303);
    expect(short.headers.location).toBe('/admin/login?next=%2Fadmin%2Freports%3Fpage%3D2');
  });
});

describe('failed sign-ins', () => {
  const from = (agent: ReturnType<typeof request.agent>, address: string) => ({
    async login(email: string, password: string, token: string) {
      return agent
        .post('/admin/login')
        .set('X-Forwarded-For', address)
        .type('form')
        .send({ _csrf: token, email, password });
    },
  });

  it('refuse the failing address, while the account owner elsewhere still signs in', async () => {
    await createUser(tdb.db, 'owner@example.org', 'admin', 'the owner password');
    const attacker = request.agent(app);
    const attackerToken = csrfFrom((await attacker.get('/admin/login').expect(200)).text);
    for (let i = 0; i < 5; i++)
      expect((await from(attacker, '203.0.113.5').login('owner@example.org', 'guess', attackerToken)).status).toBe(401);
    const refused = await from(attacker, '203.0.113.5').login('owner@example.org', 'the owner password', attackerToken);
    expect(refused.status).toBe(429);
    expect(visibleText(refused.text)).toMatch(/Too many failed sign-ins. Try again in 15 minutes\./);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(800);
    const owner = request.agent(app);
    const ownerToken = csrfFrom((await owner.get('/admin/login').expect(200)).text);
    const signedIn = await from(owner, '198.51.100.7').login('owner@example.org', 'the owner password', ownerToken);
    expect(signedIn.status).toBe(303);
    expect(signedIn.headers.location).toBe('/admin');
    // The owner's success does not wipe the attacker's record.
    expect(
      (await from(attacker, '203.0.113.5').login('owner@example.org', 'the owner password', attackerToken)).status,
    ).toBe(429);
  });

  it('refuse an address after twenty failures across accounts, counting an IPv6 client by its /64', async () => {
    const agent = request.agent(app);
    const token = csrfFrom((await agent.get('/admin/login').expect(200)).text);
    for (let i = 0; i < 20; i++) {
      const address = `2001:db8:1:2::${(i + 1).toString(16)}`;
      expect((await from(agent, address).login(`nobody${i}@example.org`, 'guess', token)).status).toBe(401);
    }
    expect((await from(agent, '2001:db8:1:2:ffff::9').login(ADMIN.email, ADMIN.password, token)).status).toBe(429);
    expect((await from(agent, '2001:db8:1:3::1').login(ADMIN.email, ADMIN.password, token)).status).toBe(303);
  });

  it('are forgotten once older than the 15-minute window', async () => {
    await sql`insert into login_failure (email, ip, failed_at) values ('stale@example.org', '192.0.2.1', now() - interval '1 hour')`.execute(
      tdb.db,
    );
    const agent = request.agent(app);
    const token = csrfFrom((await agent.get('/admin/login').expect(200)).text);
    await from(agent, '192.0.2.2')
      .login('someone@example.org', 'guess', token)
      .then((r) => expect(r.status).toBe(401));
    const { rows } = await sql<{
      n: number;
    }>`select count(*)::int as n from login_failure where failed_at < now() - interval '15 minutes'`.execute(tdb.db);
    expect(rows[0]!.n).toBe(0);
  });
});

describe('POST /api/extract', () => {
  it('limits requests per address and answers 429 with Retry-After and a JSON message', async () => {
    const limited = createTestApp(tdb.db, { extractRateLimit: 3 });
    const send = (address: string) =>
      request(limited)
        .post('/api/extract')
        .set('X-Forwarded-For', address)
        .send({ text: 'Article 60 of the Criminal Code' });
    for (let i = 0; i < 3; i++) await send('192.0.2.50').expect(200);
    const res = await send('192.0.2.50').expect(429);
    expect(res.body.error.message).toMatch(/Too many extraction requests from your address: at most 3 a minute/);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    await send('192.0.2.51').expect(200);
  });
});
