/**
 * Whether a passage speaks the language of international instruments ("States Parties", "Rome
 * Statute", "締約国"): a bare "Article 3" there is the instrument's, not the default law's, though
 * the report it sits in is about the DPRK and never names the instrument next to the number.
 */

import { group, wordGroup } from './lang/compile.ts';
import { cjkWords, latinWords } from './lang/index.ts';

const LATIN = latinWords('instrumentVocabulary');
const CJK = cjkWords('instrumentVocabulary');
const VOCABULARY = new RegExp(
  [LATIN.length ? wordGroup(LATIN) : '', CJK.length ? group(CJK) : ''].filter(Boolean).join('|'),
  'iu',
);

export function speaksOfInstruments(text: string): boolean {
  return VOCABULARY.test(text);
}

// Per document, per paragraph start: a text of many bare numbers in one paragraph would otherwise
// search that whole paragraph once per number (100 kB of "1조1조…" took 15 s).
const byParagraph = new WeakMap<object, Map<number, boolean>>();

/** speaksOfInstruments of the paragraph [from, to) of `doc`, searched once per paragraph. */
export function paragraphSpeaksOfInstruments(doc: { norm: string }, from: number, to: number): boolean {
  let known = byParagraph.get(doc);
  if (!known) {
    known = new Map();
    byParagraph.set(doc, known);
  }
  let speaks = known.get(from);
  if (speaks === undefined) {
    speaks = speaksOfInstruments(doc.norm.slice(from, to));
    known.set(from, speaks);
  }
  return speaks;
}
