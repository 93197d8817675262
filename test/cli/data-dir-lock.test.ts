import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { DataDirLockedError, LOCK_FILE, lockDataDir } from '../../src/db/data-dir-lock.ts';
import { seededDataDir } from '../setup/pglite-template.ts';

const root = path.resolve(import.meta.dirname, '../..');
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-lock-'));

describe('one process per embedded data directory', () => {
  it('refuses a second owner naming the first, and lets the next one in once released', () => {
    const dir = tmp();
    try {
      const first = lockDataDir(dir, 'atlas serve');
      const error = (() => {
        try {
          lockDataDir(dir, 'atlas user');
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(DataDirLockedError);
      expect((error as Error).message).toContain(`in use by process ${process.pid} ("atlas serve"`);
      first.release();
      expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
      lockDataDir(dir, 'atlas user').release();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('takes over a lock left by a process that died, or by one whose PID now belongs to another program', () => {
    const dir = tmp();
    try {
      const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
        encoding: 'utf8',
      });
      const write = (holder: object) =>
        fs.writeFileSync(
          path.join(dir, LOCK_FILE),
          JSON.stringify({ command: 'atlas serve', startedAt: '2020-01-01T00:00:00Z', host: os.hostname(), ...holder }),
        );
      write({ pid: Number(dead.stdout), startTicks: null });
      lockDataDir(dir).release();
      write({ pid: process.ppid, startTicks: '1' });
      const lock = lockDataDir(dir);
      expect(JSON.parse(fs.readFileSync(path.join(dir, LOCK_FILE), 'utf8')).pid).toBe(process.pid);
      lock.release();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('with atlas serve running', () => {
    // Seeded already: what is under test is the lock, not a first run.
    let dir = '';
    let server: ChildProcess;
    let port = 0;
    const env = () => ({
      ...process.env,
      DATABASE_URL: '',
      ATLAS_DATA_DIR: dir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
    });
    const userAdd = (email: string) =>
      spawnSync(
        process.execPath,
        [path.join(root, 'bin/atlas.js'), 'user', 'add', email, '--role', 'admin', '--password-stdin'],
        { cwd: root, env: env(), input: 'a long enough password\n', encoding: 'utf8', timeout: 120_000 },
      );

    beforeAll(async () => {
      dir = await seededDataDir('atlas-lock-');
      port = await new Promise<number>((resolve) => {
        const s = net.createServer().listen(0, '127.0.0.1', () => {
          const p = (s.address() as net.AddressInfo).port;
          s.close(() => resolve(p));
        });
      });
      server = spawn(process.execPath, [path.join(root, 'bin/atlas.js'), 'serve'], { cwd: root, env: env() });
      await new Promise<void>((resolve, reject) => {
        let out = '';
        server.stdout!.on('data', (c: Buffer) => {
          out += c.toString();
          if (out.includes('is serving on')) resolve();
        });
        server.on('exit', (code) => reject(new Error(`atlas serve exited with ${code} before serving`)));
      });
    }, 180_000);
    afterAll(() => {
      if (server.exitCode === null) server.kill('SIGKILL');
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
    });

    it('stops atlas user add at once with exit code 2, naming the server and what to do; after the server stops it works', async () => {
      const refused = userAdd('second@example.org');
      expect(refused.status).toBe(2);
      expect(refused.stdout).toBe('');
      expect(refused.stderr).toContain(`is in use by process ${server.pid} ("atlas serve"`);
      expect(refused.stderr).toContain(
        `Stop that process first (Ctrl-C in its terminal, or kill ${server.pid}), or run this command against a PostgreSQL server with DATABASE_URL.`,
      );
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(health.status).toBe(200);

      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
      expect(fs.existsSync(path.join(dir, LOCK_FILE))).toBe(false);
      const created = userAdd('second@example.org');
      expect(created.stderr).toBe('');
      expect(created.stdout).toBe('Created admin second@example.org.\n');
      expect(created.status).toBe(0);
    }, 180_000);
  });
});
