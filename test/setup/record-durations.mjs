#!/usr/bin/env node
// Writes test/setup/test-durations.json from a Jest JSON report
// (`npm run jest -- --json --outputFile=report.json`): seconds per test file, for the sequencer.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const report = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const durations = Object.fromEntries(
  report.testResults
    .map((t) => [
      path.relative(root, t.name).replace(/^.*?(?=test\/)/, ''),
      Math.round((t.endTime - t.startTime) / 100) / 10,
    ])
    .sort((a, b) => b[1] - a[1]),
);
fs.writeFileSync(path.join(import.meta.dirname, 'test-durations.json'), `${JSON.stringify(durations, null, 1)}\n`);
