/**
 * The concepts of an offence word (extract-offence-words): its equivalents from the language data
 * ("spying" → espionage, "Grenzübertritt" → border + cross), else its stem.
 */

import { latinEquivalents, latinWords } from './lang/index.ts';

const SUFFIXES = ['ingly', 'ings', 'ing', 'edly', 'ed', 'ers', 'er', 'ally', 'ly', 'ies', 'es', 's'];
const MIN_STEM = 3;

const equivalents = latinEquivalents('offenceEquivalents');
const STOP = new Set(latinWords('offenceStopWords'));

/** "crossed", "crossing", "crossers" → "cross"; "illegally" → "illegal"; "smuggle", "smuggling" → "smuggl". */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s?$/, '');
  for (const suffix of SUFFIXES) {
    if (!w.endsWith(suffix) || w.length - suffix.length < MIN_STEM || (suffix === 's' && w.endsWith('ss'))) continue;
    w = w.slice(0, -suffix.length) + (suffix === 'ally' ? 'al' : suffix === 'ies' ? 'y' : '');
    break;
  }
  return w.length > MIN_STEM && w.endsWith('e') ? w.slice(0, -1) : w;
}

/** Words repeat: their concepts are remembered, up to a bound so hostile input cannot grow the memo. */
const memo = new Map<string, string[]>();
const MEMO_LIMIT = 50_000;

/** The concepts one written word carries: its equivalents, else its stem; none for a stop word. */
export function conceptsOf(word: string): string[] {
  const w = word.toLowerCase();
  const known = memo.get(w);
  if (known) return known;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const concepts = computeConcepts(w);
  memo.set(w, concepts);
  return concepts;
}

function computeConcepts(w: string): string[] {
  const given = equivalents(w);
  if (given) return [...new Set(given.map(stem))];
  return STOP.has(w) ? [] : [stem(w)];
}

/** The concepts of the words that make an act unlawful ("illegal", "unlawfully"): a name may leave them unsaid. */
export const WRONGFUL_CONCEPTS: ReadonlySet<string> = new Set(latinWords('wrongfulWords').flatMap(conceptsOf));

/** Whether a word's concepts say only that an act was unlawful ("verboten", "비법"), not the act as well ("fled"). */
export function onlyWrongful(concepts: readonly string[]): boolean {
  return concepts.length > 0 && concepts.every((concept) => WRONGFUL_CONCEPTS.has(concept));
}
