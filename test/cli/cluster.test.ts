import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { createUser } from '../../src/admin/auth.service.ts';
import { csrfFrom } from '../setup/admin-agent.ts';
import { type Spawned, processAlive, rawRequest, root, signInOverHttp, spawnServer } from '../setup/spawned-server.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

const article = '/laws/kp-criminal-code/2015/articles/74';

describe('atlas serve with WEB_CONCURRENCY=2', () => {
  let tdb: TestDatabase;
  let server: Spawned;
  // Connection: close on every request, so the cluster hands each one to the next worker.
  const get = (p: string, cookie?: string) =>
    rawRequest(server.port, { method: 'GET', path: p, headers: {}, body: Buffer.alloc(0) }, cookie);
  const health = async () => JSON.parse((await get('/healthz')).body) as { pid: number; pageCache: { hits: number } };
  const workerPids = async () => {
    const pids = new Set<number>();
    for (let i = 0; i < 8; i++) pids.add((await health()).pid);
    return pids;
  };

  beforeAll(async () => {
    tdb = await createTestDatabase({ seeded: true });
    await createUser(tdb.db, 'cluster@example.org', 'editor', 'cluster editor pass');
    server = await spawnServer({
      DATABASE_URL: tdb.url,
      WEB_CONCURRENCY: '2',
      PAGE_CACHE_MB: '16',
      SHUTDOWN_TIMEOUT_MS: '2000',
    });
  }, 60_000);
  afterAll(async () => {
    if (server.child.exitCode === null) server.child.kill('SIGKILL');
    await tdb.drop();
  });

  it('serves from two worker processes and says so once', async () => {
    expect(server.output().stdout).toMatch(
      /is serving on http:\/\/127\.0\.0\.1:\d+ \(database: PostgreSQL\), 2 workers/,
    );
    expect((await workerPids()).size).toBe(2);
  });

  it('shows a change made through the admin on the very next public request, whichever worker answers', async () => {
    // Both workers hold the page in their caches before the change.
    for (let i = 0; i < 6; i++) expect((await get(article)).body).not.toContain('Changed under two workers');
    const hits = new Map<number, number>();
    for (let i = 0; i < 8; i++) {
      const h = await health();
      hits.set(h.pid, h.pageCache.hits);
    }
    expect([...hits.values()].every((n) => n > 0)).toBe(true);

    const { cookie } = await signInOverHttp(server.port, 'cluster@example.org', 'cluster editor pass');
    const form = (await get(`/admin${article}`, cookie)).body;
    const field = (name: string) => form.match(new RegExp(`name="${name}" value="([^"]*)"`))?.[1] ?? '';
    const body = new URLSearchParams({
      _csrf: csrfFrom(form),
      lock_version: field('lock_version'),
      heading: 'Changed under two workers',
      chapter: '',
      summary: '',
      text_en: '',
      text_ko: '',
      provenance: '',
      source_url: '',
    });
    const saved = await rawRequest(
      server.port,
      {
        method: 'POST',
        path: `/admin${article}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: Buffer.from(body.toString()),
      },
      cookie,
    );
    expect(saved.status).toBe(303);
    for (let i = 0; i < 6; i++) expect((await get(article)).body).toContain('Changed under two workers');
  });

  it('replaces a worker that dies', async () => {
    const [victim] = await workerPids();
    process.kill(victim!, 'SIGKILL');
    let pids = new Set<number>();
    for (let i = 0; i < 100 && (pids.size < 2 || pids.has(victim!)); i++) {
      await new Promise((r) => setTimeout(r, 100));
      pids = await workerPids().catch(() => new Set<number>());
    }
    expect(pids.size).toBe(2);
    expect(pids.has(victim!)).toBe(false);
    expect(server.output().stderr).toContain('worker died; starting another');
  });

  it('stops every worker on SIGTERM and exits 0', async () => {
    const pids = await workerPids();
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect([...pids].filter(processAlive)).toEqual([]);
  });
});

describe('WEB_CONCURRENCY on embedded PGlite', () => {
  it('refuses more than one process, in one line', () => {
    const env = { ...process.env, DATABASE_URL: '', WEB_CONCURRENCY: '2', ATLAS_DATA_DIR: 'memory://' };
    const r = spawnSync(process.execPath, [path.join(root, 'bin/atlas.js'), 'serve'], { env, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      'atlas: WEB_CONCURRENCY=2 needs DATABASE_URL: embedded PGlite allows one process per data directory (unset WEB_CONCURRENCY, or set DATABASE_URL to a PostgreSQL server)\n',
    );
  });
});
