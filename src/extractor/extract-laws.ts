/**
 * The law-mention layer: every place the text names a law — one the database holds (an alias, or a
 * description of it), one it does not (a title shaped like a law's), or an anaphor ("the law") —
 * with the jurisdiction the text gives it.
 */

import { lawOfAlias } from './extract-context.ts';
import { findDescribed, lawOfCjkTitle, lawOfDescription } from './extract-descriptive.ts';
import { qualifiersBefore } from './extract-qualifiers.ts';
import { findUnknownTitles } from './extract-unknown.ts';
import { alternation } from './lang/compile.ts';
import { latinWords } from './lang/index.ts';
import { byStart, matchAllOf, overlapsAny, stickyMatch } from './extract-text.ts';
import type { Doc, LawMention } from './extract-types.ts';
import {
  ANAPHOR_DETERMINER_BEFORE,
  ANAPHOR_NOUNS,
  INSTRUMENT_KINDS,
  isCjkName,
  nameKey,
  precededByHangul,
  TITLE_STOP_WORDS,
} from './patterns.ts';
import { jurisdictionOfName } from './patterns-jurisdictions.ts';

const TITLE_CASE = /^(?:\p{Lu}\p{L}*\s+)+\p{Lu}/u;
const CAPITALISED_WORD_BEFORE = /(?:^|[^\p{L}])(\p{Lu}[\p{L}'-]*)\s$/u;
const HANGUL = /[가-힣]/;
/** "Strafrechtsparagraf", "Strafgesetzreform": a compound whose head is a law's name names that law. */
const COMPOUND_PART = new RegExp(
  `\\b(?<head>[A-ZÄÖÜ][a-zäöüß]{3,30}?)s?(?:${alternation(latinWords('compoundPartEndings'))})(?:e?n|e?s)?(?![A-Za-zäöüß])`,
  'g',
);
const CODE_NOUN = new RegExp(`^(?:${alternation(latinWords('codeNouns'))})$`, 'i');

function aliasMention(
  doc: Doc,
  start: number,
  end: number,
  law: string,
  written: string,
  before = qualifiersBefore(doc.compiled, doc.norm, start),
): LawMention {
  let jurisdiction = before.jurisdiction;
  const after = stickyMatch(doc.compiled.jurisdictions.trailing, doc.norm, end);
  if (after && before.jurisdiction === null && !before.deictic) {
    jurisdiction = jurisdictionOfName(doc.compiled.jurisdictions.lookup, after.groups?.['j'] ?? '');
    end += after[0].length;
  }
  const own = doc.compiled.laws.get(law)?.jurisdiction ?? null;
  const generic = doc.compiled.genericKeys.has(nameKey(written));
  return {
    kind: 'alias',
    start,
    end,
    phraseStart: before.edge,
    law,
    name: null,
    jurisdiction,
    deictic: before.deictic,
    generic,
    specific: !generic || jurisdiction === own || TITLE_CASE.test(written),
    stated: before.stated,
    noun: null,
    antecedent: null,
  };
}

/**
 * A known name inside a longer title ("Military Criminal Code", "군형법") names another law. Chinese
 * and Japanese run words together ("依照刑法"), so only Hangul, which spaces its words, is read so.
 */
function insideLongerName(doc: Doc, start: number, written: string, qualified: boolean): boolean {
  if (qualified) return false;
  if (isCjkName(written)) return start > 0 && HANGUL.test(doc.norm[start - 1]!) && HANGUL.test(written[0]!);
  const word = CAPITALISED_WORD_BEFORE.exec(doc.norm.slice(Math.max(0, start - 30), start));
  return word !== null && !TITLE_STOP_WORDS.test(word[1]!);
}

/** Capitalised words after a known name, the last a kind of law: "Criminal Law Supplementary Regulations". */
const TITLE_WORDS_AFTER = /(?:\s+\p{Lu}[\p{L}'’-]*){1,3}/uy;
const LAW_KIND = new Set(latinWords('lawKindWords').map((word) => word.toLowerCase()));

/**
 * A known name that opens a longer title names another law: "the Criminal Law Supplementary
 * Regulations" are an instrument of their own, as "Military Criminal Code" is another code.
 */
function opensLongerName(doc: Doc, end: number, written: string): boolean {
  if (isCjkName(written)) return false;
  const words = stickyMatch(TITLE_WORDS_AFTER, doc.norm, end)?.[0].trim().split(/\s+/) ?? [];
  return words.some((word) => LAW_KIND.has(word.toLowerCase()));
}

function findAliases(doc: Doc): LawMention[] {
  const mentions: LawMention[] = [];
  for (const match of matchAllOf(doc.norm, doc.compiled.aliasPatterns)) {
    const law = lawOfAlias(doc.compiled, match[0]);
    if (!law) continue;
    const before = qualifiersBefore(doc.compiled, doc.norm, match.index);
    if (
      insideLongerName(
        doc,
        match.index,
        match[0],
        before.edge < match.index || before.stated !== null || before.jurisdiction !== null,
      ) ||
      opensLongerName(doc, match.index + match[0].length, match[0])
    )
      continue;
    mentions.push(aliasMention(doc, match.index, match.index + match[0].length, law, match[0], before));
  }
  for (const match of doc.norm.matchAll(COMPOUND_PART)) {
    const head = match.groups?.['head'] ?? '';
    const law = lawOfAlias(doc.compiled, head);
    if (law && !overlapsAny(mentions, { start: match.index, end: match.index + match[0].length })) {
      mentions.push(aliasMention(doc, match.index, match.index + match[0].length, law, head));
    }
  }
  const described = findDescribed(doc.compiled.descriptions, doc.norm).filter((hit) => !overlapsAny(mentions, hit));
  for (const hit of described) mentions.push(aliasMention(doc, hit.start, hit.end, hit.law, ''));
  return mentions.sort(byStart);
}

/**
 * Titles that are not a known name stay unknown laws. A title holding a known name is that law when
 * what it adds is a qualifier ("북한 형법"), and another law when it adds words ("군형법"); a Korean or
 * Chinese title close to a known name ("반동사상배격법"), or a title whose words all belong to one held
 * law's names ("Culture Rejection Act of the Reactionary Ideology"), is that law.
 */
function reconcile(doc: Doc, aliases: LawMention[]): LawMention[] {
  const unknown: LawMention[] = [];
  const known = [...aliases];
  for (const title of findUnknownTitles(doc)) {
    if (overlapsAny(known, title)) continue;
    const written = doc.norm.slice(title.start, title.end);
    const { descriptions } = doc.compiled;
    const similar = isCjkName(written)
      ? lawOfCjkTitle(descriptions, written)
      : lawOfDescription(descriptions, written, 2);
    if (similar) aliases.push(aliasMention(doc, title.start, title.end, similar, ''));
    else unknown.push(title);
  }
  return [...aliases, ...unknown].sort(byStart);
}

/** What an anaphor may refer back to: "code" only a code, "convention" only a convention, other nouns any law. */
function anaphorNoun(noun: string): string | null {
  if (CODE_NOUN.test(noun)) return 'code';
  return INSTRUMENT_KINDS.has(noun.toLowerCase()) ? noun.toLowerCase() : null;
}

function findAnaphors(doc: Doc, named: LawMention[]): LawMention[] {
  const mentions: LawMention[] = [];
  for (const match of doc.norm.matchAll(ANAPHOR_NOUNS)) {
    const groups = match.groups ?? {};
    const noun = groups['noun'] ?? '';
    const span = { start: match.index, end: match.index + match[0].length };
    const determiner = noun
      ? ANAPHOR_DETERMINER_BEFORE.exec(doc.norm.slice(Math.max(0, span.start - 40), span.start))
      : null;
    if (noun && !determiner) continue;
    if ((groups['cjk'] && precededByHangul(doc.norm, match.index)) || overlapsAny(named, span)) continue;
    const phraseStart = determiner ? span.start - determiner[0].length : span.start;
    mentions.push({
      kind: 'anaphor',
      ...span,
      phraseStart,
      law: null,
      name: null,
      jurisdiction: null,
      deictic: false,
      generic: false,
      specific: false,
      stated: null,
      noun: anaphorNoun(noun),
      antecedent: null,
    });
  }
  return mentions;
}

/** Every law mention in the text, sorted by start; jurisdictions and anaphors are settled by the caller. */
export function findLawMentions(doc: Doc): LawMention[] {
  const named = reconcile(doc, findAliases(doc));
  return [...named, ...findAnaphors(doc, named)].sort(byStart);
}
