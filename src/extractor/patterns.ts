/**
 * Regular expressions shared by the extractor's stages, compiled from the language data in lang/.
 * Every quantified group either consumes a fixed word or alternates between disjoint character
 * classes, so no input makes them backtrack more than a bounded number of steps per position
 * (test/unit/extractor/backtracking.test.ts). Patterns that depend on the database (law names,
 * jurisdiction names) are compiled per context in extract-context.ts and patterns-jurisdictions.ts.
 */

import { cjkWords, LATIN_LANGUAGES, latinWords } from './lang/index.ts';
import { alternation, escapeRegExp, group, LATIN_LETTER } from './lang/compile.ts';

export { escapeRegExp };

/** "January|Jan.|…": every month name of every language. */
export const MONTHS = alternation(latinWords('months').flatMap((month) => month.split('|')));
export const YEAR_LATIN = '(?:19|20)\\d{2}';

/** Month number ("01"…"12") of a month name in any language, or of a number. */
const MONTH_INDEX = new Map<string, number>();
for (const language of LATIN_LANGUAGES) {
  language.months.forEach((spellings, i) => {
    for (const spelling of spellings.split('|')) MONTH_INDEX.set(spelling.replace(/\.$/, ''), i + 1);
  });
}
export function monthNumber(raw: string | undefined): string | null {
  if (!raw) return null;
  if (/^\d+$/.test(raw)) return raw.padStart(2, '0');
  const index = MONTH_INDEX.get(raw.toLowerCase().replace(/\.$/, ''));
  return index === undefined ? null : String(index).padStart(2, '0');
}

const NEUTRAL_LATIN = alternation(latinWords('neutralWords'));
const NEUTRAL_CJK = alternation(cjkWords('neutralWords'));
const YEAR_CJK =
  `(?<yearCjk>(?:19|20)\\d{2})\\s*${group(cjkWords('yearWords'))}(?:\\s*(?<monthCjk>\\d{1,2})\\s*${group(cjkWords('monthWords'))})?` +
  `(?:\\s*\\d{1,2}\\s*${group(cjkWords('dayWords'))})?(?:에|に|${alternation(cjkWords('possessives'))})?`;

/** Qualifiers that are not jurisdiction names: months, years, "revised", "개정"; `j` and `d` groups come per context. */
export function qualifierGroups(jurisdictionLatin: string, jurisdictionCjk: string, deictic: string): string {
  return (
    `(?<![\\p{L}\\p{N}])(?:(?<j>${jurisdictionLatin})|(?<d>${deictic})|(?<month>${MONTHS})|` +
    `(?<year>${YEAR_LATIN})|(?:${NEUTRAL_LATIN}))(?![\\p{L}\\p{N}])|` +
    `(?<jCjk>${jurisdictionCjk})|${YEAR_CJK}|(?:${NEUTRAL_CJK})`
  );
}

/** Deictic possessives of every language: "its", "the country's", "자국의". */
export const DEICTIC = alternation([...latinWords('deicticWords'), ...cjkWords('deicticWords')]);

/*
 * The whole-text scans below start with `\b` or a literal rather than a lookbehind and carry no `u`
 * flag: irregexp then skips most positions at once, which keeps extraction above 5 MB/s.
 * Hangul boundaries they cannot express are checked by the caller (`precededByHangul`).
 */

/**
 * "the law", "this Act", "이 법", "동법", "同法": a law named elsewhere in the paragraph. Scanned by
 * the noun (rarer than "the"), the determiner checked right before it.
 */
export const ANAPHOR_NOUNS = new RegExp(
  `\\b(?<noun>${alternation([...latinWords('anaphorNouns'), ...latinWords('instrumentKinds')])})(?![${LATIN_LETTER}])|(?<cjk>${cjkTrieSource(cjkWords('anaphors'))})`,
  'gi',
);
/** "the Covenant": an anaphor that refers back only to an instrument of that kind. */
export const INSTRUMENT_KINDS = new Set(latinWords('instrumentKinds').map((word) => word.toLowerCase()));
/** A capitalised word of a title, never the article word after it ("…, Art 4" cites the instrument). */
const ARTICLE_WORD = alternation(
  latinWords('articleWords').map((word) => word[0]!.toUpperCase() + word.slice(1).replace(/\.$/, '')),
);
const TAIL_WORD = `(?!(?:${ARTICLE_WORD})(?![\\p{L}]))\\p{Lu}[\\p{L}'-]*`;
/** The tail of an instrument's title after its kind word: " on the Rights of the Child", " of Human Rights". */
export const INSTRUMENT_TAIL = new RegExp(
  `\\s+${group(latinWords('titleTailLinks'))}\\s+(?:the\\s+)?${TAIL_WORD}(?:,?\\s+(?:${group(latinWords('titleTailJoiners'))}\\s+){0,3}${TAIL_WORD}){0,10}`,
  'uy',
);
/** "ICCPR", "CRC": an instrument named by its acronym. */
export const INSTRUMENT_ACRONYM = new RegExp(`\\b${group(latinWords('instrumentAcronyms'))}\\b`, 'g');
export const ANAPHOR_DETERMINER_BEFORE = new RegExp(
  `(?<![${LATIN_LETTER}])${group(latinWords('anaphorDeterminers'))}\\s+(?:${group(latinWords('anaphorModifiers'))}\\s+)?$`,
  'i',
);

