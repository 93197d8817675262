/** Patterns for article numbers as reports write them, compiled from the language data in lang/. */

import { alternation, charClass, group, LATIN_LETTER, scanGroup } from './lang/compile.ts';
import { CJK_LANGUAGES, cjkWords, LATIN_LANGUAGES, latinWords } from './lang/index.ts';
import { ko } from './lang/ko.ts';

const ARTICLE_WORDS = latinWords('articleWords');
export const PLURAL_ARTICLE_WORDS = new Set(latinWords('pluralArticleWords'));
const KEYWORD = group(ARTICLE_WORDS);
/** Number words of every language, longest first: "seventy", "seven". */
export const NUMBER_WORDS = new Map(LATIN_LANGUAGES.flatMap((language) => Object.entries(language.numberWords)));
const NUMBER_WORD = alternation(NUMBER_WORDS.keys());
const NUMBER_AHEAD = NUMBER_WORD ? `(?=[1-9]|(?:${NUMBER_WORD})(?![${LATIN_LETTER}]))` : '(?=[1-9])';

function keywordPattern(articleWords: string[]): RegExp {
  return new RegExp(
    `(?:(?<article>${scanGroup(articleWords)})|(?<section>${scanGroup(latinWords('sectionWords'))}))\\s*${NUMBER_AHEAD}`,
    'gi',
  );
}

/** "Article", "Art.", "Articles", "§", "section" right before a number (lastIndex lands on the number). */
export const LATIN_KEYWORD = keywordPattern(ARTICLE_WORDS);

/** Per language, the keyword pattern of its own texts: every article word, and those it alone reads so ("Paragraph"). */
export const OWN_TEXT_KEYWORDS = new Map(
  LATIN_LANGUAGES.filter((language) => language.ownTextArticleWords.length > 0).map((language) => [
    language.code,
    keywordPattern([...ARTICLE_WORDS, ...language.ownTextArticleWords]),
  ]),
);

