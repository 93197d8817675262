import type { Insertable, Transaction } from 'kysely';
import type { ExtractedCitation, ExtractionContext } from '../citations/citation.types.ts';
import { loadExtractionContext } from '../citations/context.service.ts';
import { extractCitations } from '../citations/extract.ts';
import type { Database } from '../db/database.ts';
import { quoteAt } from '../lib/text-quote.ts';
import { type Tally, count } from './import.tally.ts';
import * as repo from './report-import.repository.ts';

type Trx = Transaction<Database>;

export interface SuggestionTarget {
  law_id: number | null;
  law_version_id: number | null;
  article_id: number | null;
}

/**
 * Runs the extractor over a report's excerpt and stores what it finds as `suggested` citations
 * for review — never a second citation of a target the report already cites, in any status.
 */
export class CitationSuggester {
  private context: ExtractionContext | null = null;

  constructor(
    private readonly trx: Trx,
    private readonly resolve: (law: string, version: string | null, article: string | null) => Promise<SuggestionTarget | null>,
  ) {}

  /** `knownTargets`: the report's citations when the caller already knows them (a new report). */
  async suggest(tally: Tally, report: ReportText, knownTargets: SuggestionTarget[] | null = null): Promise<void> {
    const rows = await this.rowsFor(tally, report, knownTargets);
    if (rows.length > 0) await repo.insertCitations(this.trx, rows);
  }

  /** The suggested citations to store for one report, counted in the tally but not written. */
  async rowsFor(tally: Tally, report: ReportText, knownTargets: SuggestionTarget[] | null) {
    if (!report.excerpt) return [];
    // Built inside the import's transaction, so laws imported by the same file are known.
    this.context ??= await loadExtractionContext(this.trx);
    const found = extractCitations(report.excerpt, this.context, {
      date: report.published_on,
      eventDate: report.event_date,
      context: { title: report.title ?? null, summary: report.summary ?? null },
    });
    if (found.length === 0) return [];
    const existing = knownTargets ?? (await repo.listReportCitations(this.trx, report.id));
    const key = (t: SuggestionTarget) => `${t.law_id}|${t.law_version_id}|${t.article_id}`;
    const taken = new Set(existing.map(key));
    const rows: Insertable<Database['citation']>[] = [];
    for (const c of found) {
      const target = c.law ? await this.resolve(c.law, c.version, c.articleTo ? null : c.article) : null;
      if (!target || taken.has(key(target))) {
        if (target) count(tally, 'suggested_citation', 'unchanged');
        continue;
      }
      taken.add(key(target));
      rows.push(suggestionRow(report.id, report.excerpt, c, target));
      count(tally, 'suggested_citation', 'inserted');
    }
    return rows;
  }
}

interface ReportText {
  id: number;
  excerpt: string | null;
  published_on: string | null;
  event_date: string | null;
  /** what the excerpt is published under: context for the extractor, never cited */
  title?: string | null;
  summary?: string | null;
}

function suggestionRow(reportId: number, excerpt: string, c: ExtractedCitation, target: SuggestionTarget): Insertable<Database['citation']> {
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
