/**
 * Laws the database does not hold, found from the shape of their names: a title ending in a law
 * word ("National Security Act", "국가보안법", "남북관계 발전에 관한 법률", "日本国憲法"), a German
 * compound ("Staatssicherheitsgesetz"), or a name every jurisdiction gives its laws ("헌법").
 */

import { isGenericName } from './extract-context.ts';
import { alternation, scanGroup } from './lang/compile.ts';
import { cjkWords, LATIN_LANGUAGES, latinWords } from './lang/index.ts';
import { qualifiersAfter, qualifiersBefore } from './extract-qualifiers.ts';
import { stickyMatch } from './extract-text.ts';
import type { Doc, LawMention } from './extract-types.ts';
import {
  GERMAN_COMPOUND_LAW,
  HAN_PHRASE_BEFORE,
  INSTRUMENT_ACRONYM,
  INSTRUMENT_KINDS,
  INSTRUMENT_TAIL,
  HAN_TITLE_BEFORE,
  HANGUL_PHRASE_BEFORE,
  HANGUL_TITLE_BEFORE,
  LAW_WORD,
  nameKey,
  NOT_A_LAW,
  TITLE_STOP_WORDS,
  TITLE_WORDS_BEFORE,
} from './patterns.ts';

const HANGUL_END = /[가-힣]$/;
/** How far back a Han title (HAN_TITLE_BEFORE) and a joined Japanese one (HAN_PHRASE_BEFORE) can reach. */
const HAN_TITLE_SPAN = 20;
const HAN_PHRASE_SPAN = 40;
const HAN_CONNECTORS = cjkWords('titleConnectors').filter((word) => /[\u3040-\u309f]/.test(word));
const HANGUL_RUN_BEFORE = /[가-힣]{1,2}$/;
const GENERIC_CJK = new Set(cjkWords('genericLawNames').map(nameKey));
/** "the constitution", "die Verfassung": a name every jurisdiction uses is a law's mention on its own. */
const GENERIC_LATIN = new RegExp(
  scanGroup([
    ...latinWords('genericLawNames'),
    ...LATIN_LANGUAGES.flatMap((language) => Object.values(language.lawFamilies).flat()),
  ]),
  'gi',
);
/** "同法", "해당 법": anaphors, not titles. */
const CJK_ANAPHOR = new RegExp(`^(?:${alternation(cjkWords('anaphors'))})$`);

/** Length of the small words a title walk took in at its start: "Under the", "According to the". */
function openingSmallWords(title: string): number {
  let length = 0;
  for (const word of title.matchAll(/\S+\s+/g)) {
    if (!TITLE_STOP_WORDS.test(word[0].trim())) break;
    length += word[0].length;
  }
  return length;
}

function isTitle(written: string): boolean {
  return written.split(/\s+/).filter((word) => word !== '' && !TITLE_STOP_WORDS.test(word)).length >= 2;
}

/** Where the Hangul title ending right before `index` starts, or -1. */
function hangulTitleStart(before: string, from: number, word: string): number {
  const phrase = HANGUL_PHRASE_BEFORE.exec(before);
  if (phrase) return from + phrase.index;
  const title = HANGUL_TITLE_BEFORE.exec(before);
  if (title) return from + title.index;
  const short = HANGUL_RUN_BEFORE.exec(before);
  return short && GENERIC_CJK.has(nameKey(short[0] + word)) ? from + short.index : -1;
}

/** Where the title ending in the law word at `index` starts, or -1 when no title precedes it. */
function titleStart(norm: string, index: number, word: string): number {
  const from = Math.max(0, index - 80);
  const before = norm.slice(from, index);
  if (/^[A-Z]/.test(word)) {
    const title = TITLE_WORDS_BEFORE.exec(before);
    if (!title || !isTitle(title[0] + word)) return -1;
    // "Under the Labour Law …", "According to the …": a capitalised sentence opening is no word of the title.
    return from + title.index + openingSmallWords(title[0]);
  }
  if (HANGUL_END.test(word)) return hangulTitleStart(before, from, word);
  return hanTitleStart(norm, index);
}

/**
 * A Han or katakana title ending at `index`. The patterns are anchored at the end, which a regular
 * expression engine cannot search from: they run on the few characters a title can span, and the
 * joined form only when a connector ("に関する") is there.
 */
