import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { sql } from 'kysely';
import pg from 'pg';
import pino from 'pino';
import request from 'supertest';
import { createApp } from '../../src/app.ts';
import { createUser } from '../../src/admin/auth.service.ts';
import { createRoutedKysely } from '../../src/db/read-routing.ts';
import { csrfFrom, signIn } from '../setup/admin-agent.ts';
import { freePort } from '../setup/spawned-server.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

// A real streaming replica of the throwaway cluster: pg_basebackup -R, a second port on loopback.
// Without that cluster (DATABASE_URL pointing elsewhere) there is nothing this test may copy.
const clusterDir = process.env.ATLAS_TEST_CLUSTER_DIR;
const describeWithCluster = clusterDir ? describe : describe.skip;

const binDir = process.env.ATLAS_TEST_CLUSTER_BIN ?? '';
const runAs = process.env.ATLAS_TEST_CLUSTER_USER || null;
function pgTool(tool: string, args: string[]): void {
  const bin = path.join(binDir, tool);
  const [cmd, argv] = runAs ? ['runuser', ['-u', runAs, '--', bin, ...args]] : [bin, args];
  execFileSync(cmd, argv, { stdio: 'pipe' });
}

const article = '/laws/kp-criminal-code/2015/articles/74';
const adminArticle = `/admin${article}`;

describeWithCluster('public reads from a streaming replica', () => {
  let tdb: TestDatabase;
  let replicaDir: string;
  let replicaUrl: string;
  let routed: ReturnType<typeof createRoutedKysely>;
  let app: ReturnType<typeof createApp>;
  let replica: pg.Client;
  const logLines: string[] = [];
  let replicaRunning = false;

  beforeAll(async () => {
    tdb = await createTestDatabase({ seeded: true });
    await createUser(tdb.db, 'replica@example.org', 'editor', 'replica editor pass');
    const primary = new URL(tdb.url);
    replicaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-replica-'));
    if (runAs) execFileSync('chown', [`${runAs}:${runAs}`, replicaDir]);
    const data = path.join(replicaDir, 'data');
    pgTool('pg_basebackup', [
      '-h',
      '127.0.0.1',
      '-p',
      primary.port,
      '-U',
      'postgres',
      '-D',
      data,
      '-R',
      '-X',
      'stream',
      '-c',
      'fast',
    ]);
    const port = await freePort();
    pgTool('pg_ctl', [
      '-D',
      data,
      '-o',
      `-p ${port} -k ${replicaDir} -c listen_addresses=127.0.0.1 -c hot_standby=on`,
      '-l',
      path.join(replicaDir, 'server.log'),
      '-w',
      'start',
    ]);
    replicaRunning = true;
    const r = new URL(tdb.url);
    r.port = String(port);
    replicaUrl = r.toString();
    replica = new pg.Client({ connectionString: replicaUrl });
    replica.on('error', () => {});
    await replica.connect();
    const log = new Writable({
      write(chunk, _enc, done) {
        logLines.push(String(chunk));
        done();
      },
    });
    const logger = pino({ level: 'info' }, log);
    routed = createRoutedKysely(tdb.url, [replicaUrl], 4, logger);
    // A fixed PUBLIC_URL, so supertest's changing port does not split the page cache.
    app = createApp({ db: routed.db, reads: routed.router, config: { publicUrl: 'http://atlas.test' }, logger });
  }, 60_000);

  afterAll(async () => {
    await replica?.end().catch(() => {});
    await routed?.db.destroy();
    if (replicaRunning) pgTool('pg_ctl', ['-D', path.join(replicaDir, 'data'), '-m', 'immediate', '-w', 'stop']);
    if (replicaDir) fs.rmSync(replicaDir, { recursive: true, force: true });
    await tdb?.drop();
  });

  const replayed = async () =>
    (await replica.query<{ lsn: string }>('select pg_last_wal_replay_lsn()::text as lsn')).rows[0]!.lsn;
  // The insert position: the test cluster commits asynchronously, so the write position may not yet include the commit.
  const primaryLsn = async () =>
    (await sql<{ lsn: string }>`select pg_current_wal_insert_lsn()::text as lsn`.execute(tdb.db)).rows[0]!.lsn;
  const caughtUp = async (target: string) =>
    (await replica.query<{ ok: boolean }>('select pg_last_wal_replay_lsn() >= $1::pg_lsn as ok', [target])).rows[0]!.ok;

  it('is a real hot standby', async () => {
    expect((await replica.query<{ r: boolean }>('select pg_is_in_recovery() as r')).rows[0]!.r).toBe(true);
  });

  it('serves public pages from the replica while admin writes read back from the primary', async () => {
    const before = await request(app).get(article).expect(200);
    expect(before.text).not.toContain('Written while the replica lags');
    // Replay paused: everything the primary commits from now on is lag the replica shows.
    await replica.query('select pg_wal_replay_pause()');
    // A pause takes hold at the next WAL record replayed; a checkpoint on the primary makes one.
    for (let i = 0; i < 100; i++) {
      const state = (await replica.query<{ s: string }>('select pg_get_wal_replay_pause_state() as s')).rows[0]!.s;
      if (state === 'paused') break;
      await sql`checkpoint`.execute(tdb.db);
      await new Promise((r) => setTimeout(r, 50));
    }
    const editor = await signIn(app, 'replica@example.org', 'replica editor pass');
    const form = (await editor.get(adminArticle).expect(200)).text;
    const field = (name: string) => form.match(new RegExp(`name="${name}" value="([^"]*)"`))?.[1] ?? '';
    const body = {
      _csrf: csrfFrom(form),
      lock_version: field('lock_version'),
      heading: 'Written while the replica lags',
      chapter: '',
      summary: '',
      text_en: '',
      text_ko: '',
      provenance: '',
      source_url: '',
    };
    await editor.post(adminArticle).type('form').send(body).expect(303);
    const written = await primaryLsn();
    expect(await caughtUp(written)).toBe(false);

    // The session reads its own write, on the admin form and on the public page...
    expect((await editor.get(adminArticle).expect(200)).text).toContain('value="Written while the replica lags"');
    expect((await editor.get(article).expect(200)).text).toContain('Written while the replica lags');
    // ...while an anonymous visitor is answered by the lagging replica.
    const lagging = await request(app).get(article).expect(200);
    expect(lagging.text).not.toContain('Written while the replica lags');
    expect(await replayed()).not.toBe(written);

    await replica.query('select pg_wal_replay_resume()');
    // Replay resumes at once, but on a loaded two-core machine it can take seconds to get there.
    for (let i = 0; i < 600 && !(await caughtUp(written)); i++) await new Promise((r) => setTimeout(r, 50));
    expect(await caughtUp(written)).toBe(true);
    expect((await request(app).get(article).expect(200)).text).toContain('Written while the replica lags');
  }, 90_000);

  it('answers public pages from the primary when the replica is stopped, and says so once', async () => {
    pgTool('pg_ctl', ['-D', path.join(replicaDir, 'data'), '-m', 'fast', '-w', 'stop']);
    replicaRunning = false;
    for (const p of [article, '/reports', article, '/']) await request(app).get(p).expect(200);
    const health = await request(app).get('/healthz').expect(200);
    expect(health.body.replicas).toEqual([{ replica: expect.stringMatching(/^127\.0\.0\.1:\d+\//), up: false }]);
    const warnings = logLines.filter((l) => l.includes('read replica unreachable'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).not.toMatch(/password/i);
  });
});
