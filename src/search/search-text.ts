/** Pure helpers for query text and highlighted snippets; no database, no express. */

/** Hangul, kana and CJK ideographs: the same ranges as the migration's search_cjk(). */
const CJK_RUN = /[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]+/g;

/** ts_headline's StartSel/StopSel: control characters no stored text keeps (the SQL strips them). */
export const MARK_START = '\u0001';
export const MARK_END = '\u0002';

/** Stand-ins for < and > while ts_headline sees the text (it would drop anything tag-like). */
const TAG_OPEN = '\u0003';
const TAG_CLOSE = '\u0004';

export interface Segment {
  text: string;
  mark: boolean;
}

export interface QueryTerms {
  /** the whole query, for websearch_to_tsquery */
  q: string;
  /** Hangul/CJK runs, matched as substrings because Korean words run together */
  cjk: string[];
  /** the query without its CJK runs (quotes and operators kept) */
  rest: string;
}

/**
 * The query as websearch_to_tsquery should read it: a run of dashes is one "not" at most, since
 * PostgreSQL nests every dash of a run as another negation and fails with "tsquery stack too small"
 * on a long one, which answered a search with a 500.
 */
export function websearchText(q: string): string {
  return q.replace(/-{2,}/g, '-');
}

export function splitQuery(q: string): QueryTerms {
  const cjk = [...new Set(q.match(CJK_RUN) ?? [])];
  const rest = q.replace(CJK_RUN, ' ').replace(/\s+/g, ' ').trim();
  return { q, cjk, rest };
}

/** A LIKE pattern matching `term` anywhere, with LIKE's own wildcards escaped. */
export function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Splits ts_headline output at its markers; a stray marker never opens an unclosed highlight. */
export function markedSegments(marked: string): Segment[] {
  const out: Segment[] = [];
  let mark = false;
  let buf = '';
  for (const ch of marked) {
    if (ch === MARK_START || ch === MARK_END) {
      if (buf) out.push({ text: buf, mark });
      buf = '';
      mark = ch === MARK_START;
      continue;
    }
    buf += ch === TAG_OPEN ? '<' : ch === TAG_CLOSE ? '>' : ch;
  }
  if (buf) out.push({ text: buf, mark });
  return out;
}

/** Adds highlights for substring terms inside the segments that are not highlighted yet. */
export function markTerms(segments: Segment[], terms: string[]): Segment[] {
  if (terms.length === 0) return segments;
  const pattern = new RegExp(
    `(${[...terms]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|')})`,
    'g',
  );
  return segments.flatMap((s) =>
    s.mark ? [s] : s.text.split(pattern).flatMap((text, i) => (text ? [{ text, mark: i % 2 === 1 }] : [])),
  );
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Up to `radius` characters either side of the first term found, for hits ts_headline cannot see. */
export function excerptAround(text: string, terms: string[], radius = 90): string | null {
  const hit = terms
    .map((t) => ({ at: text.indexOf(t), length: t.length }))
    .filter((h) => h.at >= 0)
    .sort((a, b) => a.at - b.at)[0];
  if (!hit) return null;
  const start = Math.max(0, hit.at - radius);
  const end = Math.min(text.length, hit.at + hit.length + radius);
  return `${start > 0 ? '… ' : ''}${text.slice(start, end).trim()}${end < text.length ? ' …' : ''}`;
}

export function hasMark(segments: Segment[]): boolean {
  return segments.some((s) => s.mark);
}

/** What a query matches: full text for words, substrings for Korean and other CJK runs. */
export function matchSpec(q: string, mode: 'text' | 'fuzzy') {
  const terms = splitQuery(q);
  return { mode, q, cjkPatterns: terms.cjk.map(containsPattern), cjkText: terms.cjk.join(' '), rest: terms.rest };
}