/** Determiners that make "article" a news article: "in an article 3 days ago". */
export const NEWS_ARTICLE_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${alternation(latinWords('newsArticleDeterminers'))})\\s+$`,
  'iu',
);

/** An article number: up to three digits ("222"), or dotted like the Russian "200.1". */
export const ARTICLE_NUMBER = /([1-9]\d{0,2})(?:\.(\d{1,2}))?(?![\d])(?![.,]\d{3})/y;

/** "Seven", "twenty-two", "two hundred and twenty-two": up to five number words. */
export const NUMBER_WORDS_AT = NUMBER_WORD
  ? new RegExp(`(?:${NUMBER_WORD})(?:(?:-|\\s+(?:and\\s+)?)(?:${NUMBER_WORD})){0,4}(?![${LATIN_LETTER}])`, 'iy')
  : /(?!)/y;

/** A number that counts something else: "60 years", "12 people", "5%". */
export const UNIT_AFTER = new RegExp(`\\s*(?:${alternation(latinWords('unitWords'))})(?![\\p{L}])`, 'iuy');

const LIST_WORDS = group(latinWords('listWords'));
/**
 * Between list items: "60 and 64", "27, 28", "60, and Article 64", "60 (state overthrow) and 64".
 * Group `kw` is a repeated keyword.
 */
export const LIST_SEPARATOR = new RegExp(
  `(?:\\s*\\([^()\\n]{1,60}\\))?\\s*(?:,\\s*(?:${LIST_WORDS}\\s+)?|;\\s*|\\s+${LIST_WORDS}\\s+)(?<kw>${KEYWORD}\\s*)?(?=[1-9])`,
  'iuy',
);

/** Between range ends: "34-38", "58 – 65", "19 to 26", "Article 58 to Article 65". */
export const RANGE_SEPARATOR = new RegExp(
  `(?<dash>\\s*(?:-|~)\\s*|\\s+${group(latinWords('rangeWords'))}\\s+)(?:${KEYWORD}\\s*)?(?=[1-9])`,
  'iuy',
);

const PARAGRAPH_WORDS = group(latinWords('paragraphWords'));
const ITEM_WORDS = group(latinWords('itemWords'));
/** A paragraph right after the number: "18(3)", ", Section 3", "§3", "Absatz 2", "Clause 1". */
export const PARAGRAPH_AFTER = new RegExp(
  `\\s?\\(\\s?(?<p1>\\d{1,2}|[a-z]|[ivx]{1,4})\\s?\\)|\\s*,?\\s*${PARAGRAPH_WORDS}\\s*(?<p2>\\d{1,2})(?!\\d)`,
  'iuy',
);
/** An item right after the paragraph: "18(1)(3)", "paragraph 1, item 3", "Nr. 2". */
export const ITEM_AFTER = new RegExp(
  `\\s?\\(\\s?(?<i1>\\d{1,2}|[a-z])\\s?\\)|\\s*,?\\s*${ITEM_WORDS}\\s*(?<i2>\\d{1,2})(?!\\d)`,
  'iuy',
);

/** "paragraph 2 of Article 64": the paragraph stated first. */
export const PARAGRAPH_OF = new RegExp(
  `\\b(?:${alternation([...latinWords('paragraphWords'), ...latinWords('itemWords')])})\\s*([1-9]\\d?)\\s*,?\\s+` +
    `${group(latinWords('lawLinks'))}\\s+(?:the\\s+)?(?=${KEYWORD}\\s*[1-9])`,
  'gi',
);

/** Ordinal before the article word: "dem 60. Artikel des Strafrechts". */
export const ORDINAL_ARTICLE = new RegExp(
  `\\b([1-9]\\d{0,2})\\.\\s*${group(latinWords('ordinalArticleWords'))}\\b`,
  'gi',
);

/* Korean and Japanese/Chinese: an ordinal prefix, the number, a counter ("제60조", "第60条"). */

const CJK_DIGITS = '[〇一二三四五六七八九十百]';
const KO_ORDINAL = group(ko.ordinalPrefix);
const KO_COUNTER = group(ko.articleCounters);
const HAN = CJK_LANGUAGES.filter((language) => language !== ko);
const HAN_ORDINAL = group(HAN.flatMap((language) => language.ordinalPrefix));
const HAN_COUNTER = group(HAN.flatMap((language) => language.articleCounters));
const HAN_SUB = group(HAN.flatMap((language) => language.subArticleLinks));
const HAN_NOT_AFTER = charClass(HAN.map((language) => language.notArticleAfter).join(''));

/** Korean: "제222조", "183조", "부칙 1조", "제60조의2". Excludes 조선, 조직, 조치, 조사, 조항, 조원 … */
export const KOREAN_ARTICLE = new RegExp(
  `(?<supp>${group(ko.supplementaryWords)}\\s*)?(?<ord>${KO_ORDINAL}\\s*)?(?<![\\d.,])(?<n>[1-9]\\d{0,2})\\s*${KO_COUNTER}` +
    `(?:\\s*${group(ko.subArticleLinks)}\\s*(?<sub>[1-9]\\d?))?(?!${charClass(ko.notArticleAfter)})`,
  'g',
);

const LIST_PUNCTUATION = '[,、·]';
/** Korean list whose first item lacks 조: "제60, 64조", "제301·302조". */
export const KOREAN_LIST_HEAD = new RegExp(
  `${KO_ORDINAL}\\s*([1-9]\\d{0,2})\\s*${LIST_PUNCTUATION}\\s*(?=(?:${KO_ORDINAL}\\s*)?[1-9]\\d{0,2}\\s*${KO_COUNTER})`,
  'g',
);

/** Japanese or Chinese list whose first item lacks 条: "第110、111条". */
export const HAN_LIST_HEAD = new RegExp(
  `${HAN_ORDINAL}\\s*([1-9]\\d{0,2})\\s*${LIST_PUNCTUATION}\\s*(?=(?:${HAN_ORDINAL}\\s*)?[1-9]\\d{0,2}\\s*${HAN_COUNTER})`,
  'g',
);

/** Range words that join two bare numbers ("第33至35条", "33から35条"); "에서" only makes a range with "까지" after it. */
const RANGE_HEAD_GAPS = group(cjkWords('rangeGaps').filter((gap) => gap !== '에서' && /[^-~]/.test(gap)));
/** A range whose first end lacks its counter: "99~172조", "27~40条", "第33至35条". */
export const CJK_RANGE_HEAD = new RegExp(
  `(?:(?:${KO_ORDINAL}|${HAN_ORDINAL})\\s*)?(?<![\\d.,])([1-9]\\d{0,2})\\s*(?:[-~]|${RANGE_HEAD_GAPS})\\s*(?=(?:(?:${KO_ORDINAL}|${HAN_ORDINAL})\\s*)?[1-9]\\d{0,2}\\s*(?:${KO_COUNTER}|${HAN_COUNTER}))`,
  'g',
);

/** Japanese and Chinese: "第60条", "第六十条", "第60条の2", "第60條", and without 第 "60条"; "附則第1条", "付則第1条". */
export const HAN_ARTICLE = new RegExp(
  `(?<supp>${group(HAN.flatMap((language) => language.supplementaryWords))}\\s*)?(?:(?<ord>${HAN_ORDINAL})\\s*(?<n>[0-9]{1,3}|${CJK_DIGITS}{1,6})|(?<![0-9.,])(?<bare>[1-9][0-9]{0,2}))\\s*${HAN_COUNTER}` +
    `(?:\\s*${HAN_SUB}\\s*(?<sub>[0-9]{1,2}|[一二三四五六七八九十]{1,3}))?(?!${HAN_NOT_AFTER})`,
  'g',
);

const ORDINALS = group(cjkWords('ordinalPrefix'));
/** A paragraph after a Korean or Japanese article: "제2항", "3항", "第2項". */
export const CJK_PARAGRAPH_AFTER = new RegExp(
  `\\s*(?:${ORDINALS}\\s*)?([0-9]{1,2}|[一二三四五六七八九十]{1,3})\\s*${group(cjkWords('paragraphCounters'))}`,
  'y',
);
/** An item after the article or paragraph: "제3호", "第3号". */
export const CJK_ITEM_AFTER = new RegExp(
  `\\s*(?:${ORDINALS}\\s*)?([0-9]{1,2}|[一二三四五六七八九十]{1,3})\\s*${group(cjkWords('itemCounters'))}`,
  'y',
);

/** Money after 조 (trillion): "1조 원", "3조2000억". */
export const MONEY_AFTER_JO = new RegExp(`\\s*(?:\\d[\\d,]*\\s*)?${group(ko.moneyAfter)}`, 'y');

/** Gaps joining CJK article tokens: a range ("부터", "에서", "~", "から") or a list ("및", "와", "、"). */
export const CJK_RANGE_GAP = new RegExp(
  `^\\s*${group(cjkWords('rangeGaps'))}\\s*(?:${group(cjkWords('rangeGapFillers'))}\\s*)?$`,
);
export const CJK_LIST_GAP = new RegExp(`^\\s*${group(cjkWords('listGaps'))}\\s*$`);
export const CJK_RANGE_TAIL = new RegExp(`\\s*${group(cjkWords('rangeTails'))}`, 'y');
/** A gap that makes a range only when the tail follows: "99조에서 172조까지" (not "161조에서 303조로"). */
export const CJK_RANGE_GAP_NEEDS_TAIL = /^\s*에서\s*$/;

/** Counts, not citations: "총 303조", "全329条" (the word right before the number). */
export const CJK_COUNT_BEFORE = new RegExp(
  `(?:^|[^가-힣\\p{Script=Han}])${group(cjkWords('countBefore'))}(?:${group(cjkWords('possessives'))})?\\s*$`,
  'u',
);
/** "8장 161조", "4章41条": a chapter count right before, with no ordinal prefix. */
export const CJK_CHAPTER_COUNT_BEFORE = new RegExp(
  `(?<![\\d${cjkWords('ordinalPrefix').join('')}])(?<!${ORDINALS}\\s)[1-9]\\d{0,2}\\s*${group(cjkWords('chapterCounters'))}\\s*[,、]?\\s*$`,
);
/** "…조로 구성", "…条からなる" after a chapter count. */
export const CJK_COUNT_AFTER = new RegExp(`\\s*${group(cjkWords('countAfter'))}`, 'y');
/** "18条からなり", "41조로 구성": a count even with no chapter before it, when the number has no ordinal prefix. */
export const CJK_COUNT_AFTER_ALONE = new RegExp(`\\s*${group(cjkWords('countAfterAlone'))}`, 'y');
/** Kana: the sentence is Japanese, where a number before 条 without 第 is an article. */
export const KANA = /[\u3040-\u30ff]/;
