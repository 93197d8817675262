/**
 * Whose legal system a text speaks of, from the words that system alone uses: its penalties, prisons
 * and security organs ("5년 이하의 징역", "無期懲役", "Freiheitsstrafe", "노동교화형"). A South Korean bill
 * or a Japanese court report about the Criminal Act often names no country at all; its "형법" is still
 * not the North's. The words are language data (`systemTerms` in lang/*.ts).
 */

import { escapeRegExp, LATIN_LETTER } from './lang/compile.ts';
import { CJK_LANGUAGES, LATIN_LANGUAGES } from './lang/index.ts';

/** Each distinct word is a point, and a text gets at most this many for one system: vocabulary supports, names decide. */
const MAX_POINTS = 2;

interface Term {
  source: string;
  jurisdiction: string;
}

function terms(): { pattern: RegExp | null; lookup: Map<string, string> } {
  const all: Term[] = [];
  const lookup = new Map<string, string>();
  const add = (word: string, jurisdiction: string, latin: boolean) => {
    const key = word.toLowerCase();
    if (lookup.has(key)) return;
    lookup.set(key, jurisdiction);
    const body = escapeRegExp(word).replace(/ +/g, '\\s+');
    all.push({ source: latin ? `(?<![${LATIN_LETTER}])${body}(?![${LATIN_LETTER}])` : body, jurisdiction });
  };
  for (const language of LATIN_LANGUAGES)
    for (const [code, words] of Object.entries(language.systemTerms)) for (const w of words) add(w, code, true);
  for (const language of CJK_LANGUAGES)
    for (const [code, words] of Object.entries(language.systemTerms)) for (const w of words) add(w, code, false);
  all.sort((a, b) => b.source.length - a.source.length);
  return { pattern: all.length ? new RegExp(all.map((t) => t.source).join('|'), 'gi') : null, lookup };
}

const TERMS = terms();

/** Points per jurisdiction for the system words in `norm`: one per distinct word, at most MAX_POINTS each. */
export function scoreSystemTerms(norm: string): Map<string, number> {
  const scores = new Map<string, number>();
  if (!TERMS.pattern) return scores;
  const seen = new Set<string>();
  for (const match of norm.matchAll(TERMS.pattern)) {
    const key = match[0].toLowerCase().replace(/\s+/g, ' ');
    if (seen.has(key)) continue;
    seen.add(key);
    const code = TERMS.lookup.get(key);
    if (!code) continue;
    scores.set(code, Math.min(MAX_POINTS, (scores.get(code) ?? 0) + 1));
  }
  return scores;
}
