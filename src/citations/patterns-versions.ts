/** Patterns for a version named in the text: "the 2015 revised criminal code", "2015년 개정". */

import { MONTHS, YEAR_LATIN } from './patterns.ts';

export const MONTH_NAMES = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];


/** Version statements: "the 2015 revised criminal code", "revised … in 2015", "2015년 개정", "2015年改正". */
export const VERSION_STATEMENTS = new RegExp(
  `\\b(?<y1>${YEAR_LATIN})[\\s-]*(?:revised|amended|revision|amendment|version|edition|` +
    '(?:criminal\\s+|penal\\s+)?(?:code|law|text))\\b|' +
    '\\b(?:revised|revising|amended|amending|revision|amendment|adopted|enacted|passed|introduced|added)' +
    `\\b[^.!?\\n]{0,60}?\\b(?:in|of|on)\\s+(?:(?<m2>${MONTHS})\\s+)?(?:\\d{1,2},?\\s+)?` +
    `(?:(?<m3>${MONTHS}),?\\s+)?(?<y2>${YEAR_LATIN})\\b|` +
    `\\bin\\s+(?:(?<m6>${MONTHS})\\s+)?(?<y6>${YEAR_LATIN}),?\\s+(?:(?:the|its)\\s+(?:criminal\\s+|penal\\s+)?` +
    '(?:code|law)\\s+was|North\\s+Korea|Pyongyang|the\\s+DPRK)\\s+(?:revised|amended)\\b|' +
    '(?<y3>(?:19|20)\\d{2})\\s*[년年]\\s*(?:(?<m4>\\d{1,2})\\s*[월月]\\s*)?(?:\\d{1,2}\\s*[일日]\\s*)?' +
    '(?:에\\s*|に\\s*)?(?:개정|수정|채택|제정|改正|採択|制定|版)|' +
    `(?:Fassung|Revision|Novelle)\\s+(?:von|aus\\s+dem\\s+Jahr|aus)\\s+(?<y4>${YEAR_LATIN})|` +
    `(?<y5>${YEAR_LATIN})\\s+(?:revidierten|geänderten|überarbeiteten)`,
  'gi',
);

