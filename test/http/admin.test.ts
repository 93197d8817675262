import { sql } from 'kysely';
import request from 'supertest';
import { createUser } from '../../src/admin/auth.service.ts';
import { seedDatabase } from '../../src/interchange/apply/seed.service.ts';
import { findArticleId, insertCitation, insertOutlet, insertReport } from '../factories/reports.ts';
import { csrfFrom, signIn, tokenOf } from '../setup/admin-agent.ts';
import { createTestApp } from '../setup/test-app.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

let tdb: TestDatabase;
let app: ReturnType<typeof createTestApp>;
const ADMIN = { email: 'admin@example.org', password: 'correct horse battery' };
const EDITOR = { email: 'editor@example.org', password: 'editor password 1' };

beforeAll(async () => {
  tdb = await createTestDatabase({ seeded: true });
  app = createTestApp(tdb.db);
  await createUser(tdb.db, ADMIN.email, 'admin', ADMIN.password);
  await createUser(tdb.db, EDITOR.email, 'editor', EDITOR.password);
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
      .send({ _csrf: csrfFrom(page.text), ...ADMIN, next: '/admin/review' })
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
    await createUser(tdb.db, 'target@example.org', 'editor', 'a strong password');
    const agent = request.agent(app);
    const token = csrfFrom((await agent.get('/admin/login').expect(200)).text);
    for (let i = 0; i < 5; i++)
      await agent
        .post('/admin/login')
        .type('form')
        .send({ _csrf: token, email: 'target@example.org', password: 'wrong' })
        .expect(401);
    const res = await agent
      .post('/admin/login')
      .type('form')
      .send({ _csrf: token, email: 'target@example.org', password: 'a strong password' })
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
    ['/admin/review', { action: 'confirm', ids: '1' }],
    ['/admin/citations/1/repoint', { law: 'kp-criminal-code', version: '2015', number: '60' }],
    ['/admin/users', { email: 'new@example.org', role: 'admin', password: 'long enough password' }],
  ])('refuses POST %s without a valid token and changes nothing', async (path, body) => {
    const agent = await signIn(app, ADMIN.email, ADMIN.password);
    const before = await state();
    const missing = await agent.post(path).type('form').send(body).expect(403);
    expect(missing.text).toContain('missing or wrong security token');
    await agent
      .post(path)
      .type('form')
      .send({ ...body, _csrf: 'x'.repeat(43) })
      .expect(403);
    expect(await state()).toBe(before);
  });

  it('refuses a login POST without the form token', async () => {
    const before = await state();
    await request(app).post('/admin/login').type('form').send(ADMIN).expect(403);
    expect(await state()).toBe(before);
  });
});

describe('review queue', () => {
  it('confirms a suggested citation, which then appears on the statute page and in the audit trail', async () => {
    const outlet = await insertOutlet(tdb.db, { name: 'Review Wire' });
    const report = await insertReport(tdb.db, {
      outlet_id: outlet.id,
      title: 'Queue test report',
      excerpt: 'He broke Article 185 of the code.',
    });
    const art = await findArticleId(tdb.db, 'kp-criminal-code', '2015', '185');
    const c = await insertCitation(tdb.db, {
      report_id: report.id,
      article: art,
      status: 'suggested',
      origin: 'extractor',
      as_written: 'Article 185',
      quote_exact: 'Article 185',
      quote_start: 9,
      quote_end: 20,
    });
    const statute = '/laws/kp-criminal-code/2015/articles/185';
    expect((await request(app).get(statute).expect(200)).text).not.toContain('Queue test report');
    const agent = await signIn(app, EDITOR.email, EDITOR.password);
    const queue = await agent.get('/admin/review').expect(200);
    expect(queue.text).toContain(`id="citation-${c.id}"`);
    expect(queue.text).toContain('<mark>Article 185</mark>');
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
    const outlet = await insertOutlet(tdb.db);
    const report = await insertReport(tdb.db, { outlet_id: outlet.id });
    const art = await findArticleId(tdb.db, 'kp-criminal-code', '2015', '60');
    const c = await insertCitation(tdb.db, { report_id: report.id, article: art, status: 'suggested' });
    const agent = await signIn(app, EDITOR.email, EDITOR.password);
    const token = await tokenOf(agent, '/admin/review');
    await agent
      .post(`/admin/citations/${c.id}/repoint`)
      .type('form')
      .send({ _csrf: token, law: 'kp-criminal-code', version: '2004', number: '60' })
      .expect(303);
    const terror = await findArticleId(tdb.db, 'kp-criminal-code', '2004', '60');
    const row = await tdb.db
      .selectFrom('citation')
      .select(['article_id', 'status'])
      .where('id', '=', c.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ article_id: terror.id, status: 'confirmed' });
    const bad = await agent
      .post(`/admin/citations/${c.id}/repoint`)
      .type('form')
      .send({ _csrf: token, law: 'kp-criminal-code', version: '2004', number: '9999' })
      .expect(422);
    expect(bad.text).toContain('There is no article 9999 in version 2004 of kp-criminal-code.');
  });
});

describe('audit trail', () => {
  it('records nothing when the seeds are imported again', async () => {
    const count = async () =>
      Number(
        (
          await tdb.db
            .selectFrom('audit_event')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    await seedDatabase(tdb.db);
    expect(await count()).toBe(before);
  });

  it('names the seed as the actor of the seeded rows', async () => {
    const row = await tdb.db
      .selectFrom('audit_event')
      .select(['actor', 'source'])
      .where('entity', '=', 'law')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ actor: 'atlas seed', source: 'seed' });
  });
});
