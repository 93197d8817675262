/**
 * Known laws named in other words: "the law against 'reactionary' thought and culture", "the
 * language law" (the content words of a law's names), "반동사상배격법" (most of the characters of a
 * law's Korean or Chinese name). A description matches when all its content words belong to one law's
 * names and one of them belongs to no other law's.
 */

import type { KnownLaw } from './citation.types.ts';
import { alternation } from './lang/compile.ts';
import { latinEquivalents, latinWords } from './lang/index.ts';
import { isCjkName, nameKey } from './patterns.ts';

const STOP = new Set(
  [
    ...latinWords('titleStopWords'),
    ...latinWords('neutralWords'),
    ...latinWords('anaphorNouns'),
    ...latinWords('lawKindWords'),
    ...latinWords('listWords'),
    ...latinWords('descriptionStopWords'),
  ].map((word) => word.toLowerCase()),
);

/**
 * A crude stem: "cultural" and "culture" → "cultur", "thoughts" → "thought", "guaranteeing" and
 * "guarantee" → "guarante", "ideological" and "ideology" → "ideolog" (translators turn a title's
 * nouns into adjectives: "Reactionary Ideological and Cultural Act").
 */
export function stem(word: string): string {
  return word
    .toLowerCase()
    .replace(/(?<=\p{L}{3})ing$/u, '')
    .replace(/(?<=\p{L}{4})ical$/u, '')
    .replace(/(?:ies|es|s)$/, '')
    .replace(/(?:al|e|y)$/, '');
}

const equivalents = latinEquivalents('descriptionEquivalents');

/** A word's English equivalents ("Gedankengut" → thought), else the word itself. */
function englishOf(word: string): string[] {
  return equivalents(word) ?? [word];
}

/** The words of a phrase that may tell one law from another; jurisdiction names ("DPRK", "Korean") do not. */
export function contentStems(phrase: string, ignore: ReadonlySet<string> = NONE): string[] {
  return phrase
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length > 2 && !STOP.has(word.toLowerCase()) && !ignore.has(word.toLowerCase()))
    .flatMap(englishOf)
    .map(stem);
}

const NONE: ReadonlySet<string> = new Set();

export interface DescriptionIndex {
  /** law slug → the stems of its Latin-script names */
  stems: Map<string, Set<string>>;
  /** stem → the laws whose names have it */
  owners: Map<string, Set<string>>;
  /** words of jurisdiction names, which say whose law and not which */
  ignore: ReadonlySet<string>;
  /** CJK names, as character bigram sets */
  cjk: { law: string; key: string; bigrams: Set<string> }[];
}

export function bigrams(key: string): Set<string> {
  const set = new Set<string>();
  for (let i = 0; i + 1 < key.length; i++) set.add(key.slice(i, i + 2));
  return set;
}

export function indexDescriptions(laws: KnownLaw[], jurisdictionNames: string[]): DescriptionIndex {
  const ignore = new Set(
    jurisdictionNames.flatMap((name) => name.toLowerCase().split(/[^\p{L}]+/u)).filter((word) => word.length > 2),
  );
  const index: DescriptionIndex = { stems: new Map(), owners: new Map(), ignore, cjk: [] };
  for (const law of laws) {
    const stems = new Set<string>();
    for (const name of [law.title, ...law.aliases]) {
      if (isCjkName(name)) index.cjk.push({ law: law.slug, key: nameKey(name), bigrams: bigrams(nameKey(name)) });
      else for (const s of contentStems(name, ignore)) stems.add(s);
    }
    index.stems.set(law.slug, stems);
    for (const s of stems) index.owners.set(s, new Set([...(index.owners.get(s) ?? []), law.slug]));
  }
  return index;
}

/**
 * The one law whose names hold every content word of `phrase`, one of them its own; else null. A
 * title ("Criminal Act") needs two such words: one is what every jurisdiction's laws share.
 */
export function lawOfDescription(index: DescriptionIndex, phrase: string, minWords = 1): string | null {
  const stems = contentStems(phrase, index.ignore);
  if (stems.length < minWords || stems.length === 0) return null;
  const candidates = [...index.stems].filter(([, own]) => stems.every((s) => own.has(s))).map(([slug]) => slug);
  if (candidates.length !== 1) return null;
  const law = candidates[0]!;
  return stems.some((s) => index.owners.get(s)?.size === 1) ? law : null;
}

/** Of a title's character pairs, the share a known name must have; and of the name's, the share the title must cover. */
const TITLE_COVERED = 0.7;
const NAME_COVERED = 0.6;

/** Of a known name without its last character (the law word), the share one unbroken run of the title must repeat. */
const RUN_COVERED = 0.7;
const MIN_RUN = 4;

/** Length of the longest run of characters `a` and `b` share. */
function longestSharedRun(a: string, b: string): number {
  let best = 0;
  let row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const next = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        next[j] = row[j - 1]! + 1;
        if (next[j]! > best) best = next[j]!;
      }
    }
    row = next;
  }
  return best;
}

/**
 * The law whose Korean or Chinese name holds nearly all of `title` ("반동사상배격법" → 반동사상문화배격법),
 * or whose name the title repeats most of in one run, its words reordered or translated around it
 * ("排斥反動思想文化法", "反動思想・文化の拒絶に関する法律" → 反動思想文化排撃法).
 */
