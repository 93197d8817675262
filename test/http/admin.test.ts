import { sql } from 'kysely';
import request from 'supertest';
import { makeOutlet } from '../factories/outlets.ts';
import { type RenumberedLaw, makeRenumberedLaw } from '../factories/renumbered-law.ts';
import { type MadeReport, makeReport } from '../factories/reports.ts';
import { makeUser } from '../factories/users.ts';
import { csrfFrom, signIn, tokenOf } from '../setup/admin-agent.ts';
import { createTestApp } from '../setup/test-app.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

let tdb: TestDatabase;
let app: ReturnType<typeof createTestApp>;
let ADMIN: { email: string; password: string };
let EDITOR: { email: string; password: string };
let law: RenumberedLaw;
/** a report with a suggested citation, for the forms whose POSTs must change nothing without a token */
let target: MadeReport;

beforeAll(async () => {
  tdb = await createTestDatabase();
  app = createTestApp(tdb.db);
  ADMIN = await makeUser(tdb.db, { role: 'admin' });
  EDITOR = await makeUser(tdb.db, { role: 'editor' });
  law = await makeRenumberedLaw(tdb.db);
  target = await makeReport(tdb.db, { citations: [{ article: law.overthrow.after, status: 'suggested' }] });
});
afterAll(() => tdb.drop());

async function state() {
  const { rows } = await sql<{
    s: string;
  }>`select (select json_agg(c order by c.id) from (select id, status, article_id from citation) c)::text
    || (select count(*) from app_user)::text || (select count(*) from user_session)::text as s`.execute(tdb.db);
  return rows[0]!.s;
}

