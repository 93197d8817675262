import { execFile, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  /** CPU the load generator used, in cores (CPU seconds per second of wall time) */
  generatorCores: number | null;
}

export interface LoadOptions {
  connections: number;
  seconds: number;
  /** paths visited in turn; default the URL's own path */
  paths?: string[];
}

export const haveWrk = spawnSync('sh', ['-c', 'command -v wrk'], { encoding: 'utf8' }).status === 0;
const haveTime = fs.existsSync('/usr/bin/time');
export const loadGenerator = haveWrk ? 'wrk (1 thread, C, event loop)' : 'autocannon (Node, in the bench process)';

/** wrk when installed (1 thread, so it takes at most one core), else autocannon. */
export function load(url: string, options: LoadOptions): Promise<LoadResult> {
  return haveWrk ? runWrk(url, options) : runAutocannon(url, options);
}

function millis(value: string, unit: string): number {
  const n = Number(value);
  return unit === 'us' ? n / 1000 : unit === 's' ? n * 1000 : unit === 'm' ? n * 60_000 : n;
}

async function runWrk(url: string, { connections, seconds, paths }: LoadOptions): Promise<LoadResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-wrk-'));
  const args = ['-t1', `-c${connections}`, `-d${seconds}s`, '--latency'];
  if (paths) {
    const script = path.join(dir, 'paths.lua');
    fs.writeFileSync(
      script,
      `local paths = {${paths.map((p) => JSON.stringify(p)).join(',')}}\nlocal i = 0\nrequest = function()\n  i = i % #paths + 1\n  return wrk.format("GET", paths[i])\nend\n`,
    );
    args.push('-s', script);
  }
  args.push(url);
  const [cmd, argv] = haveTime ? ['/usr/bin/time', ['-f', 'cpu %U %S', 'wrk', ...args]] : ['wrk', args];
  try {
    const { stdout, stderr } = await new Promise<{ stdout: string; stderr: string }>((resolve, reject) =>
      execFile(cmd, argv, { encoding: 'utf8' }, (error, stdout, stderr) =>
        error ? reject(new Error(`wrk: ${stderr || error.message}`)) : resolve({ stdout, stderr }),
      ),
    );
    const rps = Number(stdout.match(/Requests\/sec:\s+([\d.]+)/)?.[1] ?? 0);
    const pct = (p: string) => {
      const m = stdout.match(new RegExp(`^\\s+${p}%\\s+([\\d.]+)(us|ms|s|m)\\s*$`, 'm'));
      return m ? Math.round(millis(m[1]!, m[2]!) * 100) / 100 : Number.NaN;
    };
    const non2xx = Number(stdout.match(/Non-2xx or 3xx responses: (\d+)/)?.[1] ?? 0);
    const socket = stdout.match(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/);
    const socketErrors = socket ? socket.slice(1).reduce((a, b) => a + Number(b), 0) : 0;
    const cpu = stderr.match(/cpu ([\d.]+) ([\d.]+)/);
    return {
      rps: Math.round(rps),
      p50: pct('50'),
      p99: pct('99'),
      errors: non2xx + socketErrors,
      generatorCores: cpu ? Math.round(((Number(cpu[1]) + Number(cpu[2])) / seconds) * 100) / 100 : null,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function runAutocannon(url: string, { connections, seconds, paths }: LoadOptions): Promise<LoadResult> {
  const r = await autocannon({
    url,
    connections,
    duration: seconds,
    ...(paths ? { requests: paths.map((p) => ({ method: 'GET' as const, path: p })) } : {}),
  });
  return {
    rps: Math.round(r.requests.average),
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors + r.non2xx,
    generatorCores: null,
  };
}
