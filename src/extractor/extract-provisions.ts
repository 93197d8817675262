/**
 * A quoted provision: "Article 3: Everyone has the right to life …", "Article 97. The Supreme People's
 * Assembly issues laws …", "제61조: …". A number that opens a line or sentence, followed by a colon or
 * a full stop and the provision's own words, quotes a law's text rather than citing it. With no law
 * named for it, it is the default law's only when those words are a penal provision's: the default
 * law is a criminal code, and a declaration's or a constitution's article quoted in a DPRK report is not it.
 */

import { sentenceOf } from './extract-text.ts';
import type { ArticleGroup, Doc } from './extract-types.ts';
import { wordListPattern } from './lang/compile.ts';
import { cjkWords, latinWords } from './lang/index.ts';

/** How much of the provision is read: its first sentence or two. */
const PROVISION_READ = 240;
/** Only a table cell's bar or spaces between the line's start and the number. */
const LINE_OPENING = /(?:^|\n)[\s|]*$/;
/** A colon, or a full stop that ends the heading rather than an abbreviation ("Art. 60" is before the number). */
const HEAD_END = /^\s*(?:[:：]|\.(?!\d))/;
const PENAL = wordListPattern(latinWords('penalWords'), cjkWords('penalWords'), 'iu');

function opensLineOrSentence(doc: Doc, start: number): boolean {
  if (LINE_OPENING.test(doc.norm.slice(Math.max(0, start - 8), start))) return true;
  return (doc.sentenceStarts[sentenceOf(doc, start)] ?? 0) === start;
}

/** Whether the group heads a quoted provision whose words are not a penal provision's. */
export function headsNonPenalProvision(doc: Doc, group: ArticleGroup): boolean {
  if (group.refs.length !== 1 || !opensLineOrSentence(doc, group.start)) return false;
  const after = doc.norm.slice(group.end, group.end + PROVISION_READ);
  if (!HEAD_END.test(after)) return false;
  return !(PENAL?.test(after) ?? false);
}
