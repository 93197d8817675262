import fs from 'node:fs';
import path from 'node:path';
import Sequencer from '@jest/test-sequencer';

/**
 * Jest starts the longest test files first so that no worker sits idle at the end of the run; it
 * knows their durations only from an earlier run's cache, which a fresh clone (and CI) lacks, and
 * then falls back to file size — which put the 19 s embedded-database test last, alone, for the
 * final 12 s. This sequencer supplies recorded durations (test/setup/test-durations.json, written by
 * `node test/setup/record-durations.mjs report.json`) when the cache has none. A stale list only
 * costs time, never correctness.
 */
const root = path.resolve(import.meta.dirname, '../..');
const recorded = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'test-durations.json'), 'utf8'));

export default class SlowestFirstSequencer extends (Sequencer.default ?? Sequencer) {
  time(test) {
    const cached = super.time(test);
    if (cached != null) return cached;
    const seconds = recorded[path.relative(root, test.path)];
    return seconds == null ? undefined : seconds * 1000;
  }
}
