/**
 * Regular expressions shared by the extractor's stages. Every quantified group either consumes a
 * fixed word or alternates between disjoint character classes, so no input makes them backtrack
 * more than a bounded number of steps per position (test/unit/citations/backtracking.test.ts).
 */

export const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.';

const POSS = "(?:'s|s'|')?";
const KP_LATIN =
  `North\\s+Korea${POSS}|North\\s+Korean|N\\.\\s?Korea(?:n|${POSS})|DPRK${POSS}|D\\.P\\.R\\.K\\.?${POSS}|` +
  `Pyongyang's|North's|regime's|country's|Democratic\\s+People's\\s+Republic\\s+of\\s+Korea${POSS}|` +
  'nordkoreanische[nmrs]?|Nordkoreas|its';
const FOREIGN_LATIN =
  `South\\s+Korea${POSS}|South\\s+Korean|S\\.\\s?Korea(?:n|${POSS})|ROK${POSS}|Republic\\s+of\\s+Korea${POSS}|` +
  `Seoul's|South's|Russia${POSS}|Russian|China${POSS}|Chinese|Japan${POSS}|Japanese|Germany's|German|` +
  'U\\.S\\.|American|British|French|international|südkoreanische[nmrs]?|russische[nmrs]?|' +
  'deutsche[nmrs]?|chinesische[nmrs]?|japanische[nmrs]?';
const NEUTRAL_LATIN =
  'the|a|an|this|that|new|newly|current|revised|amended|old|former|existing|updated|so-called|latest|' +
  'previous|earlier|same|des|dem|der|den|die|das|neuen|revidierten|geänderten|aktuellen|geltenden';
export const YEAR_LATIN = '(?:19|20)\\d{2}';

const KP_CJK = '북한(?:의)?|(?<![가-힣])북(?:의)?|조선(?:의)?|공화국(?:의)?|共和国|北朝鮮(?:の)?|朝鮮(?:の)?';
const FOREIGN_CJK =
  '(?<![가-힣])한국(?:의)?|남한(?:의)?|대한민국(?:의)?|우리나라(?:의)?|' +
  '러시아(?:의)?|중국(?:의)?|일본(?:의)?|韓国(?:の)?|日本(?:の)?|ロシア(?:の)?|中国(?:の)?';
const NEUTRAL_CJK = '개정(?:된)?|현행|새|신|改正|現行|新';
const YEAR_CJK = '(?<yearCjk>(?:19|20)\\d{2})\\s*[년年](?:\\s*(?<monthCjk>\\d{1,2})\\s*[월月])?(?:\\s*\\d{1,2}\\s*[일日])?(?:에)?';

const QUALIFIER_GROUPS =
  `(?<![\\p{L}\\p{N}])(?:(?<kp>${KP_LATIN})|(?<foreign>${FOREIGN_LATIN})|(?<month>${MONTHS})|` +
  `(?<year>${YEAR_LATIN})|(?:${NEUTRAL_LATIN}))(?![\\p{L}\\p{N}])|` +
  `(?<kpCjk>${KP_CJK})|(?<foreignCjk>${FOREIGN_CJK})|${YEAR_CJK}|(?:${NEUTRAL_CJK})`;

/** One qualifier ending right before the law name ("North Korea's", "2015", "revised", "북한"). */
export const QUALIFIER_TAIL = new RegExp(`(?:${QUALIFIER_GROUPS})[\\s-]*$`, 'iu');
/** One qualifier starting at lastIndex, as in "of [the 2015 revised] Criminal Code". */
export const QUALIFIER_HEAD = new RegExp(`(?:${QUALIFIER_GROUPS})[\\s-]*`, 'iuy');

