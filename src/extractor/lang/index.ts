import { de } from './de.ts';
import { en } from './en.ts';
import { ja } from './ja.ts';
import { ko } from './ko.ts';
import { LATIN_LETTER } from './compile.ts';
import type { CjkLanguageData } from './cjk-language.types.ts';
import type { LanguageData } from './language.types.ts';
import { zh } from './zh.ts';

/** Languages written with words around article numbers ("Article 60"). */
export const LATIN_LANGUAGES: readonly LanguageData[] = [en, de];
/** Languages written with counters ("제60조", "第60条"). */
export const CJK_LANGUAGES: readonly CjkLanguageData[] = [ko, ja, zh];

type ListKey<T> = { [K in keyof T]: T[K] extends string[] ? K : never }[keyof T];

/** One word list gathered over the Latin-script languages, without duplicates. */
export function latinWords(key: ListKey<LanguageData>): string[] {
  return [...new Set(LATIN_LANGUAGES.flatMap((language) => language[key]))];
}

/** One word list gathered over the CJK languages, without duplicates. */
export function cjkWords(key: ListKey<CjkLanguageData>): string[] {
  return [...new Set(CJK_LANGUAGES.flatMap((language) => language[key]))];
}

/**
 * A word's equivalents in one of the Latin languages' tables (`offenceEquivalents`,
 * `descriptionEquivalents`): the entry for the word itself, else those of every key ending in `*`
 * that the word contains ("gedanke*" → "Gedankengut"); null when none applies.
 */
export function latinEquivalents(
  key: 'offenceEquivalents' | 'descriptionEquivalents',
): (word: string) => string[] | null {
  const exact = new Map<string, string[]>();
  const partial: [string, string[]][] = [];
  for (const language of LATIN_LANGUAGES) {
    for (const [written, words] of Object.entries(language[key])) {
      if (written.endsWith('*')) partial.push([written.slice(0, -1), words]);
      else exact.set(written, words);
    }
  }
  return (word) => {
    const w = word.toLowerCase();
    const inside = exact.get(w) ?? partial.filter(([part]) => w.includes(part)).flatMap(([, words]) => words);
    return inside.length > 0 ? inside : null;
  };
}

/** A script counts when it has this many characters: a stray name in another script does not make the text that language's. */
const MIN_SCRIPT_CHARACTERS = 3;
/** Latin-script texts are told apart by their common words; fewer hits than this decide nothing. */
const MIN_COMMON_WORDS = 3;

const CJK_SCRIPTS = CJK_LANGUAGES.map((language) => ({ language, pattern: new RegExp(`[${language.script}]`, 'gu') }));
/**
 * Every Latin language's common words in one pattern, a capture group per language: the text is read
 * once, not once per language. A match is a whole run of letters, so the runs one pattern per
 * language would find are the same, and each is counted for the language whose group caught it.
 */
const COMMON_WORDS = new RegExp(
  `${LATIN_LANGUAGES.every((language) => language.commonWords.every((word) => /^\w/.test(word))) ? '\\b' : ''}` +
    `(?<![${LATIN_LETTER}0-9])(?:${LATIN_LANGUAGES.map((language) => `(${language.commonWords.join('|')})`).join('|')})(?![${LATIN_LETTER}0-9])`,
  'gi',
);

/** Matches of `pattern` in `text`, counted up to `enough` (a threshold needs no more). */
function count(pattern: RegExp, text: string, enough = Number.POSITIVE_INFINITY): number {
  let n = 0;
  for (const _ of text.matchAll(pattern)) if (++n >= enough) break;
  return n;
}

/**
 * Whose laws the language of `text` points to when nothing else is said: the first CJK language
 * whose script the text uses (Korean, then Japanese — kana — then Chinese), else the Latin-script
 * language with most common words. Null when the language is written in many countries or unclear.
 */
export function writersJurisdictionOf(text: string, latin?: LanguageData | null): string | null {
  for (const { language, pattern } of CJK_SCRIPTS) {
    if (count(pattern, text, MIN_SCRIPT_CHARACTERS) >= MIN_SCRIPT_CHARACTERS) return language.writersJurisdiction;
  }
  // `latin`: latinLanguageOf(text) when the caller has it already (each count reads the whole text).
  return (latin === undefined ? latinLanguageOf(text) : latin)?.writersJurisdiction ?? null;
}

/** The Latin-script language with most common words in `text`, if any has enough. */
export function latinLanguageOf(text: string): LanguageData | null {
  const hits = LATIN_LANGUAGES.map(() => 0);
  for (const match of text.matchAll(COMMON_WORDS)) hits[match.findIndex((group, i) => i > 0 && group !== undefined) - 1]! += 1;
  let best: { language: LanguageData; hits: number } | null = null;
  for (const [i, language] of LATIN_LANGUAGES.entries()) {
    if (hits[i]! >= MIN_COMMON_WORDS && (!best || hits[i]! > best.hits)) best = { language, hits: hits[i]! };
  }
  return best?.language ?? null;
}
