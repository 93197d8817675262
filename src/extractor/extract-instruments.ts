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