const LATIN_LAW_KINDS = latinWords('lawKindWords');
const CJK_LAW_KINDS = cjkWords('lawKindWords');
const LAW_PARTICLES = cjkWords('lawParticles');
/** The last word of a law's title: "Act", "Law", "Gesetz", "법"/"법률" (before a particle at most), "法". */
export const LAW_WORD = new RegExp(
  `\\b(?:${alternation(LATIN_LAW_KINDS)})\\b|` +
    `(?:${alternation(CJK_LAW_KINDS.filter((word) => /[가-힣]$/.test(word)))})` +
    `(?=${group(LAW_PARTICLES.filter((p) => p.length === 1))}(?![가-힣])|${group(LAW_PARTICLES.filter((p) => p.length > 1))}|[^가-힣]|$)|` +
    `(?:${alternation(CJK_LAW_KINDS.filter((word) => !/[가-힣]/.test(word)))})(?=[^\\u3400-\\u9fff\\uf900-\\ufaff]|${group(cjkWords('lawFollowers'))}|$)`,
  'g',
);
/** German compounds ending in a law word, closed or hyphenated: "Staatssicherheitsgesetz", "Anti-Terror-Gesetzes". */
export const GERMAN_COMPOUND_LAW = new RegExp(
  `\\b(?:[A-ZÄÖÜ][a-zäöüß]+-)*(?:[A-ZÄÖÜ][a-zäöüß]+(?:${alternation(latinWords('compoundLawEndings'))})|(?<=-)(?:${alternation(latinWords('compoundLawEndings').map((ending) => ending[0]!.toUpperCase() + ending.slice(1)))}))(?:es|s)?(?![A-Za-zäöüß])`,
  'g',
);
/** Capitalised words right before a law word ("National Security" Act), checked on a short slice. */
export const TITLE_WORDS_BEFORE =
  /(?:\b[A-Z][\w'-]*\s+(?:(?:of|to|the|on|for|against|in)\s+){0,2}(?:and\s+(?=[A-Z]))?){1,8}$/;
export const HANGUL_TITLE_BEFORE = /[가-힣]{3,14}$/;
/** "남북관계 발전에 관한 법률": words joined by "에 관한", "을 위한", "등에 관한" before the law word. */
export const HANGUL_PHRASE_BEFORE = new RegExp(
  `(?:[가-힣]+\\s){0,3}[가-힣]*${group(cjkWords('titleConnectors'))}\\s(?:[가-힣]+\\s)?$`,
);
/** Han and katakana before 法 (and the middle dot of "反動的思想・文化排撃法"), not the particle 的. */
export const HAN_TITLE_BEFORE = /(?:(?!的)[\p{Script=Han}\p{Script=Katakana}ー·・]){1,20}$/u;
/** "反動思想・文化の拒絶に関する法律": a Japanese title joined by "に関する" before the law word (one "の" inside). */
export const HAN_PHRASE_BEFORE = new RegExp(
  `(?:[\\p{Script=Han}\\p{Script=Katakana}ー·・]{1,16}の)?[\\p{Script=Han}\\p{Script=Katakana}ー·・]{1,16}${group(cjkWords('titleConnectors').filter((word) => /[\u3040-\u309f]/.test(word)))}$`,
  'u',
);
export const TITLE_STOP_WORDS = new RegExp(`^(?:${alternation(latinWords('titleStopWords'))})$`, 'i');

const LAW_WORDS_LATIN = alternation(LATIN_LAW_KINDS);
/** A law title or acronym where a law name would start after "Article N of [the]". */
export const UNKNOWN_LAW_HEAD = new RegExp(
  `(?:(?:[\\p{Lu}][\\p{L}'-]*\\s+){0,6}(?:${LAW_WORDS_LATIN})|[A-Z][A-Za-z]*[A-Z]{2,}|` +
    `(?:\\p{Ll}+\\s+){0,3}(?:${alternation(latinWords('instrumentNouns'))}))(?![\\p{L}])`,
  'uy',
);
/** A law-looking word right before "제N조" / "第N条" that is not a known alias ("국가보안법", "유엔헌장", "憲法"). */
export const CJK_LAW_BEFORE = new RegExp(
  `(?:[가-힣]{1,14}법|[가-힣]{0,14}(?:${alternation(CJK_LAW_KINDS.filter((word) => /[가-힣]/.test(word) && word !== '법'))})|` +
    `[\\p{Script=Han}\\p{Script=Katakana}ー]{1,10}(?:${alternation(CJK_LAW_KINDS.filter((word) => !/[가-힣]/.test(word)))}))\\s?$`,
  'u',
);
/** Words that end like a law but are not one: 불법, 방법, 違法. */
export const NOT_A_LAW = new RegExp(
  `(?:^|[^가-힣])(?:${alternation(cjkWords('notLaws').filter((word) => /[가-힣]/.test(word)))})$|` +
    `(?:${alternation(cjkWords('notLaws').filter((word) => !/[가-힣]/.test(word)))})$`,
  'u',
);

/** Sentence-final dots that do not end a sentence: "Art. 60", "No. 1028", "U.S. officials". */
export const ABBREVIATION = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(latinWords('abbreviations'))}|\\p{L})$`, 'iu');

/** "법 제27조", "同第21条": a word right before an article that points to a law named nearby. */
export const ARTICLE_ANAPHOR_BEFORE = new RegExp(
  `(?:^|[^가-힣\\p{Script=Han}])(?:${alternation(cjkWords('articleAnaphors'))})\\s?$`,
  'u',
);

const HANGUL = /[가-힣]/;

/** Whether the match at `index` continues a Hangul word (so "북한국경" holds no "한국"). */
export function precededByHangul(text: string, index: number): boolean {
  return index > 0 && HANGUL.test(text[index - 1]!) && HANGUL.test(text[index] ?? '');
}

const CJK = /[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7a3]/;

export function isCjkName(name: string): boolean {
  return CJK.test(name);
}

type TrieNode = Map<string, TrieNode> & { end?: boolean };

/**
 * RegExp source for many CJK names at once, as a trie ("북한|북측" → "북(?:\\s?한|\\s?측)"), each
 * character optionally spaced from the last; the longest name wins. One alternative per first
 * character lets irregexp dismiss most positions with one check, which a flat list of
 * "북\\s?한|…" alternatives does not.
 */
export function cjkTrieSource(names: Iterable<string>): string {
  return trieSource(
    [...names].map((name) => name.replace(/\s+/g, '')),
    '\\s?',
  );
}

/**
 * The same for Latin names matched case-insensitively, `\\b` before: words joined by any run of
 * spaces (`loose`: or hyphens, and a hyphen inside a word optional, "border-crossing" / "anti reactionary").
 */
export function latinTrieSource(names: Iterable<string>, loose = false): string {
  const list = [...names].map((name) => name.trim().toLowerCase().replace(/\s+/g, ' '));
  return list.length ? `\\b${trieSource(list, '', loose)}` : '(?!)';
}

function trieSource(names: string[], between: string, loose = false): string {
  const root: TrieNode = new Map();
  for (const name of names) {
    let node = root;
    for (const ch of name) {
      if (!node.has(ch)) node.set(ch, new Map());
      node = node.get(ch)!;
    }
    node.end = true;
  }
  const literal = (ch: string) => {
    if (ch === ' ') return loose ? '[-\\s]+' : '\\s+';
    return ch === '-' && loose ? '[-\\s]?' : escapeRegExp(ch);
  };
  const emit = (node: TrieNode, first: boolean): string => {
    const alternatives = [...node].map(([ch, child]) => (first ? '' : between) + literal(ch) + emit(child, false));
    if (alternatives.length === 0) return '';
    const body = alternatives.length === 1 ? alternatives[0]! : `(?:${alternatives.join('|')})`;
    return node.end ? `(?:${body})?` : body;
  };
  return root.size ? emit(root, true) : '(?!)';
}

/** Lookup key of a name as written: case, spacing and punctuation ignored. */
export function nameKey(written: string): string {
  return written.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
