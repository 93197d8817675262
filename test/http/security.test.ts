import { sql } from 'kysely';
import request from 'supertest';
import { createUser } from '../../src/admin/auth.service.ts';
import { signIn } from '../setup/admin-agent.ts';
import { createTestApp } from '../setup/test-app.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

let tdb: TestDatabase;
let app: ReturnType<typeof createTestApp>;
beforeAll(async () => {
  tdb = await createTestDatabase({ seeded: true });
  app = createTestApp(tdb.db);
  await createUser(tdb.db, 'sec@example.org', 'admin', 'security admin pass');
});
afterAll(() => tdb.drop());

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
  ['/admin/review', { action: 'reject', ids: '1' }],
  ['/admin/citations/1/repoint', { law: 'kp-criminal-code', version: '2004', number: '60' }],
  ['/admin/users', { email: 'x@example.org', role: 'admin', password: 'a long password here' }],
  ['/admin/laws/kp-criminal-code/2015/articles/222', { heading: 'changed', lock_version: '1' }],
  ['/admin/reports/kcna-2016-warmbier-sentenced', { title: 'changed', status: 'draft', lock_version: '1' }],
  ['/admin/import/0123456789abcdef0123456789abcdef/apply', {}],
  ['/admin/reports/new', { slug: 'sneaky', outlet: 'daily-nk', title: 'x', source_type: 'press' }],
  ['/admin/laws/new', { yaml: 'laws: []', action: 'save' }],
  [
    '/admin/citations/1',
    {
      law: 'kp-criminal-code',
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
    '/admin/reports/dailynk-crackdown-chinese-mobile-phones/citations/new',
    {
      law: 'kp-criminal-code',
      version: '2015',
      number: '60',
      as_written: 'x',
      claim_type: 'commentary',
      confidence: '1',
      status: 'confirmed',
    },
  ],
  ['/admin/laws/kp-criminal-code/edit', { yaml: 'laws: []', action: 'save' }],
];

describe('CSRF on every admin POST route', () => {
  it.each(posts)('POST %s without a token → 403, database unchanged', async (path, body) => {
    const agent = await signIn(app, 'sec@example.org', 'security admin pass');
    const before = await fingerprint();
    const res = await agent.post(path).type('form').send(body).expect(403);
    expect(res.text).toContain('missing or wrong security token');
    expect(await fingerprint()).toBe(before);
  });

  it('POST /admin/import (multipart) without a token → 403, nothing stored', async () => {
    const agent = await signIn(app, 'sec@example.org', 'security admin pass');
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
      .where('email', '=', 'sec@example.org')
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });
});
