#!/usr/bin/env node
// After `tsc -p tsconfig.build.json` (incremental): removes what an earlier build emitted for a
// source that is gone — tsc never deletes outputs, and a moved module would otherwise linger in dist/
// under its old name — then stamps dist/BUILT, which bin/atlas.js compares with the sources.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'dist');
const emitted = /\.(js|js\.map|d\.ts)$/;

for (const top of ['src', 'migrations']) {
  const out = path.join(dist, top);
  if (!fs.existsSync(out)) continue;
  for (const entry of fs.readdirSync(out, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !emitted.test(entry.name)) continue;
    const file = path.join(entry.parentPath ?? entry.path, entry.name);
    const source = path.join(root, path.relative(dist, file)).replace(emitted, '.ts');
    if (!fs.existsSync(source)) fs.rmSync(file);
  }
  removeEmptyFolders(out);
}
function removeEmptyFolders(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }))
    if (entry.isDirectory()) removeEmptyFolders(path.join(dir, entry.name));
  if (fs.readdirSync(dir).length === 0) fs.rmdirSync(dir);
}

fs.writeFileSync(path.join(dist, 'BUILT'), `${new Date().toISOString()}\n`);
