/** Offence names ("the crime of illegal international communications", "테로죄") and what they sit next to. */

import { firstIndexFrom, matchAllOf, overlapsAny, sameSentence } from './extract-text.ts';
import type { Doc, Draft, LawMention, OffenceMention } from './extract-types.ts';
import { alternation, charClass } from './lang/compile.ts';
import { CJK_LANGUAGES, cjkWords, latinWords } from './lang/index.ts';
import { nameKey } from './patterns.ts';

const FRAMING_BEFORE = new RegExp(`(?:${alternation(latinWords('offenceFramingBefore'))})\\s+(?:the\\s+)?["'“]?\\s*$`, 'iu');
const FRAMING_AFTER = new RegExp(`^["'”]?\\s*(?:${alternation(latinWords('offenceFramingAfter'))})(?![\\p{L}])`, 'iu');
const SUFFIXES = alternation(cjkWords('offenceSuffixes'));
const FRAMED_NAME = new RegExp(`(?:${SUFFIXES})$|^(?:${alternation(latinWords('offenceFramingAfter'))})\\s+of\\s`, 'iu');
/** "'퇴폐적인 행위'를 한 죄", "…를 반입·유포한 죄": the offence suffix a few words after the name, in its clause. */
const SUFFIX_AFTER = new RegExp(
  `^[^.!?。\\n]{0,40}?[\\s'’”가-힣](?:${SUFFIXES})(?!${charClass(CJK_LANGUAGES.map((language) => language.notOffenceAfter).join(''))})`,
  'u',
);
/** Offence right before its number: "crime of … (Article 222)", "'…죄'(222조)". */
const TIGHT_BEFORE = /^["'”」』\s]*[([]?\s*$/;
/** Offence right after its number: "Article 233 (Illegal Border Crossing)", "제87조(내란죄)". */
const TIGHT_AFTER = /^\s*[([,:-]?\s*["'“「『]?\s*$/;
const TIGHT_GAP = 8;
const NEAR_GAP = 60;
const NEIGHBOURS = 4;

function isFramed(norm: string, match: RegExpMatchArray, end: number): boolean {
  if (FRAMED_NAME.test(match[0])) return true;
  const start = match.index ?? 0;
  if (FRAMING_BEFORE.test(norm.slice(Math.max(0, start - 40), start))) return true;
  if (FRAMING_AFTER.test(norm.slice(end, end + 16))) return true;
  return /[가-힣\p{Script=Han}]$/u.test(match[0]) && SUFFIX_AFTER.test(norm.slice(end, end + 48));
}

/** Every offence name in the text that does not sit inside a law's name. */
export function findOffenceMentions(doc: Doc, mentions: LawMention[]): OffenceMention[] {
  const found: OffenceMention[] = [];
  for (const match of matchAllOf(doc.norm, doc.compiled.offencePatterns)) {
    const offence = doc.compiled.offenceLookup.get(nameKey(match[0]));
    const span = { start: match.index, end: match.index + match[0].length };
    if (!offence || overlapsAny(mentions, span)) continue;
    found.push({ ...span, ...offence, framed: isFramed(doc.norm, match, span.end) });
  }
  return found;
}

/** Whether the cited number has stood for this offence in some version. */
function compatible(doc: Doc, offence: OffenceMention, draft: Draft): boolean {
  if (!draft.law) return false;
  return doc.compiled.numbers.get(draft.law)?.get(draft.article ?? '')?.has(offence.lineage) ?? false;
}

/**
 * 0 when the offence is written right against the citation ("Article 233 (Illegal Border
 * Crossing)"), about 1 when it is near it in the same sentence and the number has stood for that
 * offence in some version; null otherwise, so a second charge named nearby does not stick to it.
 */
function closeness(doc: Doc, offence: OffenceMention, draft: Draft): number | null {
  const before = offence.end <= draft.start;
  const [from, to] = before ? [offence.end, draft.start] : [draft.end, offence.start];
  if (to - from > NEAR_GAP || !sameSentence(doc, offence.start, draft.start)) return null;
  const gap = doc.norm.slice(from, to);
  if (gap.length <= TIGHT_GAP && (before ? TIGHT_BEFORE : TIGHT_AFTER).test(gap)) return 0;
  return compatible(doc, offence, draft) ? 1 + gap.length / 1000 : null;
}

interface Pairing {
  draft: Draft;
  offence: OffenceMention;
  score: number;
}

/** Article drafts of the offence's law a few places either side of it. */
function neighbours(drafts: Draft[], offence: OffenceMention): Draft[] {
  const index = firstIndexFrom(drafts, offence.start);
  return drafts.slice(Math.max(0, index - NEIGHBOURS), index + NEIGHBOURS).filter((draft) => draft.law === offence.law);
}

function pairingsOf(doc: Doc, drafts: Draft[], offence: OffenceMention): Pairing[] {
  const pairings: Pairing[] = [];
  for (const draft of neighbours(drafts, offence)) {
    const score = closeness(doc, offence, draft);
    if (score !== null) pairings.push({ draft, offence, score });
  }
  return pairings;
}

/**
 * Gives each article draft the offence named next to it (nearest first, one each) and returns the
 * offences that stayed unattached: those may stand as citations of their own.
 */
export function attachOffences(doc: Doc, drafts: Draft[], offences: OffenceMention[]): OffenceMention[] {
  const articles = drafts.filter((draft) => draft.kind === 'article');
  const pairings = offences.flatMap((offence) => pairingsOf(doc, articles, offence)).sort((a, b) => a.score - b.score);
  const attached = new Set<OffenceMention>();
  const taken = new Set<Draft>();
  for (const { draft, offence } of pairings) {
    if (attached.has(offence) || taken.has(draft)) continue;
    attached.add(offence);
    taken.add(draft);
    draft.offence = offence.lineage;
  }
  for (const { offence } of pairings) attached.add(offence);
  return offences.filter((offence) => !attached.has(offence));
}
