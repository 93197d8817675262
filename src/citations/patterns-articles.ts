/** Patterns for article numbers as reports write them, in English, German, Korean and Japanese. */

const WORD_KEYWORD = '(?:articles?|arts?\\.?|artikel[ns]?)';
const KEYWORD = `(?:${WORD_KEYWORD}|§§?)`;

/** "Article", "Art.", "Articles", "§", "section" right before a number (lastIndex lands on the number). */
export const LATIN_KEYWORD = new RegExp(
  `(?:\\b(?<article>${WORD_KEYWORD})|(?<sign>§§?)|\\b(?<section>sections?|secs?\\.))\\s*(?=[1-9])`,
  'gi',
);

/** Determiners that make "article" a news article: "in an article 3 days ago". */
export const NEWS_ARTICLE_BEFORE =
  /(?<![\p{L}])(?:a|an|this|that|news|his|her|their|our|same|previous|earlier|recent|another|opinion)\s+$/iu;

/** An article number: up to three digits ("222"), or dotted like the Russian "200.1". */
export const ARTICLE_NUMBER = /([1-9]\d{0,2})(?:\.(\d{1,2}))?(?![\d])(?![.,]\d{3})/y;

/** A number that counts something else: "60 years", "12 people", "5%". */
export const UNIT_AFTER = new RegExp(
  '\\s*(?:%|percent|per\\s?cent|years?|yrs?|months?|weeks?|days?|hours?|minutes?|seconds?|people|persons?|' +
    'others?|more|times?|won|yuan|dollars?|usd|kg|km|tons?|th|st|nd|rd|cases?|members?|defectors?|' +
    'women|men|children|pages?|chapters?)(?![\\p{L}])',
  'iuy',
);

/**
 * Between list items: "60 and 64", "27, 28", "60, and Article 64", "60 (state overthrow) and 64".
 * Group `kw` is a repeated keyword.
 */
export const LIST_SEPARATOR = new RegExp(
  `(?:\\s*\\([^()\\n]{1,60}\\))?\\s*(?:,\\s*(?:and\\s+|or\\s+|und\\s+)?|;\\s*|\\s+(?:and|or|&|as\\s+well\\s+as|und|sowie)\\s+)(?<kw>${KEYWORD}\\s*)?(?=[1-9])`,
  'iuy',
);

/** Between range ends: "34-38", "58 – 65", "19 to 26", "Article 58 to Article 65". */
export const RANGE_SEPARATOR = new RegExp(
  `(?<dash>\\s*(?:-|~)\\s*|\\s+(?:to|through|thru|till|until|bis)\\s+)(?:${KEYWORD}\\s*)?(?=[1-9])`,
  'iuy',
);

/** A paragraph right after the number: "18(3)", ", Section 3", "§3", "Absatz 2". */
export const PARAGRAPH_AFTER = new RegExp(
  '\\s?\\(\\s?(?<p1>\\d{1,2}|[a-z]|[ivx]{1,4})\\s?\\)|' +
    '\\s*,?\\s*(?:section|sec\\.|paragraph|para\\.?|clause|item|subparagraph|§|Absatz|Abs\\.)\\s*(?<p2>\\d{1,2})(?!\\d)',
  'iuy',
);

/** "paragraph 2 of Article 64": the paragraph stated first. */
export const PARAGRAPH_OF = new RegExp(
  '\\b(?:paragraph|para\\.|section|sec\\.|clause|item|subparagraph)\\s*([1-9]\\d?)\\s*,?\\s+of\\s+' +
    '(?:the\\s+)?(?=(?:article|art\\.)\\s*[1-9])',
  'gi',
);

/** German ordinal: "dem 60. Artikel des Strafrechts". */
export const GERMAN_ORDINAL = /\b([1-9]\d{0,2})\.\s*Artikel[ns]?\b/gi;

/** Korean: "제222조", "183조", "부칙 1조", "제60조의2". Excludes 조선, 조직, 조치, 조사, 조항, 조원 … */
export const KOREAN_ARTICLE =
  /(?<supp>부칙\s*)?(?:제\s*)?(?<![\d.,])(?<n>[1-9]\d{0,2})\s*조(?:\s*의\s*(?<sub>[1-9]\d?))?(?![선직치사건정합항약례금원])/g;

/** Korean list whose first item lacks 조: "제60, 64조". */
export const KOREAN_LIST_HEAD = /제\s*([1-9]\d{0,2})\s*[,、·]\s*(?=(?:제\s*)?[1-9]\d{0,2}\s*조)/g;

/** Korean range whose first end lacks 조: "99~172조". */
export const KOREAN_RANGE_HEAD = /(?:제\s*)?(?<![\d.,])([1-9]\d{0,2})\s*[-~]\s*(?=(?:제\s*)?[1-9]\d{0,2}\s*조)/g;

/** Japanese and Chinese: "第60条", "第六十条", "第60条の2", "第60條". */
export const JAPANESE_ARTICLE =
  /第\s*(?<n>[0-9]{1,3}|[〇一二三四五六七八九十百]{1,6})\s*[条條](?:\s*の\s*(?<sub>[0-9]{1,2}|[一二三四五六七八九十]{1,3}))?/g;

/** A paragraph after a Korean or Japanese article: "제2항", "3항", "第2項". */
export const CJK_PARAGRAPH_AFTER = /\s*(?:[제第]\s*)?([0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*[항項]/y;

/** Money after 조 (trillion): "1조 원", "3조2000억". */
export const MONEY_AFTER_JO = /\s*(?:\d[\d,]*\s*(?:억|만|천)|원|달러|위안|엔|유로)/y;

/** Gaps joining CJK article tokens: a range ("부터", "에서", "~", "から") or a list ("및", "와", "、"). */
export const CJK_RANGE_GAP = /^\s*(?:~|-|부터|에서|내지|から)\s*$/;
export const CJK_LIST_GAP = /^\s*(?:,|、|·|및|와|과|그리고|또는|や|と|及び|並びに)\s*$/;
export const CJK_RANGE_TAIL = /\s*(?:까지|まで)/y;
