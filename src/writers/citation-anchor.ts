import { type TextQuote, locateQuote, quoteAt } from '../lib/text-quote.ts';

/** How the citation writer places quotes: one rule for imports, forms, re-anchoring and suggestions. */
export const LOST_QUOTE_REASON =
  "The quoted words no longer occur in the report's excerpt: find them in the new text, or reject this citation.";

export interface Anchor {
  start: number;
  end: number;
  exact: string;
  /** the canonical selector stored with the offsets: up to 32 characters either side */
  prefix: string;
  suffix: string;
}

/** Finds the quote by its selector (exact + prefix + suffix) in the report's current excerpt. */
export function anchorIn(
  excerpt: string | null,
  quote: TextQuote,
  skip?: (start: number, end: number) => boolean,
): Anchor | null {
  if (!excerpt) return null;
  const at = locateQuote(excerpt, quote, skip ? (start) => skip(start, start + quote.exact.length) : undefined);
  if (!at) return null;
  const q = quoteAt(excerpt, at.start, at.end);
  return { start: at.start, end: at.end, exact: q.exact, prefix: q.prefix ?? '', suffix: q.suffix ?? '' };
}

export interface Target {
  law_id: number | null;
  law_version_id: number | null;
  article_id: number | null;
}

export const targetKey = (t: Target) => `${t.law_id}|${t.law_version_id}|${t.article_id}`;

/**
 * A citation's identity within its report: its target and the span its quote selects — or no
 * quote; a quote that lost its place is told apart by its words.
 */
export function identity(
  t: Target,
  q: { quote_start: number | null; quote_end: number | null; quote_exact: string | null },
): string {
  if (q.quote_start !== null) return `${targetKey(t)}@${q.quote_start}-${q.quote_end}`;
  return q.quote_exact === null ? `${targetKey(t)}@none` : `${targetKey(t)}@lost:${q.quote_exact}`;
}

/** How a citation is named in previews and messages. */
export function citationLabel(
  reportSlug: string,
  t: { law: string | null; version: string | null; article: string | null },
  q: { quote_start: number | null; quote_end: number | null; quote_exact: string | null },
): string {
  const target = t.law ? [t.law, t.version, t.article && `art. ${t.article}`].filter(Boolean).join(' ') : 'no law';
  const quote =
    q.quote_exact === null
      ? 'no quote'
      : `"${q.quote_exact.length > 40 ? `${q.quote_exact.slice(0, 39)}…` : q.quote_exact}"${q.quote_start === null ? ' (not found in the excerpt)' : ` at ${q.quote_start}–${q.quote_end}`}`;
  return `citation ${reportSlug} → ${target}, ${quote}`;
}

/** A unique violation of one of the indexes that make a citation unique (a race another check lost). */
export function isDuplicateCitationViolation(error: unknown): boolean {
  const e = error as { code?: string; constraint?: string };
  return (
    e?.code === '23505' &&
    (e.constraint === 'citation_quoted_span_key' || e.constraint === 'citation_unquoted_target_key')
  );
}
