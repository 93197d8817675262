import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { csrfFrom } from './admin-agent.ts';
import type { ReproRequest } from './repros.ts';

export const root = path.resolve(import.meta.dirname, '../..');

/** A port nothing listens on right now (the kernel's pick, released at once). */
/** Whether a process with this PID exists (signal 0 checks without sending anything). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export interface Spawned {
  child: ChildProcess;
  port: number;
  output(): { stdout: string; stderr: string };
  /** resolves with the exit code (or the signal's name) */
  exited: Promise<number | string>;
}

/** Runs `command` (default: the real `atlas serve`) and waits until it says it is serving. */
export async function spawnServer(
  env: Record<string, string>,
  command: string[] = [process.execPath, path.join(root, 'bin/atlas.js'), 'serve'],
): Promise<Spawned> {
  const port = Number(env.PORT ?? (await freePort()));
  const child = spawn(command[0]!, command.slice(1), {
    cwd: root,
    // One worker unless a test asks for more: each one is another Node process to start.
    env: { ...process.env, LOG_LEVEL: 'warn', HOST: '127.0.0.1', WEB_CONCURRENCY: '1', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (c) => (stdout += c));
  child.stderr!.on('data', (c) => (stderr += c));
  let ended = false;
  const exited = new Promise<number | string>((resolve) =>
    child.on('exit', (code, signal) => {
      ended = true;
      resolve(code ?? signal ?? 'unknown');
    }),
  );
  const spawned = { child, port, output: () => ({ stdout, stderr }), exited };
  await new Promise<void>((resolve) => {
    const check = () => (ended || stdout.includes('is serving on') ? resolve() : setTimeout(check, 50));
    check();
  });
  return spawned;
}

export interface RawResponse {
  status: number;
  headers: string;
  body: string;
}

/** Sends one request over a fresh socket exactly as given, and reads the answer to its end. */
export function rawRequest(port: number, req: ReproRequest, cookie?: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const headers = { ...req.headers };
    if (cookie && !headers.cookie) headers.cookie = cookie;
    const head = [
      `${req.method} ${req.path} HTTP/1.1`,
      `Host: 127.0.0.1:${port}`,
      'Connection: close',
      `Content-Length: ${req.body.length}`,
    ];
    for (const [k, v] of Object.entries(headers)) head.push(`${k}: ${v}`);
    const chunks: Buffer[] = [];
    socket.on('data', (c) => chunks.push(c));
    socket.on('error', reject);
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const split = text.indexOf('\r\n\r\n');
      const status = Number(text.slice(9, 12));
      resolve({ status, headers: text.slice(0, split), body: text.slice(split + 4) });
    });
    // Never half-close: Node's HTTP server takes the client's FIN as an abandoned request.
    socket.write(`${head.join('\r\n')}\r\n\r\n`);
    socket.write(req.body);
  });
}

/** Sends the headers and part of a body, then hangs up: a client that vanishes mid-upload. */
export function abandonRequest(port: number, req: ReproRequest, cookie: string, sendBytes: number): Promise<void> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      const head = [
        `${req.method} ${req.path} HTTP/1.1`,
        `Host: 127.0.0.1:${port}`,
        `Content-Length: ${req.body.length}`,
        `cookie: ${cookie}`,
      ];
      for (const [k, v] of Object.entries(req.headers)) head.push(`${k}: ${v}`);
      socket.write(`${head.join('\r\n')}\r\n\r\n`);
      socket.write(req.body.subarray(0, sendBytes), () => setTimeout(() => socket.destroy(), 50));
    });
    socket.on('error', () => {});
    socket.on('close', () => resolve());
  });
}

/** Signs in over HTTP as a browser would: the cookies to send, and the session's CSRF token. */
export async function signInOverHttp(
  port: number,
  email: string,
  password: string,
): Promise<{ cookie: string; token: string }> {
  const base = `http://127.0.0.1:${port}`;
  const cookieOf = (res: Response) =>
    res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0]!)
      .join('; ');
  const page = await fetch(`${base}/admin/login`);
  const prelogin = cookieOf(page);
  const body = new URLSearchParams({ _csrf: csrfFrom(await page.text()), email, password });
  const login = await fetch(`${base}/admin/login`, {
    method: 'POST',
    body,
    headers: { cookie: prelogin },
    redirect: 'manual',
  });
  if (login.status !== 303) throw new Error(`sign-in as ${email} answered ${login.status}`);
  const cookie = cookieOf(login)
    .split('; ')
    .filter((c) => c.startsWith('atlas_session='))
    .join('; ');
  const dashboard = await fetch(`${base}/admin`, { headers: { cookie } });
  return { cookie, token: csrfFrom(await dashboard.text()) };
}
