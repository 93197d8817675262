import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

/**
 * A throwaway PostgreSQL cluster for the test run, from the Debian binaries. initdb refuses to
 * run as root, so as root the cluster belongs to the postgres user.
 */
export interface Cluster {
  url: string;
  dir: string;
  binDir: string;
  runAs: string | null;
}

export function findPostgresBinDir(): string {
  const base = '/usr/lib/postgresql';
  const versions = fs.existsSync(base)
    ? fs
        .readdirSync(base)
        .filter((v) => fs.existsSync(path.join(base, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions[0]) return path.join(base, versions[0], 'bin');
  const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
  if (which.status === 0 && which.stdout.trim()) return path.dirname(fs.realpathSync(which.stdout.trim()));
  throw new Error(
    'PostgreSQL server binaries (initdb, pg_ctl) were not found, and DATABASE_URL is not set. ' +
      'Install them with: sudo apt-get update && sudo apt-get install -y postgresql — or set DATABASE_URL to a server the tests may create databases on.',
  );
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function run(cluster: Pick<Cluster, 'binDir' | 'runAs'>, tool: string, args: string[]): void {
  const bin = path.join(cluster.binDir, tool);
  const [cmd, argv] = cluster.runAs ? ['runuser', ['-u', cluster.runAs, '--', bin, ...args]] : [bin, args];
  execFileSync(cmd as string, argv as string[], { stdio: 'pipe' });
}

/** `settings`: extra `name=value` server settings (the benchmark gives its million rows more shared buffers). */
export async function startCluster(settings: string[] = []): Promise<Cluster> {
  const binDir = findPostgresBinDir();
  const runAs = process.getuid?.() === 0 ? 'postgres' : null;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-pg-'));
  const dataDir = path.join(dir, 'data');
  fs.mkdirSync(dataDir);
  if (runAs) execFileSync('chown', ['-R', `${runAs}:${runAs}`, dir]);
  const port = await freePort();
  const cluster = { url: `postgres://postgres@127.0.0.1:${port}/postgres`, dir, binDir, runAs };
  run(cluster, 'initdb', [
    '-D',
    dataDir,
    '-U',
    'postgres',
    '--auth=trust',
    '-E',
    'UTF8',
    '--locale=C.UTF-8',
    '--no-sync',
  ]);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off${settings.map((x) => ` -c ${x}`).join('')}`;
  run(cluster, 'pg_ctl', ['-D', dataDir, '-o', options, '-l', path.join(dir, 'server.log'), '-w', 'start']);
  return cluster;
}

export function stopCluster(cluster: Cluster): void {
  try {
    run(cluster, 'pg_ctl', ['-D', path.join(cluster.dir, 'data'), '-m', 'immediate', '-w', 'stop']);
  } finally {
    fs.rmSync(cluster.dir, { recursive: true, force: true });
  }
}
