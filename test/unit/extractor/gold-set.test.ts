import { readFileSync } from 'node:fs';
import type { ExtractedCitation, ExtractionContext } from '../../../src/extractor/citation.types.ts';
import { extractCitations } from '../../../src/extractor/extract.ts';

interface Expected {
  law: string;
  article: string | null;
  articleTo: string | null;
  version: string | null;
}

interface GoldCase {
  id: string;
  text: string;
  date: string | null;
  eventDate?: string;
  expected: Expected[];
}

interface Score {
  extracted: number;
  expected: number;
  matched: number;
  versionsRight: number;
  misses: string[];
}

const fixtures = new URL('../../fixtures/citations/', import.meta.url);
const ctx = JSON.parse(readFileSync(new URL('context.json', fixtures), 'utf8')) as ExtractionContext;
const gold = readFileSync(new URL('gold.jsonl', fixtures), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as GoldCase);

const sameCitation = (expected: Expected) => (found: ExtractedCitation) =>
  found.law === expected.law && found.article === expected.article && found.articleTo === expected.articleTo;

/**
 * Matches expected citations to extracted ones on (law, article, articleTo), each used once. An
 * element with law null names a law the database does not hold: it is no DPRK citation, so it is
 * neither a hit nor an extra.
 */
function scoreCase(goldCase: GoldCase, all: ExtractedCitation[], score: Score): void {
  const found = all.filter((citation) => citation.law !== null);
  const unmatched = [...found];
  score.extracted += found.length;
  score.expected += goldCase.expected.length;
  for (const expected of goldCase.expected) {
    const index = unmatched.findIndex(sameCitation(expected));
    const match = index < 0 ? undefined : unmatched.splice(index, 1)[0];
    if (!match) {
      score.misses.push(`${goldCase.id}: missed ${expected.law} ${expected.article}`);
      continue;
    }
    score.matched += 1;
    if (match.version === expected.version) score.versionsRight += 1;
    else score.misses.push(`${goldCase.id}: version ${match.version} instead of ${expected.version}`);
  }
  for (const extra of unmatched)
    score.misses.push(`${goldCase.id}: extra ${extra.law} ${extra.article} "${extra.asWritten}"`);
}

function extractGold(goldCase: GoldCase): ExtractedCitation[] {
  return extractCitations(goldCase.text, ctx, { date: goldCase.date, eventDate: goldCase.eventDate ?? null });
}

describe('gold set', () => {
  it('has enough cases, acceptance cases and hard negatives', () => {
    expect(gold.length).toBeGreaterThanOrEqual(120);
    expect(gold.filter((goldCase) => goldCase.expected.length === 0).length).toBeGreaterThanOrEqual(25);
    expect(new Set(gold.map((goldCase) => goldCase.id)).size).toBe(gold.length);
    expect(gold.filter((goldCase) => goldCase.id.startsWith('acceptance-'))).toHaveLength(3);
  });

  it('reaches precision 0.97, recall 0.95 and version accuracy 0.95', () => {
    const score: Score = { extracted: 0, expected: 0, matched: 0, versionsRight: 0, misses: [] };
    for (const goldCase of gold) scoreCase(goldCase, extractGold(goldCase), score);
    const precision = score.matched / score.extracted;
    const recall = score.matched / score.expected;
    const versionAccuracy = score.versionsRight / score.matched;
    console.log(
      `citation gold set: ${gold.length} cases, precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, ` +
        `version accuracy ${versionAccuracy.toFixed(3)}${score.misses.length ? `; misses: ${score.misses.join(' | ')}` : ''}`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.97);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(versionAccuracy).toBeGreaterThanOrEqual(0.95);
  });

  it.each(
    gold
      .filter((goldCase) => goldCase.id.startsWith('acceptance-'))
      .map((goldCase) => [goldCase.id, goldCase] as const),
  )('resolves the acceptance case %s exactly', (_id, goldCase) => {
    const found = extractGold(goldCase).map(({ law, article, articleTo, version }) => ({
      law,
      article,
      articleTo,
      version,
    }));
    expect(found).toEqual(goldCase.expected);
  });

  it('reports offsets that slice the input to asWritten for every citation', () => {
    for (const goldCase of gold) {
      for (const citation of extractGold(goldCase)) {
        expect(goldCase.text.slice(citation.start, citation.end)).toBe(citation.asWritten);
        expect(citation.start).toBeLessThan(citation.end);
      }
    }
  });

  it('returns citations sorted by start with calibrated confidence', () => {
    for (const goldCase of gold) {
      const starts = extractGold(goldCase).map((citation) => citation.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      for (const citation of extractGold(goldCase)) {
        expect(citation.confidence).toBeGreaterThan(0);
        expect(citation.confidence).toBeLessThanOrEqual(1);
      }
    }
  });
});
