#!/usr/bin/env node
// Runs the compiled CLI from dist/ (built by `npm install`'s prepare step, or `npm run build`).
// When a source file is newer than that build — an edit, a pull — it runs the TypeScript sources
// through tsx instead, so a stale build never serves old code; `npm run build` makes it fast again.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function builtAt() {
  try {
    return fs.statSync(path.join(root, 'dist/BUILT')).mtimeMs;
  } catch {
    return null;
  }
}

function newestSource() {
  let newest = 0;
  for (const dir of ['src', 'migrations']) {
    for (const entry of fs.readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })) {
      if (entry.isFile())
        newest = Math.max(newest, fs.statSync(path.join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
    }
  }
  for (const file of ['tsconfig.json', 'tsconfig.build.json'])
    newest = Math.max(newest, fs.statSync(path.join(root, file)).mtimeMs);
  return newest;
}

async function loadCli() {
  const built = builtAt();
  if (built !== null && built >= newestSource()) return import('../dist/src/cli/main.js');
  const { register } = await import('tsx/esm/api');
  register();
  return import('../src/cli/main.ts');
}

// `atlas export … | head` closes the pipe early: that ends the output, it is not a failure.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const { runCli } = await loadCli();
process.exitCode = await runCli(process.argv.slice(2));
