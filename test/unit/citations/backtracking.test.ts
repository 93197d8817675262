import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import type { ExtractionContext } from '../../../src/citations/citation.types.ts';
import { extractCitations } from '../../../src/citations/extract.ts';
import { ADVERSARIAL, FRAGMENTS, repeatTo, SIZE } from '../../bench/adversarial.ts';

const fixtures = new URL('../../fixtures/citations/', import.meta.url);
const ctx = JSON.parse(readFileSync(new URL('context.json', fixtures), 'utf8')) as ExtractionContext;

/**
 * A catastrophically backtracking pattern takes minutes on these inputs; the bound only catches
 * that, on a shared machine (speed itself is measured by `npm run bench`, not here).
 */
const LIMIT_MS = 10_000;

const fragmentRuns = fc
  .array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 40 })
  .map((parts) => repeatTo(parts.join(''), SIZE));
const fragmentMixes = fc
  .array(fc.constantFrom(...FRAGMENTS), { minLength: 200, maxLength: 600 })
  .map((parts) => repeatTo(parts.join(''), SIZE));
const randomText = fc.string({ unit: 'binary', minLength: 1, maxLength: 300 }).map((unit) => repeatTo(unit, SIZE));

let worst = { label: '', ms: 0 };

function timeExtraction(label: string, text: string): number {
  const started = performance.now();
  extractCitations(text, ctx, { date: '2016-01-01' });
  const ms = performance.now() - started;
  if (ms > worst.ms) worst = { label, ms };
  return ms;
}

describe('extractCitations on hostile input', () => {
  afterAll(() => {
    console.log(`citation extractor worst case on ${SIZE / 1000} kB: ${worst.ms.toFixed(0)} ms (${worst.label})`);
  });

  it.each(ADVERSARIAL)('finishes %s in bounded time, with citations that slice the input', (label, text) => {
    expect(timeExtraction(label, text)).toBeLessThan(LIMIT_MS);
    for (const citation of extractCitations(text.slice(0, 2_000), ctx)) {
      expect(text.slice(citation.start, citation.end)).toBe(citation.asWritten);
    }
  });

  it('finishes repeated runs of random pattern fragments in bounded time', () => {
    fc.assert(
      fc.property(fragmentRuns, (text) => timeExtraction(`fragments: ${text.slice(0, 40)}`, text) < LIMIT_MS),
      { numRuns: 30 },
    );
  });

  it('finishes long mixes of pattern fragments in bounded time', () => {
    fc.assert(
      fc.property(fragmentMixes, (text) => timeExtraction(`mix: ${text.slice(0, 40)}`, text) < LIMIT_MS),
      { numRuns: 20 },
    );
  });

  it('finishes random text in bounded time', () => {
    fc.assert(
      fc.property(randomText, (text) => timeExtraction('random', text) < LIMIT_MS),
      { numRuns: 20 },
    );
  });
});
