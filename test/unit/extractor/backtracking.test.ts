import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { ExtractionContext } from '../../../src/extractor/citation.types.ts';
import { extractCitations } from '../../../src/extractor/extract.ts';
import { ADVERSARIAL, FRAGMENTS, repeatTo, SIZE } from '../../bench/adversarial.ts';

const fixtures = new URL('../../fixtures/citations/', import.meta.url);
const ctx = JSON.parse(readFileSync(new URL('context.json', fixtures), 'utf8')) as ExtractionContext;

/**
 * Hostile inputs at a fifth of the benchmark's size: a catastrophically backtracking pattern
 * (exponential) still takes minutes on them and trips Jest's timeout, and what is asserted is
 * that citations slice the input. How long the worst input takes at full size is measured by
 * `npm run bench` (test/bench/extraction.ts), never asserted here: a duration flakes on a busy machine.
 */
const UNIT_SIZE = SIZE / 5;

const fragmentRuns = fc
  .array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 40 })
  .map((parts) => repeatTo(parts.join(''), UNIT_SIZE));
const fragmentMixes = fc
  .array(fc.constantFrom(...FRAGMENTS), { minLength: 200, maxLength: 600 })
  .map((parts) => repeatTo(parts.join(''), UNIT_SIZE));
const randomText = fc.string({ unit: 'binary', minLength: 1, maxLength: 300 }).map((unit) => repeatTo(unit, UNIT_SIZE));

/** Every citation's offsets slice exactly the text it reports as written. */
function slicesExactly(text: string): boolean {
  return extractCitations(text, ctx, { date: '2016-01-01' }).every((c) => text.slice(c.start, c.end) === c.asWritten);
}

describe('extractCitations on hostile input', () => {
  it.each(ADVERSARIAL)('finishes %s, with citations that slice the input', (_label, text) => {
    expect(slicesExactly(text.slice(0, UNIT_SIZE))).toBe(true);
  });

  it('finishes repeated runs of random pattern fragments', () => {
    fc.assert(fc.property(fragmentRuns, slicesExactly), { numRuns: 30 });
  });

  it('finishes long mixes of pattern fragments', () => {
    fc.assert(fc.property(fragmentMixes, slicesExactly), { numRuns: 20 });
  });

  it('finishes random text', () => {
    fc.assert(fc.property(randomText, slicesExactly), { numRuns: 20 });
  });
});
