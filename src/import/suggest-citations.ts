import type { Transaction } from 'kysely';
import type { ExtractionContext } from '../citations/citation.types.ts';
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

  async suggest(tally: Tally, report: { id: number; excerpt: string | null; published_on: string | null; event_date: string | null }) {
    if (!report.excerpt) return;
    // Built inside the import's transaction, so laws imported by the same file are known.
    this.context ??= await loadExtractionContext(this.trx);
    const found = extractCitations(report.excerpt, this.context, { date: report.published_on, eventDate: report.event_date });
    const existing = await repo.listReportCitations(this.trx, report.id);
    const key = (t: SuggestionTarget) => `${t.law_id}|${t.law_version_id}|${t.article_id}`;
    const taken = new Set(existing.map(key));
    for (const c of found) {
      if (!c.law) continue;
      const target = await this.resolve(c.law, c.version, c.articleTo ? null : c.article);
      if (!target || taken.has(key(target))) {
        if (target) count(tally, 'suggested_citation', 'unchanged');
        continue;
      }
      taken.add(key(target));
      const quote = quoteAt(report.excerpt, c.start, c.end);
      await repo.insertCitation(this.trx, {
        report_id: report.id,
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
      });
      count(tally, 'suggested_citation', 'inserted');
    }
  }
}