/** Jurisdiction markers anywhere in the text: kp ones, and foreign ones that speak of a law or court. */
export const MARKERS = new RegExp(
  '(?<kp>(?<![\\p{L}])(?:North\\s+Korea|DPRK|D\\.P\\.R\\.K|Pyongyang|Nordkorea)(?![\\p{L}])|북한|北朝鮮|共和国)|' +
    `(?<foreign>(?<![\\p{L}])(?:${FOREIGN_LATIN})\\s+(?:criminal\\s+|penal\\s+)?` +
    '(?:laws?|acts?|codes?|legislation|courts?|statutes?|judges?|prosecutors?)(?![\\p{L}])|' +
    '(?<![가-힣])(?:한국|남한|대한민국|우리나라)(?:에서는|에서도|의\\s?경우|법상|법은|법에서는))|' +
    '(?<locative>(?<![\\p{L}])(?:In|Under)\\s+(?:South\\s+Korea|the\\s+South|the\\s+ROK|the\\s+Republic\\s+of\\s+Korea|Russia|China|Japan)(?![\\p{L}]))',
  'gu',
);

/** "the law", "this Act", "이 법", "동법", "同法": a law named earlier. */
export const ANAPHORS = new RegExp(
  '(?<![\\p{L}])(?:the|this|that|its|said|same|above|aforementioned|present)\\s+(?:new\\s+|revised\\s+|amended\\s+)?' +
    '(?<noun>law|act|code|legislation|statute)(?![\\p{L}])|' +
    '(?<![가-힣])(?:이|같은|동|본|해당|그)\\s?(?<ko>법)(?![가-힣])|(?:同|本)(?<ja>法)|' +
    '(?:dieses|des)\\s+(?<de>Gesetzes)(?![\\p{L}])',
  'giu',
);
/** The noun of an anaphor once its determiner was skipped as a qualifier: "of the [law]". */
export const ANAPHOR_NOUN = /(?:law|act|code|legislation|statute|gesetz(?:es)?)(?![\p{L}])/iuy;

const LAW_WORDS = 'Act|Law|Code|Covenant|Convention|Constitution|Declaration|Charter|Statute|Treaty|Protocol|Ordinance|Decree|Regulations?';
/** A capitalised law title ("National Security Act") or a law acronym ("ICCPR"). */
export const UNKNOWN_LAW = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:[\\p{Lu}][\\p{L}'-]*\\s+){1,6}(?:${LAW_WORDS})|` +
    '[가-힣]{3,14}법|\\p{Script=Han}{2,10}法)(?![\\p{L}])',
  'gu',
);
/** The same, anchored where a law name would start after "Article N of [the]". */
export const UNKNOWN_LAW_HEAD = new RegExp(
  `(?:(?:[\\p{Lu}][\\p{L}'-]*\\s+){0,6}(?:${LAW_WORDS})|[A-Z][A-Za-z]*[A-Z]{2,}|` +
    '(?:constitution|covenant|convention|charter|treaty|protocol|decree|ordinance))(?![\\p{L}])',
  'uy',
);
/** A law-looking word right before "제N조" / "第N条" that is not a known alias ("국가보안법", "憲法"). */
export const CJK_LAW_BEFORE = /(?:[가-힣]{1,14}법|\p{Script=Han}{1,10}法)\s?$/u;
export const NOT_A_LAW_KO = /^(?:불법|비법|방법|수법|위법|합법|편법|무법|문법)$/;
/** An English law title ending right before "Article N" ("the Criminal Act Article 87"). */
export const LAW_TITLE_BEFORE = new RegExp(`(?:${LAW_WORDS})(?:'s)?,?\\s*$`, 'u');


/** Escapes a literal for use inside a RegExp source. */
export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const CJK = /[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7a3]/;

/** RegExp source for one name: Latin names keep word boundaries, CJK names tolerate missing spaces. */
export function namePatternSource(name: string, suffix: string): string {
  const trimmed = name.trim();
  if (CJK.test(trimmed)) {
    return Array.from(trimmed.replace(/\s+/g, ''), escapeRegExp).join('\\s?');
  }
  const body = trimmed
    .split(/\s+/)
    .map((word) => escapeRegExp(word).replace(/'/g, "['\u2019]").replace(/-/g, '[-\\s]?'))
    .join('\\s+');
  return `(?<![\\p{L}\\p{N}])${body}${suffix}(?![\\p{L}\\p{N}])`;
}

/** Lookup key of a name as written: case, spacing and punctuation ignored. */
export function nameKey(written: string): string {
  return written.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
