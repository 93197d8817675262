/** Article references in Korean, Japanese and Chinese: "제222조", "99조에서 172조까지", "第60条第2項", "刑法60条". */

import { sentenceStartOf, stickyMatch } from './extract-text.ts';
import type { ArticleGroup, ArticleRef, Doc } from './extract-types.ts';
import { group } from './lang/compile.ts';
import { ko } from './lang/ko.ts';
import { articleNumber, leadingNumber } from './numerals.ts';
import {
  CJK_CHAPTER_COUNT_BEFORE,
  CJK_COUNT_AFTER,
  CJK_COUNT_AFTER_ALONE,
  CJK_COUNT_BEFORE,
  CJK_ITEM_AFTER,
  CJK_LIST_GAP,
  CJK_PARAGRAPH_AFTER,
  CJK_RANGE_GAP,
  CJK_RANGE_GAP_NEEDS_TAIL,
  CJK_RANGE_HEAD,
  CJK_RANGE_TAIL,
  HAN_ARTICLE,
  HAN_LIST_HEAD,
  KANA,
  KOREAN_ARTICLE,
  KOREAN_LIST_HEAD,
  MONEY_AFTER_JO,
} from './patterns-articles.ts';

const MAX_GAP = 12;
const CITED_AFTER_CHAPTER = new RegExp(`\\s*${group(ko.citedParticles)}`, 'y');
/** A second chapter count shortly after: "…161조를 9장 303조로". */
const CHAPTER_COUNT_AHEAD = new RegExp(
  `^[^.。\\n]{0,12}?(?<![\\d제第])[1-9]\\d{0,2}\\s*${group(ko.chapterCounters)}\\s*[1-9]\\d{0,2}\\s*${group(ko.articleCounters)}`,
);
/** "161조에서 303조로": from one count to another. */
const CHANGE_TO = new RegExp(`\\s*${group(ko.changeParticles)}(?![가-힣])`, 'y');

interface Token extends ArticleRef {
  /** written without 제/第 */
  bare: boolean;
  /** a Chinese number before 条 without 第: an article only right next to a law's name */
  needsLaw: boolean;
  script: 'ko' | 'han';
}

function withSubParts(norm: string, ref: Token): Token {
  const paragraph = stickyMatch(CJK_PARAGRAPH_AFTER, norm, ref.end);
  if (paragraph) {
    ref.paragraph = articleNumber(paragraph[1]!);
    ref.end += paragraph[0].length;
  }
  const item = stickyMatch(CJK_ITEM_AFTER, norm, ref.end);
  if (item) {
    ref.item = articleNumber(item[1]!);
    ref.end += item[0].length;
  }
  return ref;
}

function tokenOf(norm: string, match: RegExpMatchArray, script: Token['script'], supplementary: boolean): Token | null {
  const groups = match.groups ?? {};
  const number = articleNumber(groups['n'] ?? groups['bare'] ?? '');
  if (!number) return null;
  const sub = groups['sub'] ? articleNumber(groups['sub']) : null;
  const base = sub ? `${number}-${sub}` : number;
  const start = match.index ?? 0;
  const token: Token = {
    start,
    end: start + match[0].length,
    article: supplementary ? `부칙 ${base}` : base,
    articleTo: null,
    paragraph: null,
    item: null,
    dotted: false,
    bare: groups['ord'] === undefined,
    // Supplementary provisions are numbered apart, and the Criminal Code's came as an instrument of
    // their own (2007): only a law named with them says whose they are.
    needsLaw: supplementary,
    script,
  };
  return withSubParts(norm, token);
}

/**
 * "8장 161조로", "全329条", "4章41条", "기존의 8장 161조를 9장 303조로": a count of articles, not a
 * citation. A chapter count before a bare number makes it a count when a count word precedes the
 * pair, when another such pair follows ("from … to …"), or when a count particle follows it.
 */
function isCount(doc: Doc, token: Token): boolean {
  const before = doc.norm.slice(Math.max(0, token.start - 16), token.start);
  if (CJK_COUNT_BEFORE.test(before.slice(-5))) return true;
  if (token.bare && stickyMatch(CJK_COUNT_AFTER_ALONE, doc.norm, token.end)) return true;
  const chapter = token.bare ? CJK_CHAPTER_COUNT_BEFORE.exec(before) : null;
  if (!chapter) return false;
  if (token.script === 'han' || CJK_COUNT_BEFORE.test(before.slice(0, chapter.index))) return true;
  if (CHAPTER_COUNT_AHEAD.test(doc.norm.slice(token.end, token.end + 24))) return true;
  return (
    !stickyMatch(CITED_AFTER_CHAPTER, doc.norm, token.end) && stickyMatch(CJK_COUNT_AFTER, doc.norm, token.end) !== null
  );
}

