/** Finds where the text names a law: known aliases, anaphors ("the law") and laws we do not hold. */

import { lawOfAlias } from './extract-context.ts';
import { qualifiersBefore } from './extract-qualifiers.ts';
import type { Signal } from './extract-signals.ts';
import { byStart, lastEndingBefore, matchAllOf, overlapsAny, paragraphOf, sameSentence, stickyMatch } from './extract-text.ts';
import type { Doc, Jurisdiction, LawMention } from './extract-types.ts';
import { ANAPHORS, HAN_TITLE_BEFORE, HANGUL_TITLE_BEFORE, LAW_WORD, precededByHangul, TITLE_WORDS_BEFORE } from './patterns.ts';

const TRAILING_JURISDICTION = new RegExp(
  "\\s+of\\s+(?:the\\s+)?(?:(?<kp>DPRK|North\\s+Korea|Democratic\\s+People's\\s+Republic\\s+of\\s+Korea)|" +
    '(?<foreign>South\\s+Korea|Republic\\s+of\\s+Korea|ROK|Russia|Russian\\s+Federation|China|Japan|Germany))(?![\\p{L}])',
  'iuy',
);
const TITLE_CASE = /^(?:\p{Lu}\p{L}*\s+)+\p{Lu}/u;
const NOT_A_TITLE = /^(?:the|this|that|a|an|such|said|new|under|in|by|of|and|north|south|korean?|korea's|dprk|rok)$/i;

function aliasMention(doc: Doc, match: RegExpMatchArray): LawMention | null {
  const law = lawOfAlias(doc.compiled, match[0]);
  if (!law) return null;
  const start = match.index ?? 0;
  let end = start + match[0].length;
  const before = qualifiersBefore(doc.norm, start);
  let jurisdiction: Jurisdiction = before.jurisdiction ?? 'unqualified';
  const after = stickyMatch(TRAILING_JURISDICTION, doc.norm, end);
  if (after && before.jurisdiction === null) {
    jurisdiction = after.groups?.['kp'] ? 'kp' : 'foreign';
    end += after[0].length;
  }
  const specific =
    law !== doc.compiled.ctx.defaultLaw || jurisdiction === 'kp' || TITLE_CASE.test(match[0]);
  return { kind: 'alias', start, end, phraseStart: before.edge, law, jurisdiction, specific, stated: before.stated };
}

function findAliases(doc: Doc): LawMention[] {
  const mentions: LawMention[] = [];
  for (const match of matchAllOf(doc.norm, doc.compiled.aliasPatterns)) {
    const mention = aliasMention(doc, match);
    if (mention) mentions.push(mention);
  }
  return mentions;
}

function isTitle(written: string): boolean {
  const words = written.split(/\s+/).filter((word) => !NOT_A_TITLE.test(word));
  return words.length >= 2;
}

/** Where the title ending in the law word at `index` starts, or -1 when no title precedes it. */
function titleStart(norm: string, index: number, word: string): number {
  const from = Math.max(0, index - 80);
  const before = norm.slice(from, index);
  if (/^[A-Z]/.test(word)) {
    const title = TITLE_WORDS_BEFORE.exec(before);
    return title && isTitle(title[0] + word) ? from + title.index : -1;
  }
  const title = (word === '법' ? HANGUL_TITLE_BEFORE : HAN_TITLE_BEFORE).exec(before);
  return title ? from + title.index : -1;
}

/** Titles of laws we do not hold ("National Security Act", "국가보안법"), found from their last word. */
function findUnknown(doc: Doc, aliases: LawMention[]): LawMention[] {
  const mentions: LawMention[] = [];
  for (const match of doc.norm.matchAll(LAW_WORD)) {
    const start = titleStart(doc.norm, match.index, match[0]);
    const span = { start, end: match.index + match[0].length };
    if (start < 0 || overlapsAny(aliases, span) || (mentions.at(-1)?.end ?? 0) > start) continue;
    mentions.push({ kind: 'unknown', ...span, phraseStart: start, law: null, jurisdiction: 'foreign', specific: true, stated: null });
  }
  return mentions;
}

function findAnaphors(doc: Doc, aliases: LawMention[]): LawMention[] {
  const mentions: LawMention[] = [];
  for (const match of doc.norm.matchAll(ANAPHORS)) {
    const groups = match.groups ?? {};
    const noun = groups['noun'] ?? groups['ko'] ?? groups['ja'] ?? groups['de'] ?? '';
    const end = match.index + match[0].length;
    const span = { start: end - noun.length, end };
    if ((groups['ko'] && precededByHangul(doc.norm, match.index)) || overlapsAny(aliases, span)) continue;
    mentions.push({ kind: 'anaphor', ...span, phraseStart: match.index, law: null, jurisdiction: 'unqualified', specific: false, stated: null });
  }
  return mentions;
}

/** A bare "형법" after "한국 형법은 …" is still the South's: unqualified names inherit within a paragraph. */
function inheritJurisdiction(doc: Doc, mentions: LawMention[]): void {
  const lastQualified = new Map<string, LawMention>();
  for (const mention of mentions) {
    if (mention.kind !== 'alias' || mention.law === null) continue;
    const previous = lastQualified.get(mention.law);
    if (mention.jurisdiction !== 'unqualified') lastQualified.set(mention.law, mention);
    else if (previous && paragraphOf(doc, previous.start) === paragraphOf(doc, mention.start)) {
      mention.jurisdiction = previous.jurisdiction;
    }
  }
}

/** An anaphor refers to the law named last before it; a foreign or unknown one leaves it without law. */
function resolveAnaphors(mentions: LawMention[]): void {
  const named = mentions.filter((mention) => mention.kind !== 'anaphor');
  for (const mention of mentions) {
    if (mention.kind !== 'anaphor') continue;
    const antecedent = lastEndingBefore(named, mention.phraseStart);
    if (!antecedent) continue;
    mention.jurisdiction = antecedent.jurisdiction;
    mention.law = antecedent.jurisdiction === 'foreign' ? null : antecedent.law;
    mention.stated = antecedent.stated;
  }
}

/** "In North Korea, the criminal code …", "한국에서는 형법 …": a marker earlier in the sentence decides. */
function applyMarkers(doc: Doc, aliases: LawMention[], markers: Signal[]): void {
  for (const mention of aliases) {
    if (mention.jurisdiction !== 'unqualified') continue;
    const marker = lastEndingBefore(markers, mention.phraseStart);
    if (marker && sameSentence(doc, marker.start, mention.phraseStart)) mention.jurisdiction = marker.jurisdiction;
  }
}

/** Every law mention in the text, sorted by start. */
export function findLawMentions(doc: Doc, markers: Signal[]): LawMention[] {
  const aliases = findAliases(doc);
  applyMarkers(doc, aliases, markers);
  const mentions = [...aliases, ...findUnknown(doc, aliases), ...findAnaphors(doc, aliases)].sort(byStart);
  inheritJurisdiction(doc, mentions);
  resolveAnaphors(mentions);
  return mentions;
}
