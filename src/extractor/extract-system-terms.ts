/**
 * Whose legal system a text speaks of, from the words that system alone uses: its penalties, prisons
 * and security organs ("5년 이하의 징역", "無期懲役", "Freiheitsstrafe", "노동교화형"). A South Korean bill
 * or a Japanese court report about the Criminal Act often names no country at all; its "형법" is still
 * not the North's. The words are language data (`systemTerms` in lang/*.ts).
 */

import { wordListPattern } from './lang/compile.ts';
import { CJK_LANGUAGES, LATIN_LANGUAGES } from './lang/index.ts';
import type { CjkLanguageData, LanguageData } from './lang/language.types.ts';

/** Each distinct word is a point, and a text gets at most this many for one system: vocabulary supports, names decide. */
const MAX_POINTS = 2;

/** Every language's system words, lower-cased, with the jurisdiction each belongs to (the first language to list a word wins). */
function lookupOf(languages: readonly (LanguageData | CjkLanguageData)[], lookup: Map<string, string>): string[] {
  const words: string[] = [];
  for (const language of languages)
    for (const [code, list] of Object.entries(language.systemTerms))
      for (const word of list) {
        if (lookup.has(word.toLowerCase())) continue;
        lookup.set(word.toLowerCase(), code);
        words.push(word);
      }
  return words;
}

function terms(): { pattern: RegExp | null; lookup: Map<string, string> } {
  const lookup = new Map<string, string>();
  const latin = lookupOf(LATIN_LANGUAGES, lookup);
  const cjk = lookupOf(CJK_LANGUAGES, lookup);
  return { pattern: wordListPattern(latin, cjk, 'gi'), lookup };
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
