import { execFileSync, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createUser } from '../../src/admin/auth.service.ts';
import { dbFingerprint } from '../setup/db-fingerprint.ts';
import { visibleText } from '../setup/html.ts';
import { aliasBomb, deepJson, multipartBody, repros } from '../setup/repros.ts';
import { seededDataDir } from '../setup/pglite-template.ts';
import {
  type Spawned,
  abandonRequest,
  rawRequest,
  processAlive,
  root,
  signInOverHttp,
  spawnServer,
} from '../setup/spawned-server.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

async function until(condition: () => boolean, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50)))
    if (condition()) return true;
  return condition();
}

describe('the real server process', () => {
  let tdb: TestDatabase;
  let server: Spawned;
  const sessions: Record<string, { cookie: string; token: string }> = {};
  beforeAll(async () => {
    tdb = await createTestDatabase({ seeded: true });
    await createUser(tdb.db, 'proc-admin@example.org', 'admin', 'process admin pass');
    await createUser(tdb.db, 'proc-editor@example.org', 'editor', 'process editor pass');
    server = await spawnServer({ DATABASE_URL: tdb.url });
    sessions.admin = await signInOverHttp(server.port, 'proc-admin@example.org', 'process admin pass');
    sessions.editor = await signInOverHttp(server.port, 'proc-editor@example.org', 'process editor pass');
  }, 60_000);
  afterAll(async () => {
    if (server.child.exitCode === null) server.child.kill('SIGKILL');
    await tdb.drop();
  });

  const healthy = async () => (await fetch(`http://127.0.0.1:${server.port}/healthz`)).status;

  it.each(repros.map((r) => [r.name, r] as const))('survives %s sent over a socket', async (_name, repro) => {
    const session = repro.role ? sessions[repro.role]! : { cookie: '', token: '' };
    const before = await dbFingerprint(tdb.db);
    const res = await rawRequest(server.port, repro.build(session.token), session.cookie || undefined);
    expect(res.status).toBe(repro.status);
    expect(visibleText(res.body)).toMatch(repro.message);
    expect(await healthy()).toBe(200);
    expect(server.child.exitCode).toBeNull();
    expect(await dbFingerprint(tdb.db)).toBe(before);
  });

  it('survives clients that hang up in the middle of an upload, a form and a JSON body', async () => {
    const { cookie, token } = sessions.admin!;
    const upload = {
      method: 'POST' as const,
      path: '/admin/import',
      headers: { 'content-type': 'multipart/form-data; boundary=reproboundary' },
      body: multipartBody({ _csrf: token }, { name: 'a.yaml', content: 'outlets: []\n'.repeat(5000) }),
    };
    const form = {
      method: 'POST' as const,
      path: '/admin/review',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: Buffer.from(`_csrf=${token}&action=reject&ids=${'1'.repeat(50_000)}`),
    };
    const json = {
      method: 'POST' as const,
      path: '/api/extract',
      headers: { 'content-type': 'application/json' },
      body: Buffer.from(JSON.stringify({ text: 'Article 60 '.repeat(20_000) })),
    };
    for (const req of [upload, form, json]) await abandonRequest(server.port, req, cookie, 1000);
    expect(await healthy()).toBe(200);
    expect(server.child.exitCode).toBeNull();
  });

  it('stops cleanly on SIGTERM', async () => {
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(server.output().stderr).toBe('');
  });
});

describe('starting and stopping', () => {
  it('exits 1 with one line when the port is taken, closing the embedded database', async () => {
    // Seeded already: the port is found taken after the database is open, which must then close.
    const dataDir = await seededDataDir('atlas-port-');
    const blocker = net.createServer();
    const port = await new Promise<number>((resolve) =>
      blocker.listen(0, '127.0.0.1', () => resolve((blocker.address() as net.AddressInfo).port)),
    );
    try {
      const started = await spawnServer({ ATLAS_DATA_DIR: dataDir, PORT: String(port) });
      let timer: NodeJS.Timeout | undefined;
      const code = await Promise.race([
        started.exited,
        new Promise((r) => (timer = setTimeout(() => r('still running after 90 s'), 90_000))),
      ]);
      clearTimeout(timer);
      if (code === 'still running after 90 s') started.child.kill('SIGKILL');
      expect(code).toBe(1);
      expect(started.output().stderr).toBe(
        `atlas: port ${port} is in use (set PORT to another port, or stop what is using it)\n`,
      );
    } finally {
      blocker.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);

  it('refuses to serve in production without PUBLIC_URL, in one line', async () => {
    const started = await spawnServer({ NODE_ENV: 'production', DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' });
    expect(await started.exited).toBe(1);
    expect(started.output().stderr).toMatch(/^atlas: PUBLIC_URL must be set when NODE_ENV=production \([^\n]+\)\n$/);
  });

  it('leaves no server behind when the npm start process is sent SIGTERM', async () => {
    const tdb = await createTestDatabase({ seeded: true });
    try {
      const npm = await spawnServer({ DATABASE_URL: tdb.url }, ['npm', 'start', '--silent']);
      const children = execFileSync('ps', ['-o', 'pid=', '--ppid', String(npm.child.pid)], { encoding: 'utf8' })
        .trim()
        .split(/\s+/)
        .map(Number);
      // npm runs `exec node …`: its child is the server itself, not a shell in between.
      expect(children).toHaveLength(1);
      const serverPid = children[0]!;
      expect(execFileSync('ps', ['-o', 'args=', '-p', String(serverPid)], { encoding: 'utf8' })).toMatch(
        /node .*bin\/atlas\.js serve/,
      );
      npm.child.kill('SIGTERM');
      await npm.exited;
      expect(await until(() => !processAlive(serverPid), 10_000)).toBe(true);
    } finally {
      await tdb.drop();
    }
  }, 60_000);
});

describe('atlas import of hostile documents', () => {
  it('prints one problem line per file, no stack trace, exit 1, and writes nothing', async () => {
    const tdb = await createTestDatabase({ seeded: true });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-hostile-'));
    try {
      fs.writeFileSync(path.join(dir, 'deep.json'), deepJson(2000));
      fs.writeFileSync(path.join(dir, 'bomb.yaml'), aliasBomb);
      const before = await dbFingerprint(tdb.db);
      const run = spawnSync(
        process.execPath,
        [path.join(root, 'bin/atlas.js'), 'import', path.join(dir, 'deep.json'), path.join(dir, 'bomb.yaml')],
        {
          cwd: root,
          env: { ...process.env, DATABASE_URL: tdb.url, LOG_LEVEL: 'warn' },
          encoding: 'utf8',
        },
      );
      expect(run.status).toBe(1);
      expect(run.stderr).toBe(
        'Import rejected; nothing was written.\ndeep.json:line 1: nests values more than 64 levels deep\n' +
          'bomb.yaml:line 7: alias *f takes the import past 4,000,000 values once aliases are expanded\n',
      );
      expect(await dbFingerprint(tdb.db)).toBe(before);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      await tdb.drop();
    }
  });
});

describe('the last resort', () => {
  it('logs an exception no handler caught, closes the server and exits non-zero', async () => {
    const script = `
      import pino from 'pino';
      import { exitOnUncaughtErrors } from './src/cli/last-resort.ts';
      exitOnUncaughtErrors(pino({ level: 'silent' }), async () => { process.stdout.write('stopped\\n'); });
      setTimeout(() => { throw new Error('boom from a timer'); }, 10);
      setInterval(() => {}, 1000);
    `;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (err += c));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(out).toBe('stopped\n');
    expect(err).toBe('atlas: uncaught exception: boom from a timer; the server is shutting down\n');
  });
});
