/** Patterns for a version named in the text: "the 2015 revised criminal code", "2015년 개정". */

import { alternation, group } from './lang/compile.ts';
import { cjkWords, latinWords } from './lang/index.ts';
import { MONTHS, YEAR_LATIN } from './patterns.ts';

const WORDS = group(latinWords('versionWords'));
const VERBS = group(latinWords('versionVerbs'));
const PREPOSITIONS = group(latinWords('versionPrepositions'));
const NOUNS = latinWords('versionNouns').length ? group(latinWords('versionNouns')) : '(?!)';
const ADJECTIVES = group(latinWords('lawAdjectives'));
const KINDS = alternation([...latinWords('anaphorNouns'), 'text']);
const DATE = `(?:(?<m2>${MONTHS})\\s+)?(?:\\d{1,2}[.,]?\\s+)?(?:(?<m3>${MONTHS}),?\\s+)?(?<y2>${YEAR_LATIN})\\b`;
const YEAR = group(cjkWords('yearWords'));
const MONTH = group(cjkWords('monthWords'));
const DAY = group(cjkWords('dayWords'));

/** "as of 2002", "(2002年当時)", "2023년 현재": the year the cited text stood in, not a revision. */
export const AS_OF_STATEMENTS = new RegExp(
  `\\b${group(latinWords('asOfBefore'))}\\s+(?<y1>${YEAR_LATIN})\\b|` +
    `(?<y2>(?:19|20)\\d{2})\\s*${YEAR}?\\s*${group(cjkWords('asOfAfter'))}`,
  'gi',
);

/**
 * The header of a DPRK law's text: "주체111(2022)년 8월 19일 최고인민회의 상임위원회 정령 제1028호로 수정보충",
 * "1999.8.11最高人民会議常任委員会政令第953号(第4次改正)", "依主體111(2022)年8月19日…第1028號令修訂": a date,
 * the organ's order number, then the word of revision. It states the version of the law the text is.
 */
export const LAW_HEADER = new RegExp(
  `(?<y>(?:19|20)\\d{2})\\s*[)）]?\\s*(?:${YEAR}|\\.)[^\\n。]{0,50}?${group(cjkWords('ordinalPrefix'))}\\s*\\d+\\s*${group(cjkWords('orderCounters'))}[^\\n。]{0,12}?${group(cjkWords('versionWords'))}`,
  'gu',
);

/**
 * Version statements: "the 2015 revised criminal code", "revised … in 2015", "in 2015, North Korea
 * revised", "2015년 개정", "2015年改正", "Fassung von 2015".
 */
export const VERSION_STATEMENTS = new RegExp(
  `\\b(?<y1>${YEAR_LATIN})[\\s-]*(?:${WORDS}|(?:${ADJECTIVES}\\s+)?(?:${KINDS}))\\b|` +
    `\\b${VERBS}\\b[^.!?\\n]{0,60}?\\b${PREPOSITIONS}\\s+${DATE}|` +
    `\\bin\\s+(?:(?<m6>${MONTHS})\\s+)?(?<y6>${YEAR_LATIN}),?\\s+(?:(?:the|its)\\s+(?:${ADJECTIVES}\\s+)?` +
    `(?:${KINDS})\\s+was|(?:the\\s+)?[A-Z][\\w.']*(?:\\s+[A-Z][\\w']*)?)\\s+${VERBS}\\b|` +
    `(?<y3>(?:19|20)\\d{2})\\s*${YEAR}\\s*(?:(?<m4>\\d{1,2})\\s*${MONTH}\\s*)?(?:\\d{1,2}\\s*${DAY}\\s*)?` +
    `(?:에\\s*|に\\s*)?${group(cjkWords('versionWords'))}|` +
    `\\b${NOUNS}\\s+${PREPOSITIONS}\\s+(?:\\d{1,2}[.,]?\\s+)?(?:(?:${MONTHS})\\s+)?(?<y4>${YEAR_LATIN})`,
  'gi',
);
