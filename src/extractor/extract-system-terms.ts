/**
 * Whose legal system a text speaks of, from the words that system alone uses: its penalties, prisons
 * and security organs ("5년 이하의 징역", "無期懲役", "Freiheitsstrafe", "노동교화형"). A South Korean bill
 * or a Japanese court report about the Criminal Act often names no country at all; its "형법" is still
 * not the North's. The words are language data (`systemTerms` in lang/*.ts).
 */

import { firstIndexFrom } from './extract-text.ts';
import type { Span } from './extract-types.ts';
import { wordListPattern } from './lang/compile.ts';
import { CJK_LANGUAGES, LATIN_LANGUAGES } from './lang/index.ts';
import type { CjkLanguageData } from './lang/cjk-language.types.ts';
import type { LanguageData } from './lang/language.types.ts';

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

/** One system word where it stands. */
interface Hit extends Span {
  key: string;
  code: string;
}

/** Every system word of `norm`, in order. */
function hitsOf(norm: string): Hit[] {
  const hits: Hit[] = [];
  if (!TERMS.pattern) return hits;
  for (const match of norm.matchAll(TERMS.pattern)) {
    const key = match[0].toLowerCase().replace(/\s+/g, ' ');
    const code = TERMS.lookup.get(key);
    if (code) hits.push({ start: match.index, end: match.index + match[0].length, key, code });
  }
  return hits;
}

/** Points per jurisdiction for some hits: one per distinct word, at most MAX_POINTS each. */
function scoreHits(hits: Hit[], from = 0, to = hits.length): Map<string, number> {
  const scores = new Map<string, number>();
  const seen = new Set<string>();
  for (let i = from; i < to; i++) {
    const { key, code } = hits[i]!;
    if (seen.has(key)) continue;
    seen.add(key);
    scores.set(code, Math.min(MAX_POINTS, (scores.get(code) ?? 0) + 1));
  }
  return scores;
}

/** Points per jurisdiction for the system words in `norm`: one per distinct word, at most MAX_POINTS each. */
export function scoreSystemTerms(norm: string): Map<string, number> {
  return scoreHits(hitsOf(norm));
}

/**
 * A document's hits, found once, and the scores of the spans asked about: every sentence is then a
 * slice of the hits, not another scan.
 */
const BY_DOC = new WeakMap<object, { hits: Hit[]; spans: Map<string, Map<string, number>> }>();

/**
 * Leaves out of a document's system words those inside `spans` (sorted, not overlapping): the words
 * naming a state's agent ("북한 보위부 지령을 받은 …") say who sent the agent, not whose law the text
 * speaks of. Called before the document's first scoreSpanTerms.
 */
export function excludeSystemTerms(doc: { norm: string }, spans: Span[]): void {
  if (spans.length === 0) return;
  let k = 0;
  const hits = hitsOf(doc.norm).filter((hit) => {
    while (k < spans.length && spans[k]!.end <= hit.start) k++;
    const span = spans[k];
    return !(span && span.start <= hit.start && hit.end <= span.end);
  });
  BY_DOC.set(doc, { hits, spans: new Map() });
}

/**
 * scoreSystemTerms of `doc.norm.slice(from, to)` (a sentence), from the document's hits, remembered per
 * span: hostile input asks about one sentence for each of thousands of numbers in it.
 */
export function scoreSpanTerms(doc: { norm: string }, from: number, to: number): Map<string, number> {
  let known = BY_DOC.get(doc);
  if (!known) {
    known = { hits: hitsOf(doc.norm), spans: new Map() };
    BY_DOC.set(doc, known);
  }
  const { hits, spans } = known;
  const key = `${from}-${to}`;
  let scores = spans.get(key);
  if (!scores) {
    scores = scoreHits(hits, firstIndexFrom(hits, from), firstIndexFrom(hits, to));
    spans.set(key, scores);
  }
  return scores;
}