describe('access', () => {
  it('sends anonymous visitors to the login page', async () => {
    const res = await request(app).get('/admin').expect(303);
    expect(res.headers.location).toBe('/admin/login?next=%2Fadmin');
    expect((await request(app).get('/admin/review').expect(303)).headers.location).toBe(
      '/admin/login?next=%2Fadmin%2Freview',
    );
  });

  it('issues a new HttpOnly, SameSite=Lax session cookie at sign-in', async () => {
    const agent = request.agent(app);
    const page = await agent.get('/admin/login').expect(200);
    const res = await agent
      .post('/admin/login')
      .type('form')
      .send({ _csrf: csrfFrom(page.text), email: ADMIN.email, password: ADMIN.password, next: '/admin/review' })
      .expect(303);
    expect(res.headers.location).toBe('/admin/review');
    const cookie = ([] as string[])
      .concat(res.headers['set-cookie'] ?? [])
      .find((c) => c.startsWith('atlas_session='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const sid = cookie.split(';')[0]!.split('=')[1]!;
    const row = await tdb.db.selectFrom('user_session').select('id').where('id', '=', sid).executeTakeFirst();
    expect(row?.id).toBe(sid);
  });

  it('refuses a wrong password without saying which part was wrong', async () => {
    const agent = request.agent(app);
    const page = await agent.get('/admin/login').expect(200);
    const res = await agent
      .post('/admin/login')
      .type('form')
      .send({ _csrf: csrfFrom(page.text), email: ADMIN.email, password: 'nope' })
      .expect(401);
    expect(res.text).toContain('That email and password do not match an account.');
    expect(res.text).toContain(`value="${ADMIN.email}"`);
  });

  it('keeps editors out of user management', async () => {
    const editor = await signIn(app, EDITOR.email, EDITOR.password);
    await editor.get('/admin/users').expect(403);
    const token = await tokenOf(editor);
    await editor
      .post('/admin/users')
      .type('form')
      .send({ _csrf: token, email: 'x@example.org', role: 'admin', password: 'x'.repeat(20) })
      .expect(403);
    await editor.get('/admin/review').expect(200);
  });

  it('rate-limits failed sign-ins per account with a retry-after message', async () => {
    const locked = await makeUser(tdb.db);
    const agent = request.agent(app);
    const token = csrfFrom((await agent.get('/admin/login').expect(200)).text);
    for (let i = 0; i < 5; i++)
      await agent
        .post('/admin/login')
        .type('form')
        .send({ _csrf: token, email: locked.email, password: 'wrong' })
        .expect(401);
    const res = await agent
      .post('/admin/login')
      .type('form')
      .send({ _csrf: token, email: locked.email, password: locked.password })
      .expect(429);
    expect(res.text).toMatch(/Too many failed sign-ins. Try again in \d+ minutes?\./);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('signs out and forgets the session', async () => {
    const agent = await signIn(app, ADMIN.email, ADMIN.password);
    const token = await tokenOf(agent);
    await agent.post('/admin/logout').type('form').send({ _csrf: token }).expect(303);
    await agent.get('/admin').expect(303);
  });
});

describe('CSRF', () => {
  it.each([
    ['/admin/logout', {}],
    ['/admin/review', { action: 'confirm', ids: '{citation}' }],
    ['/admin/citations/{citation}/repoint', { law: '{law}', version: '2004', number: '60' }],
    ['/admin/users', { email: 'new@example.org', role: 'admin', password: 'long enough password' }],
  ])('refuses POST %s without a valid token and changes nothing', async (path, fields) => {
    const fill = (v: string) => v.replace('{citation}', String(target.citations[0]!.id)).replace('{law}', law.slug);
    const url = fill(path);
    const body = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, fill(v)]));
    const agent = await signIn(app, ADMIN.email, ADMIN.password);
    const before = await state();
    const missing = await agent.post(url).type('form').send(body).expect(403);
    expect(missing.text).toContain('missing or wrong security token');
    await agent
      .post(url)
      .type('form')
      .send({ ...body, _csrf: 'x'.repeat(43) })
      .expect(403);
    expect(await state()).toBe(before);
  });

  it('refuses a login POST without the form token', async () => {
    const before = await state();
    await request(app)
      .post('/admin/login')
      .type('form')
      .send({ email: ADMIN.email, password: ADMIN.password })
      .expect(403);
    expect(await state()).toBe(before);
  });
});

describe('review queue', () => {
  it('confirms a suggested citation, which then appears on the statute page and in the audit trail', async () => {
    const report = await makeReport(tdb.db, {
      outlet: await makeOutlet(tdb.db, { name: 'Review Wire' }),
      title: 'Queue test report',
      excerpt: 'He broke Article 60-1 of the code.',
      citations: [{ article: law.communications, status: 'suggested' }],
    });
    const c = report.citations[0]!;
    const statute = law.communications.path;
    expect((await request(app).get(statute).expect(200)).text).not.toContain('Queue test report');
    const agent = await signIn(app, EDITOR.email, EDITOR.password);
    const queue = await agent.get('/admin/review').expect(200);
    expect(queue.text).toContain(`id="citation-${c.id}"`);
    expect(queue.text).toContain('<mark>Article 60-1</mark>');
    await agent
      .post('/admin/review')
      .type('form')
      .send({ _csrf: csrfFrom(queue.text), action: 'confirm', ids: String(c.id) })
      .expect(303);
    expect((await request(app).get(statute).expect(200)).text).toContain('Queue test report');
    const row = await tdb.db
      .selectFrom('citation')
      .select(['status', 'reviewer_id', 'reviewed_at'])
      .where('id', '=', c.id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('confirmed');
    expect(row.reviewed_at).not.toBeNull();
    const audit = await agent.get(`/admin/audit?entity=citation&entity_id=${c.id}`).expect(200);
    expect(audit.text).toContain(EDITOR.email);
    expect(audit.text).toMatch(/<del>suggested<\/del> → <ins>confirmed<\/ins>/);
  });

  it('re-points a citation to another version’s article', async () => {
    const report = await makeReport(tdb.db, { citations: [{ article: law.overthrow.after, status: 'suggested' }] });
    const c = report.citations[0]!;
    const agent = await signIn(app, EDITOR.email, EDITOR.password);
    const token = await tokenOf(agent, '/admin/review');
    await agent
      .post(`/admin/citations/${c.id}/repoint`)
      .type('form')
      .send({ _csrf: token, law: law.slug, version: '2004', number: '60' })
      .expect(303);
    const row = await tdb.db
      .selectFrom('citation')
      .select(['article_id', 'status'])
      .where('id', '=', c.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ article_id: law.terrorism.before.id, status: 'confirmed' });
    const bad = await agent
      .post(`/admin/citations/${c.id}/repoint`)
      .type('form')
      .send({ _csrf: token, law: law.slug, version: '2004', number: '9999' })
      .expect(422);
    expect(bad.text).toContain(`There is no article 9999 in version 2004 of ${law.slug}.`);
  });
});
