/** Article references in Latin script: "Article 60", "Arts 34-38", "Articles 60 and 64", "§ 3", "60. Artikel", "Article Seven". */

import { stickyMatch } from './extract-text.ts';
import type { ArticleGroup, ArticleRef } from './extract-types.ts';
import {
  ARTICLE_NUMBER,
  ITEM_AFTER,
  LATIN_KEYWORD,
  OWN_TEXT_KEYWORDS,
  LIST_SEPARATOR,
  NEWS_ARTICLE_BEFORE,
  NUMBER_WORDS,
  NUMBER_WORDS_AT,
  ORDINAL_ARTICLE,
  PARAGRAPH_AFTER,
  PARAGRAPH_OF,
  PLURAL_ARTICLE_WORDS,
  RANGE_SEPARATOR,
  UNIT_AFTER,
} from './patterns-articles.ts';

interface NumberToken {
  value: number;
  text: string;
  end: number;
  dotted: boolean;
}

/** "seven" → 7, "twenty-two" → 22, "two hundred and twenty-two" → 222; null past 999. */
function wordsValue(written: string): number | null {
  let total = 0;
  let current = 0;
  for (const word of written.toLowerCase().split(/[\s-]+/)) {
    const value = NUMBER_WORDS.get(word);
    if (value === undefined) continue;
    if (value === 100) current = Math.max(current, 1) * 100;
    else current += value;
  }
  total += current;
  return total > 0 && total < 1000 ? total : null;
}

/** "Article Seven": a number written out. */
function readNumberWords(norm: string, pos: number): NumberToken | null {
  const match = stickyMatch(NUMBER_WORDS_AT, norm, pos);
  const value = match ? wordsValue(match[0]) : null;
  if (!match || value === null) return null;
  const end = pos + match[0].length;
  if (stickyMatch(UNIT_AFTER, norm, end)) return null;
  return { value, text: String(value), end, dotted: false };
}

function readNumber(norm: string, pos: number): NumberToken | null {
  const match = stickyMatch(ARTICLE_NUMBER, norm, pos);
  if (!match) return readNumberWords(norm, pos);
  const end = pos + match[0].length;
  if (stickyMatch(UNIT_AFTER, norm, end)) return null;
  const base = match[1]!;
  const dotted = match[2] !== undefined;
  return { value: Number(base), text: dotted ? `${base}.${match[2]}` : base, end, dotted };
}

/** "34-38" is a range; "60-1" after a singular keyword is one article numbered "60-1". */
function readRange(norm: string, ref: ArticleRef, first: NumberToken, singular: boolean): void {
  const separator = stickyMatch(RANGE_SEPARATOR, norm, first.end);
  if (!separator || first.dotted) return;
  const second = readNumber(norm, first.end + separator[0].length);
  if (!second || second.dotted) return;
  if (second.value > first.value) {
    ref.articleTo = second.text;
    ref.end = second.end;
  } else if (singular && separator.groups?.['dash'] === '-') {
    ref.article = `${first.text}-${second.text}`;
    ref.end = second.end;
  }
}

function readRef(norm: string, start: number, pos: number, singular: boolean): ArticleRef | null {
  const first = readNumber(norm, pos);
  if (!first) return null;
  const ref: ArticleRef = {
    start,
    end: first.end,
    article: first.text,
    articleTo: null,
    paragraph: null,
    item: null,
    dotted: first.dotted,
  };
  readRange(norm, ref, first, singular);
  if (ref.articleTo !== null) return ref;
  const paragraph = stickyMatch(PARAGRAPH_AFTER, norm, ref.end);
  if (paragraph) {
    ref.paragraph = paragraph.groups?.['p1'] ?? paragraph.groups?.['p2'] ?? null;
    ref.end += paragraph[0].length;
    const item = stickyMatch(ITEM_AFTER, norm, ref.end);
    if (item) {
      ref.item = item.groups?.['i1'] ?? item.groups?.['i2'] ?? null;
      ref.end += item[0].length;
    }
  }
  return ref;
}

function readGroup(norm: string, start: number, pos: number, keyword: string, section: boolean): ArticleGroup | null {
  const singular = !PLURAL_ARTICLE_WORDS.has(keyword.toLowerCase());
  const refs: ArticleRef[] = [];
  let ref = readRef(norm, start, pos, singular);
  while (ref) {
    refs.push(ref);
    const separator = stickyMatch(LIST_SEPARATOR, norm, ref.end);
    if (!separator) break;
    const next = ref.end + separator[0].length;
    ref = readRef(norm, next - (separator.groups?.['kw']?.length ?? 0), next, singular);
  }
  const last = refs.at(-1);
  if (!last) return null;
  return { start, end: last.end, refs, needsNamedLaw: section };
}

/** "paragraph 2 of Article 64": keyed by where "Article" starts. */
function paragraphsFirst(norm: string): Map<number, { start: number; paragraph: string }> {
  const found = new Map<number, { start: number; paragraph: string }>();
  for (const match of norm.matchAll(PARAGRAPH_OF)) {
    found.set(match.index + match[0].length, { start: match.index, paragraph: match[1]! });
  }
  return found;
}

function keywordGroups(norm: string, keywords: RegExp): ArticleGroup[] {
  const prefixes = paragraphsFirst(norm);
  const prefixStarts = new Set([...prefixes.values()].map((prefix) => prefix.start));
  const groups: ArticleGroup[] = [];
  const pattern = new RegExp(keywords.source, keywords.flags);
  for (let match = pattern.exec(norm); match; match = pattern.exec(norm)) {
    const keyword = match.groups?.['article'] ?? match.groups?.['section'] ?? '';
    if (prefixStarts.has(match.index)) continue;
    // Only a lowercase "article" may be a news article; "that Article 22" is a provision.
    if (/^\p{Ll}/u.test(keyword) && NEWS_ARTICLE_BEFORE.test(norm.slice(Math.max(0, match.index - 16), match.index)))
      continue;
    const prefix = prefixes.get(match.index);
    const group = readGroup(
      norm,
      prefix?.start ?? match.index,
      match.index + match[0].length,
      keyword,
      match.groups?.['section'] !== undefined,
    );
    if (!group) continue;
    if (prefix && group.refs[0]!.paragraph === null) group.refs[0]!.paragraph = prefix.paragraph;
    groups.push(group);
    pattern.lastIndex = Math.max(pattern.lastIndex, group.end);
  }
  return groups;
}

function ordinalGroups(norm: string): ArticleGroup[] {
  return [...norm.matchAll(ORDINAL_ARTICLE)].map((match) => {
    const span = { start: match.index, end: match.index + match[0].length };
    const ref: ArticleRef = {
      ...span,
      article: match[1]!,
      articleTo: null,
      paragraph: null,
      item: null,
      dotted: false,
    };
    return { ...span, refs: [ref], needsNamedLaw: false };
  });
}

/** Every Latin-script article group in the normalised text, written in `language` (a code) if known. */
export function findLatinGroups(norm: string, language: string | null = null): ArticleGroup[] {
  const keywords = (language && OWN_TEXT_KEYWORDS.get(language)) || LATIN_KEYWORD;
  return [...keywordGroups(norm, keywords), ...ordinalGroups(norm)];
}
