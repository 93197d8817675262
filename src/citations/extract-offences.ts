/** Offence names ("the crime of illegal international communications", "테로죄") and what they sit next to. */

import { firstStartingAfter, lastEndingBefore, overlapsAny, sameSentence } from './extract-text.ts';
import type { Doc, Draft, LawMention, OffenceMention, Span } from './extract-types.ts';
import { nameKey } from './patterns.ts';

const FRAMING_BEFORE = new RegExp(
  '(?:(?:crimes?|offen[cs]es?|charges?|counts?)\\s+of\\s+(?:the\\s+)?|' +
    '(?:charged\\s+with|convicted\\s+of|accused\\s+of|guilty\\s+of|indicted\\s+for|sentenced\\s+for|' +
    "punished\\s+for|arrested\\s+for|prosecuted\\s+for)\\s+(?:the\\s+)?(?:crimes?\\s+of\\s+)?)[\"'“]?\\s*$",
  'iu',
);
const FRAMING_AFTER = /^["'”]?\s*(?:crimes?|charges?|offen[cs]es?)(?![\p{L}])/iu;
const FRAMED_NAME = /(?:죄|罪)$|^(?:crimes?|offen[cs]es?)\s+of\s/iu;
/** Offence right before its number: "crime of … (Article 222)", "'…죄'(222조)". */
const TIGHT_BEFORE = /^["'”」』\s]*[(\[]?\s*$/;
/** Offence right after its number: "Article 233 (Illegal Border Crossing)", "제87조(내란죄)". */
const TIGHT_AFTER = /^\s*[(\[,:-]?\s*["'“「『]?\s*$/;
const TIGHT_GAP = 8;
const NEAR_GAP = 60;

function isFramed(norm: string, match: RegExpMatchArray, end: number): boolean {
  if (FRAMED_NAME.test(match[0])) return true;
  const start = match.index ?? 0;
  if (FRAMING_BEFORE.test(norm.slice(Math.max(0, start - 40), start))) return true;
  return FRAMING_AFTER.test(norm.slice(end, end + 16));
}

/** Every offence name in the text that does not sit inside a law's name. */
export function findOffenceMentions(doc: Doc, mentions: LawMention[]): OffenceMention[] {
  const pattern = doc.compiled.offencePattern;
  if (!pattern) return [];
  const found: OffenceMention[] = [];
  for (const match of doc.norm.matchAll(pattern)) {
    const offence = doc.compiled.offenceLookup.get(nameKey(match[0]));
    const span = { start: match.index, end: match.index + match[0].length };
    if (!offence || overlapsAny(mentions, span)) continue;
    found.push({ ...span, ...offence, framed: isFramed(doc.norm, match, span.end) });
  }
  return found;
}

/** 0 when the offence is written right against the citation, 1 when near it, null when unrelated. */
function closeness(doc: Doc, offence: OffenceMention, draft: Span): number | null {
  if (!sameSentence(doc, offence.start, draft.start)) return null;
  const before = offence.end <= draft.start;
  const gap = before ? doc.norm.slice(offence.end, draft.start) : doc.norm.slice(draft.end, offence.start);
  if (gap.length <= TIGHT_GAP && (before ? TIGHT_BEFORE : TIGHT_AFTER).test(gap)) return 0;
  return gap.length <= NEAR_GAP ? 1 + gap.length / 1000 : null;
}

interface Pairing {
  draft: Draft;
  offence: OffenceMention;
  score: number;
}

function nearestDraft(doc: Doc, drafts: Draft[], offence: OffenceMention): Pairing | null {
  let best: Pairing | null = null;
  for (const draft of [lastEndingBefore(drafts, offence.start), firstStartingAfter(drafts, offence.end)]) {
    if (!draft || draft.kind !== 'article' || draft.law !== offence.law) continue;
    const score = closeness(doc, offence, draft);
    if (score !== null && (!best || score < best.score)) best = { draft, offence, score };
  }
  return best;
}

/**
 * Gives each article draft the offence named next to it (nearest first, one each) and returns the
 * offences that stayed unattached: those may stand as citations of their own.
 */
export function attachOffences(doc: Doc, drafts: Draft[], offences: OffenceMention[]): OffenceMention[] {
  const articles = drafts.filter((draft) => draft.kind === 'article');
  const pairings = offences
    .map((offence) => nearestDraft(doc, articles, offence))
    .filter((pairing): pairing is Pairing => pairing !== null)
    .sort((a, b) => a.score - b.score);
  const attached = new Set<OffenceMention>();
  const taken = new Set<Draft>();
  for (const { draft, offence } of pairings) {
    attached.add(offence);
    if (taken.has(draft)) continue;
    taken.add(draft);
    draft.offence = offence.lineage;
  }
  return offences.filter((offence) => !attached.has(offence));
}