function hanTitleStart(norm: string, index: number): number {
  const phraseFrom = Math.max(0, index - HAN_PHRASE_SPAN);
  if (HAN_CONNECTORS.some((connector) => norm.endsWith(connector, index))) {
    const phrase = HAN_PHRASE_BEFORE.exec(norm.slice(phraseFrom, index));
    if (phrase) return phraseFrom + phrase.index;
  }
  const from = Math.max(0, index - HAN_TITLE_SPAN);
  const before = norm.slice(from, index);
  const title = HAN_TITLE_BEFORE.exec(before);
  if (!title) return -1;
  // "2004年修订的刑事法典": a date's 年, 月 or 日 right after its digits opens no title.
  const date = /^[年月日]+/.exec(title[0]);
  const digitBefore = /\d$/.test(norm.slice(Math.max(0, from + title.index - 1), from + title.index));
  const start = from + title.index + (date && digitBefore ? date[0].length : 0);
  return start < index ? start : -1;
}

/**
 * A title may open with its qualifiers ("South Korea's Criminal Act" was read back from "Act"):
 * those say whose law it is, and the name proper starts after them.
 */
function unknownMention(doc: Doc, titleStart: number, end: number, wordStart: number): LawMention {
  const inside = qualifiersAfter(doc.compiled, doc.norm, titleStart, (pos) => pos >= wordStart);
  const start = Math.min(inside.edge, wordStart);
  const before = qualifiersBefore(doc.compiled, doc.norm, titleStart);
  const jurisdiction = inside.jurisdiction ?? before.jurisdiction;
  const phraseStart = inside.jurisdiction || !before.jurisdiction ? titleStart : before.edge;
  return {
    kind: 'unknown',
    start,
    end,
    phraseStart,
    law: null,
    name: doc.text.slice(phraseStart, end),
    jurisdiction,
    deictic: inside.deictic || before.deictic,
    generic: isGenericName(doc.compiled, doc.norm.slice(start, end)),
    specific: true,
    stated: inside.stated ?? before.stated,
    noun: null,
    antecedent: null,
  };
}

const HANGUL_PAIR_BEFORE = /(?<![가-힣])[가-힣]{2}$/;

/**
 * "조선민주주의인민공화국 가족법", "북한 노동법": a two-syllable name before 법 is too often a word (방법,
 * 불법) to be read as a law's on its own, but after a country's name it is that country's law.
 */
function qualifiedShortTitle(doc: Doc, index: number, word: string): number {
  if (!HANGUL_END.test(word)) return -1;
  const pair = HANGUL_PAIR_BEFORE.exec(doc.norm.slice(Math.max(0, index - 3), index));
  if (!pair) return -1;
  const start = index - 2;
  return qualifiersBefore(doc.compiled, doc.norm, start).jurisdiction !== null ? start : -1;
}

/** Every title of a law in the text, whether or not the database holds it; the caller drops those it does. */
export function findUnknownTitles(doc: Doc): LawMention[] {
  const mentions: LawMention[] = [];
  for (const match of doc.norm.matchAll(LAW_WORD)) {
    const tail = INSTRUMENT_KINDS.has(match[0].toLowerCase())
      ? stickyMatch(INSTRUMENT_TAIL, doc.norm, match.index + match[0].length)
      : null;
    const before = titleStart(doc.norm, match.index, match[0]);
    // "the Convention on the Rights of the Child": the tail makes a title even with no words before.
    const start = before >= 0 ? before : tail ? match.index : qualifiedShortTitle(doc, match.index, match[0]);
    const end = match.index + match[0].length + (tail?.[0].length ?? 0);
    const last = mentions.at(-1);
    // "Criminal Law Supplementary Regulations": a title that holds the one before it is the title.
    const holdsLast = last !== undefined && start <= last.start && end > last.end;
    if (start < 0 || (!holdsLast && (last?.end ?? 0) > start)) continue;
    if (NOT_A_LAW.test(doc.norm.slice(Math.max(0, end - 8), end)) || CJK_ANAPHOR.test(doc.norm.slice(start, end)))
      continue;
    if (holdsLast) mentions.pop();
    mentions.push(unknownMention(doc, start, end, match.index));
  }
  for (const match of doc.norm.matchAll(GERMAN_COMPOUND_LAW)) {
    mentions.push(unknownMention(doc, match.index, match.index + match[0].length, match.index));
  }
  for (const match of doc.norm.matchAll(INSTRUMENT_ACRONYM)) {
    mentions.push(unknownMention(doc, match.index, match.index + match[0].length, match.index));
  }
  for (const match of doc.norm.matchAll(GENERIC_LATIN)) {
    const span = { start: match.index, end: match.index + match[0].length };
    if (!mentions.some((mention) => mention.start < span.end && span.start < mention.end))
      mentions.push(unknownMention(doc, span.start, span.end, span.start));
  }
  return mentions.sort((a, b) => a.start - b.start);
}
