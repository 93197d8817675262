/**
 * Whether a passage speaks the language of international instruments ("States Parties", "Rome
 * Statute", "締約国"): a bare "Article 3" there is the instrument's, not the default law's, though
 * the report it sits in is about the DPRK and never names the instrument next to the number.
 */

import { perSpan } from './extract-text.ts';
import { wordListPattern } from './lang/compile.ts';
import { cjkWords, latinWords } from './lang/index.ts';

const VOCABULARY = wordListPattern(latinWords('instrumentVocabulary'), cjkWords('instrumentVocabulary'), 'iu');

export function speaksOfInstruments(text: string): boolean {
  return VOCABULARY?.test(text) ?? false;
}

/** speaksOfInstruments of the paragraph [from, to) of a document, searched once per paragraph. */
export const paragraphSpeaksOfInstruments = perSpan(speaksOfInstruments);
