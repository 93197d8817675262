/** Article references in Korean and Japanese: "제222조", "99조에서 172조까지", "부칙 1조", "第60条第2項". */

import { stickyMatch } from './extract-text.ts';
import type { ArticleGroup, ArticleRef } from './extract-types.ts';
import { articleNumber, leadingNumber } from './numerals.ts';
import {
  CJK_LIST_GAP,
  CJK_PARAGRAPH_AFTER,
  CJK_RANGE_GAP,
  CJK_RANGE_TAIL,
  JAPANESE_ARTICLE,
  KOREAN_ARTICLE,
  KOREAN_LIST_HEAD,
  KOREAN_RANGE_HEAD,
  MONEY_AFTER_JO,
} from './patterns-articles.ts';

const MAX_GAP = 12;

function withParagraph(norm: string, ref: ArticleRef): ArticleRef {
  const paragraph = stickyMatch(CJK_PARAGRAPH_AFTER, norm, ref.end);
  if (paragraph) {
    ref.paragraph = articleNumber(paragraph[1]!);
    ref.end += paragraph[0].length;
  }
  return ref;
}

function tokenOf(norm: string, match: RegExpMatchArray, supplementary: boolean): ArticleRef | null {
  const number = articleNumber(match.groups?.['n'] ?? '');
  if (!number) return null;
  const sub = match.groups?.['sub'] ? articleNumber(match.groups['sub']) : null;
  const base = sub ? `${number}-${sub}` : number;
  const start = match.index ?? 0;
  const ref: ArticleRef = {
    start,
    end: start + match[0].length,
    article: supplementary ? `부칙 ${base}` : base,
    articleTo: null,
    paragraph: null,
    dotted: false,
  };
  return withParagraph(norm, ref);
}

function koreanTokens(norm: string): ArticleRef[] {
  const tokens: ArticleRef[] = [];
  for (const match of norm.matchAll(KOREAN_ARTICLE)) {
    if (stickyMatch(MONEY_AFTER_JO, norm, match.index + match[0].length)) continue;
    const token = tokenOf(norm, match, match.groups?.['supp'] !== undefined);
    if (token) tokens.push(token);
  }
  return tokens;
}

/** "제60, 64조": the first item, which has no 조 of its own. */
function listHeads(norm: string): ArticleRef[] {
  return [...norm.matchAll(KOREAN_LIST_HEAD)].map((match) => {
    const start = match.index;
    const end = start + match[0].replace(/[\s,、·]+$/, '').length;
    return { start, end, article: match[1]!, articleTo: null, paragraph: null, dotted: false };
  });
}

function japaneseTokens(norm: string): ArticleRef[] {
  return [...norm.matchAll(JAPANESE_ARTICLE)]
    .map((match) => tokenOf(norm, match, false))
    .filter((token): token is ArticleRef => token !== null);
}

/** "99~172조": the first end has no 조 of its own. */
function applyRangeHeads(norm: string, tokens: ArticleRef[]): void {
  const byStart = new Map(tokens.map((token) => [token.start, token]));
  for (const head of norm.matchAll(KOREAN_RANGE_HEAD)) {
    const token = byStart.get(head.index + head[0].length);
    if (!token || token.articleTo !== null || Number(head[1]) >= (leadingNumber(token.article) ?? 0)) continue;
    token.articleTo = token.article;
    token.article = head[1]!;
    token.start = head.index;
  }
}

function joinRange(norm: string, previous: ArticleRef, token: ArticleRef): boolean {
  const from = leadingNumber(previous.article);
  const to = leadingNumber(token.article);
  if (previous.articleTo !== null || from === null || to === null || to <= from) return false;
  previous.articleTo = token.article;
  previous.end = token.end;
  const tail = stickyMatch(CJK_RANGE_TAIL, norm, previous.end);
  if (tail) previous.end += tail[0].length;
  return true;
}

/** Tokens joined by "부터/에서/~" become a range, by "및/와/、" one list sharing a law name. */
function groupTokens(norm: string, tokens: ArticleRef[]): ArticleGroup[] {
  const groups: ArticleGroup[] = [];
  let current: ArticleGroup | null = null;
  for (const token of tokens) {
    const previous = current?.refs.at(-1);
    if (current && previous && token.start - previous.end <= MAX_GAP) {
      const gap = norm.slice(previous.end, token.start);
      if (CJK_RANGE_GAP.test(gap) && joinRange(norm, previous, token)) {
        current.end = previous.end;
        continue;
      }
      if (CJK_LIST_GAP.test(gap)) {
        current.refs.push(token);
        current.end = token.end;
        continue;
      }
    }
    current = { start: token.start, end: token.end, refs: [token], needsNamedLaw: false };
    groups.push(current);
  }
  return groups;
}

/** Every Korean or Japanese article group in the normalised text. */
export function findCjkGroups(norm: string): ArticleGroup[] {
  const tokens = [...koreanTokens(norm), ...listHeads(norm), ...japaneseTokens(norm)].sort((a, b) => a.start - b.start);
  applyRangeHeads(norm, tokens);
  return groupTokens(norm, tokens);
}
