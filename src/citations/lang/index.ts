import { de } from './de.ts';
import { en } from './en.ts';
import { ja } from './ja.ts';
import { ko } from './ko.ts';
import type { CjkLanguageData, LanguageData } from './language.types.ts';
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
