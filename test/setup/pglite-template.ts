import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { processAlive, root } from './spawned-server.ts';

/**
 * One migrated and seeded embedded-database directory per run, built by the real CLI (as `npm start`
 * would on first run) and copied for each test that asks. A fresh PGlite cluster costs about 7 s of
 * CPU to create and seed, so global setup starts the build in the background, beside the PostgreSQL
 * templates, while one core is idle; tests whose subject is not that first run (the data-directory
 * lock, a taken port, embedded mode) wait for it and start from a copy.
 */
const templateOf = (runDir: string) => path.join(runDir, 'pglite-seeded');

const buildPidFile = (runDir: string) => path.join(runDir, 'pglite-build.pid');

/**
 * Called by global teardown: a run of a few files may end before the build has; it must not outlive
 * the run. The PID file exists only while the build runs (its exit removes it), so a PID the system
 * has since given to another process is never signalled.
 */
export async function stopTemplateBuild(runDir: string): Promise<void> {
  const file = buildPidFile(runDir);
  if (!fs.existsSync(file)) return;
  const pid = Number(fs.readFileSync(file, 'utf8'));
  if (!processAlive(pid)) return;
  process.kill(pid, 'SIGKILL');
  for (let i = 0; i < 50 && processAlive(pid); i++) await new Promise((r) => setTimeout(r, 20));
}

/** Called by global setup: starts `atlas seed` into the template; a failure is written beside it. */
export function startTemplateBuild(runDir: string): void {
  const template = templateOf(runDir);
  const building = `${template}.tmp`;
  const child = spawn(process.execPath, [path.join(root, 'bin/atlas.js'), 'seed'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '', ATLAS_DATA_DIR: building, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const pidFile = buildPidFile(runDir);
  fs.writeFileSync(pidFile, String(child.pid));
  let stderr = '';
  child.stderr!.on('data', (c: Buffer) => {
    stderr += c.toString();
  });
  child.on('exit', (code, signal) => {
    fs.rmSync(pidFile, { force: true });
    if (code === 0) fs.renameSync(building, template);
    else fs.writeFileSync(`${template}.failed`, `atlas seed exited with ${code ?? signal}\n${stderr}`);
  });
}

/** A fresh copy of the run's template, once global setup's build has finished. */
export async function seededDataDir(prefix: string): Promise<string> {
  // Global setup makes the run's directory, and global teardown removes it with the template.
  const runDir = process.env.ATLAS_TEST_RUN_DIR;
  if (!runDir) throw new Error('ATLAS_TEST_RUN_DIR is unset: run the tests through Jest (npm test)');
  const template = templateOf(runDir);
  for (let i = 0; i < 1200 && !fs.existsSync(template); i++) {
    if (fs.existsSync(`${template}.failed`)) throw new Error(fs.readFileSync(`${template}.failed`, 'utf8'));
    await new Promise((r) => setTimeout(r, 100));
  }
  if (!fs.existsSync(template)) throw new Error(`no seeded PGlite template appeared at ${template} in 120 s`);
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.cpSync(template, copy, { recursive: true });
  return copy;
}
