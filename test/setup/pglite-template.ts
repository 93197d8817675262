import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root } from './spawned-server.ts';

/**
 * A fresh copy of one migrated and seeded embedded-database directory, built the first time a test
 * in this run asks (by the real CLI, as `npm start` would on first run) and copied after that. A
 * fresh PGlite cluster costs seconds of CPU to create and seed; tests whose subject is not that
 * first run (the data-directory lock, a taken port) start from the copy. The first-run path keeps its
 * own test on an empty directory.
 */
export async function seededDataDir(prefix: string): Promise<string> {
  // Global setup makes the run's directory, and global teardown removes it with the template.
  const runDir = process.env.ATLAS_TEST_RUN_DIR;
  if (!runDir) throw new Error('ATLAS_TEST_RUN_DIR is unset: run the tests through Jest (npm test)');
  const template = path.join(runDir, 'pglite-seeded');
  await built(template);
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.cpSync(template, copy, { recursive: true });
  return copy;
}

/** One builder across Jest's workers: mkdir is atomic, so whoever makes the lock directory builds. */
async function built(template: string): Promise<void> {
  const lock = `${template}.building`;
  try {
    fs.mkdirSync(lock);
  } catch {
    for (let i = 0; i < 1200 && !fs.existsSync(template); i++) await new Promise((r) => setTimeout(r, 100));
    if (!fs.existsSync(template)) throw new Error(`no seeded PGlite template appeared at ${template}`);
    return;
  }
  const building = `${template}.tmp`;
  execFileSync(process.execPath, [path.join(root, 'bin/atlas.js'), 'seed'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '', ATLAS_DATA_DIR: building, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  fs.renameSync(building, template);
}
