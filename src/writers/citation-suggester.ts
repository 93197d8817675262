import type { Insertable, Transaction } from 'kysely';
import type { ExtractedCitation, ExtractionContext } from '../extractor/citation.types.ts';
import { loadExtractionContext } from '../citations/context.service.ts';
import { extractCitations } from '../extractor/extract.ts';
import type { Database } from '../db/database.ts';
import { locateQuote, quoteAt } from '../lib/text-quote.ts';
import type { ChangeLog } from './change-log.ts';

type Trx = Transaction<Database>;

export interface SuggestionTarget {
  law_id: number | null;
  law_version_id: number | null;
  article_id: number | null;
}

/**
 * Runs the extractor over a report's excerpt and turns what it finds into `suggested` citations
 * for review — never a second citation of a target the report already cites, in any status.
 * This is the one place that calls the extractor for stored reports; the citation writer stores
 * the rows, and only for text that is new to the database.
 */
export class CitationSuggester {
  private context: ExtractionContext | null = null;

  constructor(
    private readonly trx: Trx,
    private readonly log: ChangeLog,
    private readonly resolve: (
      law: string,
      version: string | null,
      article: string | null,
    ) => Promise<SuggestionTarget | null>,
  ) {}

  /** The suggested citations to store for one report, not written; `existing`: the targets it cites. */
  async rowsFor(report: ReportText, existing: SuggestionTarget[]) {
    if (!report.excerpt) return [];
    // Built inside the import's transaction, so laws imported by the same file are known.
    this.context ??= await loadExtractionContext(this.trx);
    // A fetched article is read whole (a bare "Article 60" binds to the code named paragraphs
    // earlier); each citation is then placed in the excerpt that quotes its sentence.
    const source = report.source_text ?? report.excerpt;
    const found = extractCitations(source, this.context, {
      date: report.published_on,
      eventDate: report.event_date,
      context: { title: report.title, summary: report.summary },
    });
    if (found.length === 0) return [];
    const key = (t: SuggestionTarget) => `${t.law_id}|${t.law_version_id}|${t.article_id}`;
    const taken = new Set(existing.map(key));
    const rows: Insertable<Database['citation']>[] = [];
    for (const c of found) {
      const target = c.law ? await this.resolve(c.law, c.version, c.articleTo ? null : c.article) : null;
      if (!target || taken.has(key(target))) {
        if (target) this.log.unchanged('suggested_citation');
        continue;
      }
      const placed = report.source_text ? placeInExcerpt(report.source_text, report.excerpt, c) : c;
      if (!placed) continue;
      taken.add(key(target));
      rows.push(suggestionRow(report.id, report.excerpt, placed, target));
    }
    return rows;
  }
}

export interface ReportText {
  id: number;
  excerpt: string | null;
  published_on: string | null;
  event_date: string | null;
  /** what the excerpt is published under: context for the extractor, never cited */
  title: string | null;
  summary: string | null;
  /** the full text the excerpt was quoted from, when there is one: the extractor reads it instead */
  source_text?: string | null;
}

/** A citation found in the full text, at its place in the excerpt (located by its words and their surroundings). */
function placeInExcerpt(source: string, excerpt: string, c: ExtractedCitation): ExtractedCitation | null {
  const at = locateQuote(excerpt, quoteAt(source, c.start, c.end));
  return at && { ...c, start: at.start, end: at.end };
}

function suggestionRow(
  reportId: number,
  excerpt: string,
  c: ExtractedCitation,
  target: SuggestionTarget,
): Insertable<Database['citation']> {
  const quote = quoteAt(excerpt, c.start, c.end);
  return {
    report_id: reportId,
    ...target,
    as_written: c.asWritten,
    quote_exact: quote.exact,
    quote_prefix: quote.prefix,
    quote_suffix: quote.suffix,
    quote_start: c.start,
    quote_end: c.end,
    claim_type: 'law_described',
    resolution: c.resolution,
    resolution_note: c.reason,
    confidence: Math.round(c.confidence * 100) / 100,
    status: 'suggested',
    origin: 'extractor',
  };
}
