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

const KP_CJK = '북한(?:의)?|(?<![가-힣])북(?:의)?|조선(?:의)?|공화국(?:의)?|共和国|北朝鮮(?:の)?|朝鮮(?:の)?|北韓';
const FOREIGN_CJK =
  '(?<![가-힣])한국(?:의)?|남한(?:의)?|대한민국(?:의)?|우리나라(?:의)?|' +
  '러시아(?:의)?|중국(?:의)?|일본(?:의)?|韓国(?:の)?|日本(?:の)?|ロシア(?:の)?|中国(?:の)?|南韓|韓國|中國';
const NEUTRAL_CJK = '개정(?:된)?|현행|새|신|改正|現行|新';
const YEAR_CJK = '(?<yearCjk>(?:19|20)\\d{2})\\s*[년年](?:\\s*(?<monthCjk>\\d{1,2})\\s*[월月])?(?:\\s*\\d{1,2}\\s*[일日])?(?:에)?';

const QUALIFIER_GROUPS =
  `(?<![\\p{L}\\p{N}])(?:(?<kp>${KP_LATIN})|(?<foreign>${FOREIGN_LATIN})|(?<month>${MONTHS})|` +
  `(?<year>${YEAR_LATIN})|(?:${NEUTRAL_LATIN}))(?![\\p{L}\\p{N}])|` +
  `(?<kpCjk>${KP_CJK})|(?<foreignCjk>${FOREIGN_CJK})|${YEAR_CJK}|(?:${NEUTRAL_CJK})`;

/**
 * One qualifier ending right before lastIndex ("North Korea's", "2015", "revised", "북한"), as group
 * `q` with indices: a lookbehind is matched backwards, so only the words just before are examined.
 */
export const QUALIFIER_BEFORE = new RegExp(`(?<=(?<q>${QUALIFIER_GROUPS})[\\s-]*)`, 'iuyd');
/** One qualifier starting at lastIndex, as in "of [the 2015 revised] Criminal Code". */
export const QUALIFIER_HEAD = new RegExp(`(?:${QUALIFIER_GROUPS})[\\s-]*`, 'iuy');

/*
 * The whole-text scans below start with `\b` or a literal rather than a lookbehind and carry no `u`
 * flag: irregexp then skips most positions at once, which keeps extraction above 5 MB/s.
 * Hangul boundaries they cannot express are checked by the caller (`precededByHangul`).
 */

/** Jurisdiction markers anywhere in the text: kp ones, and foreign ones that speak of a law or court. */
export const MARKERS = new RegExp(
  '(?<kp>\\b(?:North\\s+Korea|DPRK|D\\.P\\.R\\.K|Pyongyang|Nordkorea)\\b|북한|北朝鮮|共和国)|' +
    `(?<foreign>\\b(?:${FOREIGN_LATIN})\\s+(?:criminal\\s+|penal\\s+)?` +
    '(?:laws?|acts?|codes?|legislation|courts?|statutes?|judges?|prosecutors?)\\b|' +
    '(?:한국|남한|대한민국|우리나라)(?:에서는|에서도|의\\s?경우|법상|법은|법에서는))|' +
    '(?<locative>\\b(?:In|Under)\\s+(?:South\\s+Korea|the\\s+South|the\\s+ROK|the\\s+Republic\\s+of\\s+Korea|Russia|China|Japan)\\b)',
  'g',
);

/** "the law", "this Act", "이 법", "동법", "同法": a law named earlier. */
export const ANAPHORS = new RegExp(
  '\\b(?:the|this|that|its|said|same|above|aforementioned|present)\\s+(?:new\\s+|revised\\s+|amended\\s+)?' +
    '(?<noun>law|act|code|legislation|statute)\\b|' +
    '(?:이|같은|동|본|해당|그)\\s?(?<ko>법)(?![가-힣])|[同本](?<ja>法)|\\b(?:dieses|des)\\s+(?<de>Gesetzes)\\b',
  'gi',
);
/** The noun of an anaphor once its determiner was skipped as a qualifier: "of the [law]". */
export const ANAPHOR_NOUN = /(?:law|act|code|legislation|statute|gesetz(?:es)?)(?![\p{L}])/iuy;

const LAW_WORDS =
  'Act|Law|Code|Covenant|Convention|Constitution|Declaration|Charter|Statute|Treaty|Protocol|Ordinance|Decree|' +
  'Regulations?|Agreement|Accords?|Resolution|Rules|Guidelines';
const LAW_NOUNS =
  'constitution|covenant|convention|charter|treaty|protocol|decree|ordinance|agreement|accords?|resolution|' +
  'rules|regulations?|guidelines|bylaws|directive|statutes?';
/** The last word of a law's title: "Act", "Law", "법" (before a particle at most), "法". */
export const LAW_WORD = new RegExp(
  `\\b(?:${LAW_WORDS})\\b|법(?=[은는이가을를의에도과와상](?![가-힣])|에서|으로|위반|[^가-힣]|$)|法`,
  'g',
);
/** Capitalised words right before a law word ("National Security" Act), checked on a short slice. */
export const TITLE_WORDS_BEFORE = /(?:\b[A-Z][\w'-]*\s+){1,6}$/;
export const HANGUL_TITLE_BEFORE = /[가-힣]{3,14}$/;
export const HAN_TITLE_BEFORE = /\p{Script=Han}{2,10}$/u;
/** A law title or acronym where a law name would start after "Article N of [the]". */
export const UNKNOWN_LAW_HEAD = new RegExp(
  `(?:(?:[\\p{Lu}][\\p{L}'-]*\\s+){0,6}(?:${LAW_WORDS})|[A-Z][A-Za-z]*[A-Z]{2,}|` +
    `(?:\\p{Ll}+\\s+){0,3}(?:${LAW_NOUNS}))(?![\\p{L}])`,
  'uy',
);
/** A law-looking word right before "제N조" / "第N条" that is not a known alias ("국가보안법", "유엔헌장", "憲法"). */
export const CJK_LAW_BEFORE = /(?:[가-힣]{1,14}법|[가-힣]{0,14}(?:헌장|협약|협정|규약|조약|결의)|\p{Script=Han}{1,10}[法約章])\s?$/u;
export const NOT_A_LAW_KO = /^(?:불법|비법|방법|수법|위법|합법|편법|무법|문법)$/;

const HANGUL = /[가-힣]/;

/** Whether the match at `index` continues a Hangul word (so "북한국경" holds no "한국"). */
export function precededByHangul(text: string, index: number): boolean {
  return index > 0 && HANGUL.test(text[index - 1]!) && HANGUL.test(text[index] ?? '');
}

/** Escapes a literal for use inside a RegExp source. */
export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const CJK = /[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7a3]/;

export function isCjkName(name: string): boolean {
  return CJK.test(name);
}

/** RegExp source (flags `gi`) for one name: Latin names keep word boundaries, CJK names tolerate missing spaces. */
export function namePatternSource(name: string, suffix: string): string {
  const trimmed = name.trim();
  if (isCjkName(trimmed)) {
    return Array.from(trimmed.replace(/\s+/g, ''), escapeRegExp).join('\\s?');
  }
  const body = trimmed
    .split(/\s+/)
    .map((word) => escapeRegExp(word).replace(/-/g, '[-\\s]?'))
    .join('\\s+');
  const open = /^\w/.test(trimmed) ? '\\b' : '';
  const close = /\w$/.test(trimmed) ? '\\b' : '';
  return `${open}${body}${suffix}${close}`;
}

/** Lookup key of a name as written: case, spacing and punctuation ignored. */
export function nameKey(written: string): string {
  return written.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