function koreanTokens(doc: Doc): Token[] {
  const tokens: Token[] = [];
  for (const match of doc.norm.matchAll(KOREAN_ARTICLE)) {
    if (stickyMatch(MONEY_AFTER_JO, doc.norm, match.index + match[0].length)) continue;
    const token = tokenOf(doc.norm, match, 'ko', match.groups?.['supp'] !== undefined);
    if (token) tokens.push(token);
  }
  return tokens;
}

/** "제60, 64조", "제301·302조", "第110、111条": the first item, which has no counter of its own. */
function listHeads(norm: string): Token[] {
  const heads = (pattern: RegExp, script: Token['script']) =>
    [...norm.matchAll(pattern)].map((match) => {
      const start = match.index;
      const end = start + match[0].replace(/[\s,、·]+$/, '').length;
      return {
        start,
        end,
        article: match[1]!,
        articleTo: null,
        paragraph: null,
        item: null,
        dotted: false,
        bare: false,
        needsLaw: false,
        script,
      };
    });
  return [...heads(KOREAN_LIST_HEAD, 'ko'), ...heads(HAN_LIST_HEAD, 'han')];
}

/** Without 第, "60条" is an article in Japanese; in Chinese 条 is also a measure word, so only by a law's name. */
function hanTokens(doc: Doc): Token[] {
  const tokens: Token[] = [];
  for (const match of doc.norm.matchAll(HAN_ARTICLE)) {
    const token = tokenOf(doc.norm, match, 'han', match.groups?.['supp'] !== undefined);
    if (!token) continue;
    if (token.bare) token.needsLaw = !KANA.test(doc.norm.slice(sentenceStartOf(doc, token.start), token.end + 40));
    tokens.push(token);
  }
  return tokens;
}

/** "99~172조", "27~40条": the first end has no counter of its own. */
function applyRangeHeads(norm: string, tokens: Token[]): void {
  const byStart = new Map(tokens.map((token) => [token.start, token]));
  for (const head of norm.matchAll(CJK_RANGE_HEAD)) {
    const token = byStart.get(head.index + head[0].length);
    if (!token || token.articleTo !== null || Number(head[1]) >= (leadingNumber(token.article) ?? 0)) continue;
    token.articleTo = token.article;
    token.article = head[1]!;
    token.start = head.index;
    token.end += stickyMatch(CJK_RANGE_TAIL, norm, token.end)?.[0].length ?? 0;
    token.needsLaw = false;
  }
}

function joinRange(norm: string, previous: Token, token: Token, gap: string): boolean {
  const from = leadingNumber(previous.article);
  const to = leadingNumber(token.article);
  if (previous.articleTo !== null || from === null || to === null || to <= from) return false;
  const tail = stickyMatch(CJK_RANGE_TAIL, norm, token.end);
  if (CJK_RANGE_GAP_NEEDS_TAIL.test(gap) && !tail) return false;
  previous.articleTo = token.article;
  previous.end = token.end + (tail?.[0].length ?? 0);
  return true;
}

/** Tokens joined by "부터/에서/~" become a range, by "및/와/、" one list sharing a law name. */
function groupTokens(norm: string, tokens: Token[]): ArticleGroup[] {
  const groups: ArticleGroup[] = [];
  let current: ArticleGroup | null = null;
  for (const token of tokens) {
    const previous = current?.refs.at(-1);
    if (current && previous && token.start - previous.end <= MAX_GAP) {
      const gap = norm.slice(previous.end, token.start);
      if (CJK_RANGE_GAP.test(gap) && joinRange(norm, previous as Token, token, gap)) {
        current.end = previous.end;
        continue;
      }
      if (CJK_LIST_GAP.test(gap)) {
        current.refs.push(token);
        current.end = token.end;
        continue;
      }
    }
    current = { start: token.start, end: token.end, refs: [token], needsNamedLaw: token.needsLaw };
    groups.push(current);
  }
  return groups;
}

/** "161조에서 303조로": two counts joined as a change, dropped together. */
function dropChanges(norm: string, tokens: Token[]): Token[] {
  const dropped = new Set<Token>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [a, b] = [tokens[i]!, tokens[i + 1]!];
    if (CJK_RANGE_GAP_NEEDS_TAIL.test(norm.slice(a.end, b.start)) && stickyMatch(CHANGE_TO, norm, b.end)) {
      dropped.add(a);
      dropped.add(b);
    }
  }
  return tokens.filter((token) => !dropped.has(token));
}

/** Every Korean, Japanese or Chinese article group in the text. */
export function findCjkGroups(doc: Doc): ArticleGroup[] {
  const tokens = [...koreanTokens(doc), ...listHeads(doc.norm), ...hanTokens(doc)].sort((a, b) => a.start - b.start);
  const cited = dropChanges(doc.norm, tokens).filter((token) => !isCount(doc, token));
  applyRangeHeads(doc.norm, cited);
  return groupTokens(doc.norm, cited);
}
