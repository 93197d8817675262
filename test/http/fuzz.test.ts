import http from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { sql } from 'kysely';
import { createUser } from '../../src/admin/auth.service.ts';
import { type AppRoute, listRoutes } from '../setup/app-routes.ts';
import { dbFingerprint } from '../setup/db-fingerprint.ts';
import { type FuzzRequest, type KnownTuples, type KnownValues, requestsFor } from '../setup/fuzz-requests.ts';
import { createTestApp } from '../setup/test-app.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

/**
 * The fuzz net: for every route the router holds, generated requests — bad, huge, unicode, NUL
 * and broken percent-encoding in path and query, repeated and nested parameters, wrong content
 * types, cut-short and boundary-less multipart, deep and alias-bomb documents — as nobody, as an
 * admin and as an editor, with and without a valid CSRF token. None may answer 5xx, the app must
 * stay up, and a refused request must leave the database as it was. FUZZ_RUNS and FUZZ_SEED
 * (printed on failure) reproduce a run; FUZZ_STATS=1 prints the statuses each route answered.
 */
// 50 generated requests per route in `npm test` (a new seed each run, so runs add up); `npm run fuzz`
// runs 1,000 per route. The second fifty cost 16 CPU-seconds.
const RUNS = Number(process.env.FUZZ_RUNS ?? 50);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

let tdb: TestDatabase;
let server: http.Server;
let port: number;
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const app = () => createTestApp(tdb.db, { extractRateLimit: 100_000 });
const sessions = {
  admin: { id: 'f'.repeat(43), csrf: 'A'.repeat(43) },
  editor: { id: 'e'.repeat(43), csrf: 'B'.repeat(43) },
};
let known: KnownValues;
let tuples: KnownTuples;
let routes: AppRoute[];

/** Sessions straight into the table (no sign-in per route); put back after a fuzzed logout. */
async function ensureSessions() {
  for (const [role, s] of Object.entries(sessions)) {
    await sql`insert into user_session (id, user_id, csrf_token, expires_at)
      select ${s.id}, id, ${s.csrf}, now() + interval '1 day' from app_user where email = ${`fuzz-${role}@example.org`}
      on conflict (id) do nothing`.execute(tdb.db);
  }
}

async function knownValues(): Promise<KnownValues> {
  const column = async (query: ReturnType<typeof sql<{ v: string }>>) =>
    (await query.execute(tdb.db)).rows.map((r) => String(r.v));
  const reports = await column(sql`select slug as v from report order by id limit 4`);
  const outlets = await column(sql`select slug as v from outlet order by id limit 3`);
  const places = await column(sql`select slug as v from place order by id limit 3`);
  return {
    law: await column(sql`select slug as v from law order by id limit 3`),
    version: ['2015', '2004', '2009', '1999', '2022'],
    number: ['222', '60', '233', '1', '60-1'],
    slug: [...reports, ...outlets, ...places],
    outlet: outlets,
    place: places,
    kind: ['death', 'fixed_term_correctional_labor', 'disciplinary_labor'],
    id: [
      ...(await column(sql`select id::text as v from citation order by id limit 3`)),
      ...(await column(sql`select id::text as v from source order by id limit 1`)),
    ],
    lineage: await column(sql`select slug as v from article_lineage order by id limit 3`),
    q: ['Article 222', '형법 제60조', 'phones', '"illegal border"', 'art. 60 -x'],
    on: ['2016-06-01', '2009-08-18', '1990-01-01'],
    year: ['2016', '2019'],
    page: ['1', '2', '999999'],
    format: ['json', 'csv'],
    file: ['reports.csv', 'laws.csv', 'site.css', 'favicon.svg'],
    action: ['confirm', 'reject', 'preview', 'save', 'create'],
    // Addresses the SSRF guard refuses without a request, so the net never reaches the network.
    url: ['http://127.0.0.1/feed.xml', 'http://169.254.169.254/latest/meta-data', 'http://10.0.0.1/rss'],
    urls: ['http://127.0.0.1/a http://192.168.1.1/b', 'http://[::1]/x'],
    default_language: ['en', 'ko'],
    poll_interval_minutes: ['60', '5'],
    ids: await column(sql`select id::text as v from citation order by id limit 3`),
    role: ['admin', 'editor'],
    email: ['fuzz-admin@example.org', 'new-fuzz@example.org'],
    password: ['a long enough password'],
  };
}

/** Real articles, versions and lineages, so multi-parameter pages are also reached with valid paths. */
async function knownTuples(): Promise<KnownTuples> {
  const rows = async (query: ReturnType<typeof sql<Record<string, string>>>) => (await query.execute(tdb.db)).rows;
  const articles = await rows(sql`select l.slug as law, v.slug as version, a.number from article a
    join law_version v on v.id = a.law_version_id join law l on l.id = v.law_id order by a.id limit 12`);
  return {
    'law,version,number': articles,
    'law,version': articles.map(({ law, version }) => ({ law: law!, version: version! })),
    'law,number': articles.map(({ law, number }) => ({ law: law!, number: number! })),
    'law,lineage': await rows(
      sql`select l.slug as law, x.slug as lineage from article_lineage x join law l on l.id = x.law_id order by x.id limit 6`,
    ),
  };
}

