/** Which article citation an offence name sits next to ("Article 233 (illegal border crossing)", "테로죄(61조)"). */

import { firstIndexFrom, sameSentence } from './extract-text.ts';
import type { Doc, Draft, OffenceMention } from './extract-types.ts';

/** Offence right before its number: "crime of … (Article 222)", "'…죄'(222조)". */
const TIGHT_BEFORE = /^["'”」』\s]*[([]?\s*$/;
/** Offence right after its number: "Article 233 (Illegal Border Crossing)", "제87조(내란죄)". */
const TIGHT_AFTER = /^\s*[([,:-]?\s*["'“「『]?\s*$/;
const TIGHT_GAP = 8;
const NEAR_GAP = 60;
const NEIGHBOURS = 4;

/** Whether the cited number has stood for this offence in some version. */
function compatible(doc: Doc, offence: OffenceMention, draft: Draft): boolean {
  if (!draft.law) return false;
  const numbers = doc.compiled.numbers.get(draft.law);
  // A range ("Articles 193-194 … decadent culture and acts") is compatible with an offence at either end.
  return [draft.article, draft.articleTo].some(
    (number) => number !== null && (numbers?.get(number)?.has(offence.lineage) ?? false),
  );
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
 * "Article 222 of the constitution, the crime of illegal international communications": when an
 * article is bound to a law we do not hold, but an offence named right next to it is one that same
 * number has stood for in a held law of the same jurisdiction, the text itself shows which law is
 * meant, and the name was a slip. Returns the drafts it rebound.
 */
export function correctSlips(doc: Doc, drafts: Draft[], offences: OffenceMention[]): Draft[] {
  const rebound: Draft[] = [];
  for (const draft of drafts) {
    if (draft.kind !== 'article' || draft.law !== null || draft.jurisdiction === null) continue;
    const offence = offences.find(
      (candidate) =>
        doc.compiled.laws.get(candidate.law)?.jurisdiction === draft.jurisdiction &&
        closeness(doc, candidate, { ...draft, law: candidate.law }) !== null &&
        compatible(doc, candidate, { ...draft, law: candidate.law }),
    );
    if (!offence) continue;
    draft.law = offence.law;
    draft.lawName = null;
    rebound.push(draft);
  }
  return rebound;
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