export function lawOfCjkTitle(index: DescriptionIndex, title: string): string | null {
  const key = nameKey(title);
  if (key.length < 4) return null;
  const own = bigrams(key);
  let best: { law: string; score: number } | null = null;
  for (const name of index.cjk) {
    let shared = 0;
    for (const pair of own) if (name.bigrams.has(pair)) shared++;
    const score = shared / own.size;
    const run = longestSharedRun(key, name.key.slice(0, -1));
    const repeated = run >= MIN_RUN && run / (name.key.length - 1) >= RUN_COVERED;
    const similar = score >= TITLE_COVERED && shared / name.bigrams.size >= NAME_COVERED;
    const rank = similar ? 1 + score : repeated ? run / name.key.length : 0;
    if (rank > 0 && (!best || rank > best.score)) best = { law: name.law, score: rank };
  }
  return best?.law ?? null;
}

/** A lowercase law noun ("law", "act"), maybe followed by a description link ("against"), group `link`. */
const DESCRIBED_NOUN = new RegExp(
  `\\b(?:${alternation(latinWords('anaphorNouns'))})\\b(?<link>\\s+(?:${alternation(latinWords('descriptionLinks'))})\\s+)?`,
  'g',
);
/**
 * Words (quotes and hyphens allowed) right before the noun: "the language law", and a title quoted in
 * capitals before a lowercase noun: 'the "Cultural Language Protection" law'.
 */
const WORDS_BEFORE = /(?:["'“‘]?[A-Za-z][a-z-]*["'”’]?\s+){1,5}$/;
const QUOTED = /["“‘][^"”’]+["”’]/;
/** Words after the link: "'reactionary' thought and culture". */
const WORDS_AFTER = /(?:["'“‘]?[a-z][a-z-]*["'”’]?(?:,?\s+|$)){1,7}/y;
/** A title opening with its kind (capitalised) and a link: "Law on Rejecting …", "Gesetz zur «Eliminierung …»". */
const KIND_THEN_LINK = new RegExp(
  `(?<![\\p{L}])(?:${alternation(latinWords('lawKindWords'))})(?:es|s)?\\s+(?:${alternation(latinWords('descriptionLinks'))})\\s+`,
  'gu',
);
/** The title's words after its link, in any case and with German quotes. */
const TITLE_WORDS_AFTER = /(?:["'“‘«„]?\p{L}[\p{L}-]*["'”’»“]?(?:,?\s+|(?=[.;:!?)]|$))){1,8}/uy;

export interface Described {
  start: number;
  end: number;
  law: string;
}

/** Whether any word of `phrase` is a word of some held law's names: most descriptions fail here, cheaply. */
function mayDescribe(index: DescriptionIndex, phrase: string): boolean {
  return contentStems(phrase, index.ignore).some((s) => index.owners.has(s));
}

function longestBefore(index: DescriptionIndex, norm: string, at: number, end: number): Described | null {
  const words = WORDS_BEFORE.exec(norm.slice(Math.max(0, at - 60), at));
  if (!words || !mayDescribe(index, words[0])) return null;
  const from = at - words[0].length;
  // A quoted title is read whole: 'the "Cultural Heritage Protection" law' is not a "Protection" law.
  const quoted = QUOTED.exec(words[0]);
  const insideQuote = (i: number) => quoted !== null && i > quoted.index && i < quoted.index + quoted[0].length;
  const starts = [...words[0].matchAll(/\S+/g)]
    .filter((word) => !STOP.has(word[0].replace(/["'“”‘’]/g, '').toLowerCase()) && !insideQuote(word.index ?? 0))
    .map((word) => from + (word.index ?? 0));
  for (const start of starts) {
    const law = lawOfDescription(index, norm.slice(start, at));
    if (law) return { start, end, law };
  }
  return null;
}

function longestAfter(
  index: DescriptionIndex,
  norm: string,
  start: number,
  from: number,
  pattern: RegExp = WORDS_AFTER,
): Described | null {
  pattern.lastIndex = from;
  const words = pattern.exec(norm);
  if (!words || !mayDescribe(index, words[0])) return null;
  // A span ends on a word of the title, not on a small word after it ("… Culture by heart").
  const ends = [...words[0].matchAll(/\S+/g)]
    .filter((word) => !STOP.has(word[0].replace(/["'“”‘’«»„,]/g, '').toLowerCase()))
    .map((word) => from + (word.index ?? 0) + word[0].replace(/[,]$/, '').length)
    .reverse();
  for (const end of ends) {
    const law = lawOfDescription(index, norm.slice(from, end));
    if (law) return { start, end, law };
  }
  return null;
}

/** Lowercase descriptions of known laws ("the language law", "law against reactionary thought"). */
export function findDescribed(index: DescriptionIndex, norm: string): Described[] {
  const found: Described[] = [];
  for (const match of norm.matchAll(DESCRIBED_NOUN)) {
    const nounEnd = match.index + match[0].length - (match.groups?.['link']?.length ?? 0);
    const hit = match.groups?.['link']
      ? longestAfter(index, norm, match.index, match.index + match[0].length)
      : longestBefore(index, norm, match.index, nounEnd);
    if (hit) found.push(hit);
  }
  for (const match of norm.matchAll(KIND_THEN_LINK)) {
    const hit = longestAfter(index, norm, match.index, match.index + match[0].length, TITLE_WORDS_AFTER);
    if (hit && !found.some((other) => other.start < hit.end && hit.start < other.end)) found.push(hit);
  }
  return found.sort((a, b) => a.start - b.start);
}
