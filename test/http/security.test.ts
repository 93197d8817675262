import { sql } from 'kysely';
import request from 'supertest';
import { type RenumberedLaw, makeRenumberedLaw } from '../factories/renumbered-law.ts';
import { type MadeReport, makeReport } from '../factories/reports.ts';
import { type MadeUser, makeUser } from '../factories/users.ts';
import { signIn } from '../setup/admin-agent.ts';
import { createTestApp } from '../setup/test-app.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

let tdb: TestDatabase;
let app: ReturnType<typeof createTestApp>;
let admin: MadeUser;
let law: RenumberedLaw;
/** a published report with a suggested citation: what the POSTs below would change if accepted */
let report: MadeReport;
beforeAll(async () => {
  tdb = await createTestDatabase();
  app = createTestApp(tdb.db);
  admin = await makeUser(tdb.db, { role: 'admin' });
  law = await makeRenumberedLaw(tdb.db);
  report = await makeReport(tdb.db, { citations: [{ article: law.overthrow.after, status: 'suggested' }] });
});
afterAll(() => tdb.drop());

/** {law}, {report}, {outlet} and {citation} in a path or field, as this file made them. */
const fill = (text: string) =>
  text
    .replace('{law}', law.slug)
    .replace('{report}', report.slug)
    .replace('{outlet}', report.outlet.slug)
    .replace('{citation}', String(report.citations[0]!.id));

/** Everything an admin POST could change, as one comparable string. */
async function fingerprint(): Promise<string> {
  const { rows } = await sql<{ f: string }>`select concat_ws('|',
    (select md5(coalesce(string_agg(c::text, ',' order by c.id), '')) from citation c),
    (select md5(coalesce(string_agg(a::text, ',' order by a.id), '')) from article a),
    (select md5(coalesce(string_agg(r::text, ',' order by r.id), '')) from report r),
    (select count(*) from app_user), (select count(*) from import_upload), (select count(*) from audit_event)) as f`.execute(
    tdb.db,
  );
  return rows[0]!.f;
}

// Every state-changing admin route, with a body that would change something if accepted.
const posts: [string, Record<string, string>][] = [
  ['/admin/logout', {}],
  ['/admin/review', { action: 'reject', ids: '{citation}' }],
  ['/admin/citations/{citation}/repoint', { law: '{law}', version: '2004', number: '60' }],
  ['/admin/users', { email: 'x@example.org', role: 'admin', password: 'a long password here' }],
  ['/admin/laws/{law}/2015/articles/60-1', { heading: 'changed', lock_version: '1' }],
  ['/admin/reports/{report}', { title: 'changed', status: 'draft', lock_version: '1' }],
  ['/admin/import/0123456789abcdef0123456789abcdef/apply', {}],
  ['/admin/reports/new', { slug: 'sneaky', outlet: '{outlet}', title: 'x', source_type: 'press' }],
  ['/admin/laws/new', { yaml: 'laws: []', action: 'save' }],
  [
    '/admin/citations/{citation}',
    {
      law: '{law}',
      version: '2004',
      number: '60',
      as_written: 'x',
      claim_type: 'commentary',
      confidence: '1',
      status: 'rejected',
      lock_version: '1',
    },
  ],
  [
    '/admin/reports/{report}/citations/new',
    {
      law: '{law}',
      version: '2015',
      number: '60',
      as_written: 'x',
      claim_type: 'commentary',
      confidence: '1',
      status: 'confirmed',
    },
  ],
  ['/admin/laws/{law}/edit', { yaml: 'laws: []', action: 'save' }],
];

describe('CSRF on every admin POST route', () => {
  it.each(posts)('POST %s without a token → 403, database unchanged', async (path, body) => {
    const agent = await signIn(app, admin.email, admin.password);
    const before = await fingerprint();
    const filled = Object.fromEntries(Object.entries(body).map(([k, v]) => [k, fill(v)]));
    const res = await agent.post(fill(path)).type('form').send(filled).expect(403);
    expect(res.text).toContain('missing or wrong security token');
    expect(await fingerprint()).toBe(before);
  });

  it('POST /admin/import (multipart) without a token → 403, nothing stored', async () => {
    const agent = await signIn(app, admin.email, admin.password);
    const before = await fingerprint();
    await agent.post('/admin/import').attach('files', Buffer.from('outlets: []\n'), 'x.yaml').expect(403);
    expect(await fingerprint()).toBe(before);
  });
});

describe('security headers', () => {
  it('sends a Content-Security-Policy that allows no inline script, and the usual hardening headers', async () => {
    const res = await request(app).get('/laws').expect(200);
    const csp = res.headers['content-security-policy'] as string;
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('stores passwords as argon2id hashes', async () => {
    const row = await tdb.db
      .selectFrom('app_user')
      .select('password_hash')
      .where('email', '=', admin.email)
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });
});
