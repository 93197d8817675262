import type { Db } from '../../src/db/connect.ts';
import { type ImportDocumentInput, importDocument } from './import-document.ts';

type ReportInput = NonNullable<ImportDocumentInput['reports']>[number];
type CitationInput = NonNullable<ReportInput['citations']>[number];

/** What a citation points at: an article, a version, or only a law (an `ArticleRef` or `MadeArticle` will do). */
export interface CitationTarget {
  law: string;
  version?: string | null;
  number?: string | null;
}

export interface CitationSpec extends Partial<Omit<CitationInput, 'law' | 'version' | 'article' | 'quote'>> {
  /** null: a citation no law was found for */
  article: CitationTarget | null;
  /** the quoted words of the excerpt; by default the as_written text; null: no quote */
  quote?: string | { exact: string; prefix?: string | null; suffix?: string | null } | null;
}

export interface MadeCitation {
  id: number;
  articleId: number | null;
  status: string;
  quoteExact: string | null;
}

const asWrittenOf = (c: CitationSpec) =>
  c.as_written ?? (c.article?.number ? `Article ${c.article.number}` : 'the law');

/** The words a citation quotes, which its report's excerpt must contain. */
export function quoteOf(c: CitationSpec): string | null {
  if (c.quote === undefined) return asWrittenOf(c);
  return typeof c.quote === 'string' || c.quote === null ? c.quote : c.quote.exact;
}

/** A confirmed, described-law citation in the import format unless the spec says otherwise. */
export function citationRecord(c: CitationSpec): CitationInput {
  const { article, quote: _quote, ...fields } = c;
  const exact = quoteOf(c);
  return {
    law: article?.law ?? null,
    version: article?.version ?? null,
    article: article?.number ?? null,
    claim_type: 'law_described',
    resolution: article ? 'stated_version' : 'unresolved',
    confidence: 0.9,
    status: 'confirmed',
    ...fields,
    as_written: asWrittenOf(c),
    quote: exact === null ? null : typeof c.quote === 'object' && c.quote ? c.quote : { exact },
  };
}

/** The report's citations, oldest first: those it was written with in their order, then any added. */
export async function listCitations(db: Db, reportId: number): Promise<MadeCitation[]> {
  return db
    .selectFrom('citation')
    .select(['id', 'article_id as articleId', 'status', 'quote_exact as quoteExact'])
    .where('report_id', '=', reportId)
    .orderBy('id')
    .execute();
}

/**
 * Adds a citation to a stored report through the import service, which merges it by identity
 * (target and quoted span): the quote must occur in the report's excerpt.
 */
export async function makeCitation(
  db: Db,
  spec: CitationSpec & { report: { id: number; slug: string } },
): Promise<MadeCitation> {
  const { report, ...citation } = spec;
  const record = citationRecord(citation);
  await importDocument(db, { reports: [{ slug: report.slug, citations: [record] }] });
  const exact = quoteOf(citation);
  const row = await db
    .selectFrom('citation')
    .select(['id', 'article_id as articleId', 'status', 'quote_exact as quoteExact'])
    .where('report_id', '=', report.id)
    .where('as_written', '=', record.as_written!)
    .where((eb) => (exact === null ? eb('quote_exact', 'is', null) : eb('quote_exact', '=', exact)))
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  return row;
}