function send(req: FuzzRequest): Promise<number> {
  const s = req.identity === 'admin' || req.identity === 'editor' ? sessions[req.identity] : null;
  const token = req.token === 'wrong' ? 'x'.repeat(43) : req.token === 'none' || !s ? '' : s.csrf;
  const body = Buffer.from(
    typeof req.body === 'string'
      ? req.body.replaceAll('{{csrf}}', req.token === 'body' || req.token === 'wrong' ? token : '')
      : req.body,
  );
  const headers: Record<string, string | number> = { ...req.headers, 'content-length': body.length };
  if (s) headers.cookie = `atlas_session=${s.id}`;
  if (req.identity === 'junk-cookie') headers.cookie = 'atlas_session=%E0%A4%A; atlas_csrf=%';
  if (req.token === 'header' && s) headers['x-csrf-token'] = s.csrf;
  // Large bodies close the connection, so a refusal mid-body cannot desynchronise keep-alive.
  if (body.length > 64 * 1024) headers.connection = 'close';
  return new Promise((resolve, reject) => {
    const r = http.request({ host: '127.0.0.1', port, method: req.method, path: req.path, headers, agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    r.on('error', reject);
    r.end(body);
  });
}

beforeAll(async () => {
  tdb = await createTestDatabase({ seeded: true });
  await createUser(tdb.db, 'fuzz-admin@example.org', 'admin', 'fuzz admin password');
  await createUser(tdb.db, 'fuzz-editor@example.org', 'editor', 'fuzz editor password');
  await ensureSessions();
  // A source, so pause, resume and "poll now" are reached with an id that exists.
  await sql`insert into source (feed_url, given_url, outlet_id, default_language, poll_interval_minutes)
    select 'http://127.0.0.1/feed.xml', 'http://127.0.0.1/feed.xml', id, 'en', 60 from outlet order by id limit 1`.execute(
    tdb.db,
  );
  known = await knownValues();
  tuples = await knownTuples();
  const instance = app();
  routes = listRoutes(instance);
  server = http.createServer(instance);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
const stats: Record<string, number> = {};
afterAll(async () => {
  if (process.env.FUZZ_STATS) process.stdout.write(`${JSON.stringify(stats, null, 1)}\n`);
  agent.destroy();
  await new Promise((resolve) => server.close(resolve));
  await tdb.drop();
});

describe('the fuzz net', () => {
  it('finds every route in the router, public and admin', () => {
    const paths = routes.map((r) => `${r.method} ${r.path}`);
    expect(routes.length).toBeGreaterThan(60);
    for (const expected of [
      'GET /laws/:law/:version/articles/:number',
      'POST /admin/import',
      'POST /api/extract',
      'GET /reports/:slug/cite.bib',
      'GET /healthz',
      'POST /admin/sources',
      'POST /admin/sources/:id/poll',
      'POST /admin/reports/from-url',
      'GET /admin/reports/:slug/source',
    ]) {
      expect(paths).toContain(expected);
    }
  });

  // One test per route, built from the router at collection time so every route shows by name;
  // then paths no route matches, which reach static files, the 404 page and slug redirects.
  const unrouted: AppRoute[] = [
    { method: 'GET', path: '/assets/:file' },
    { method: 'GET', path: '/:a/:b/:c' },
    { method: 'POST', path: '/:a/:b' },
  ];
  const collected = [...listRoutes(createTestApp({} as never)), ...unrouted];
  it.each(collected.map((r) => [`${r.method} ${r.path}`, r] as const))(
    '%s: no 5xx, the app stays up, refusals write nothing',
    async (_name, route) => {
      const reads = route.method === 'GET' || route.method === 'HEAD';
      const start = await dbFingerprint(tdb.db);
      await fc.assert(
        fc.asyncProperty(requestsFor(route, known, tuples), async (req) => {
          const before = reads ? null : await dbFingerprint(tdb.db);
          const status = await send(req);
          if (process.env.FUZZ_STATS)
            stats[`${route.method} ${route.path} ${status}`] =
              (stats[`${route.method} ${route.path} ${status}`] ?? 0) + 1;
          if (status >= 500 || status === 0)
            throw new Error(`${req.method} ${req.path.slice(0, 300)} answered ${status}`);
          if (before !== null && status >= 400 && (await dbFingerprint(tdb.db)) !== before) {
            throw new Error(
              `${req.method} ${req.path.slice(0, 300)} was refused with ${status} but changed the database`,
            );
          }
          if (route.path === '/admin/logout') await ensureSessions();
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
      if (reads) expect(await dbFingerprint(tdb.db)).toBe(start);
      expect(
        await send({ identity: 'anonymous', token: 'none', method: 'GET', path: '/healthz', headers: {}, body: '' }),
      ).toBe(200);
    },
    120_000,
  );
});
