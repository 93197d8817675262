import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
let nextPort = Number(process.env.BENCH_PORT_BASE ?? 0);

/** BENCH_PORT_BASE, counting up, when set (a shared machine hands out ranges); else the kernel's pick. */
export async function benchPort(): Promise<number> {
  if (nextPort > 0) return nextPort++;
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export interface Running {
  base: string;
  pid: number;
  stop(): Promise<void>;
}

/** Whether the process has ended: with a code, or killed by a signal (then its exit code stays null). */
const ended = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

async function waitFor(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 150; i++) {
    if (ended(child)) throw new Error(`${url}: the process exited with ${child.exitCode ?? child.signalCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer`);
}

// The bench stops each server where it is done with it and again on the way out; a second stop of a
// process a signal ended used to wait for an 'exit' that had already come, and the bench never exited.
function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise<void>((resolve) => {
      if (ended(child)) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
}

/** The real `atlas serve` on the bench database, with the given environment on top. */
export async function startApp(dbUrl: string, env: Record<string, string>): Promise<Running> {
  const port = await benchPort();
  const child = spawn(process.execPath, [path.join(root, 'bin/atlas.js'), 'serve'], {
    env: {
      ...process.env,
      DATABASE_URL: dbUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      DB_POOL_SIZE: '16',
      WEB_CONCURRENCY: '1',
      ...env,
    },
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/healthz`, child);
  return { base, pid: child.pid!, stop: stopper(child) };
}

/** The Fortunes-style floor (test/bench/floor-server.ts) in its own process. */
export async function startFloor(dbUrl: string, query: (sql: string) => Promise<unknown>): Promise<Running> {
  await query(FORTUNE_SQL);
  const port = await benchPort();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'test/bench/floor-server.ts'), String(port), dbUrl],
    { stdio: 'ignore', env: process.env },
  );
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/fortunes`, child);
  return { base, pid: child.pid!, stop: stopper(child) };
}

export const haveNginx = fs.existsSync('/usr/sbin/nginx');

/** nginx (one worker process) serving `html` as a static file; null when nginx is not installed. */
export async function startNginx(html: string): Promise<(Running & { dir: string }) | null> {
  if (!haveNginx) return null;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-nginx-'));
  fs.chmodSync(dir, 0o755);
  fs.writeFileSync(path.join(dir, 'page.html'), html);
  fs.chmodSync(path.join(dir, 'page.html'), 0o644);
  const port = await benchPort();
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${dir}/${t};`).join(' ');
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    `worker_processes 1; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
events { worker_connections 1024; }
http { access_log off; ${temp}
  server { listen 127.0.0.1:${port}; root ${dir}; location / { default_type text/html; try_files /page.html =404; } } }`,
  );
  const child = spawn('/usr/sbin/nginx', ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: 'ignore',
  });
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/`, child);
  const stop = stopper(child);
  return {
    base,
    dir,
    pid: child.pid!,
    async stop() {
      await stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function nginxVersion(): string {
  try {
    return (
      spawnSync('/usr/sbin/nginx', ['-v'], { encoding: 'utf8' })
        .stderr.replace(/^nginx version: /, '')
        .trim() || 'nginx'
    );
  } catch (error) {
    return String((error as { stderr?: string }).stderr ?? 'nginx').trim();
  }
}

/** The table the floor page reads: twelve short messages, one of them markup to escape. */
export const FORTUNE_SQL = `
  create table if not exists bench_fortune (id int primary key, message text not null);
  insert into bench_fortune (id, message) values
    (1, 'A watched benchmark never converges.'), (2, 'Caches are promises about the future.'),
    (3, 'Measure twice, optimise once.'), (4, 'The slowest query is the one you forgot.'),
    (5, 'Every index is a bet on a question.'), (6, 'Latency hides in the tail.'),
    (7, '<script>alert("escaped")</script>'), (8, 'One more round trip is one too many.'),
    (9, 'フレームワークのベンチマーク'), (10, 'A ratio travels better than a number.'),
    (11, 'Two cores, three opinions.'), (12, 'The floor is lower than it looks.')
  on conflict (id) do nothing;`;
