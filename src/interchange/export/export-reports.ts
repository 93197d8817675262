import type { DatePrecision } from '../../db/tables/report-tables.ts';
import { groupBy } from './export-laws.ts';
import type * as repo from './export.repository.ts';
import type { CitationRecord, ReportRecord } from '../formats/report-records.schemas.ts';

type Rows<F extends (...args: never[]) => Promise<unknown[]>> = Awaited<ReturnType<F>>;

export interface ReportRows {
  reports: Rows<typeof repo.listReports>;
  authors: Rows<typeof repo.listReportAuthors>;
  places: Rows<typeof repo.listReportPlaces>;
  citations: Rows<typeof repo.listCitations>;
}

/** An imprecise date is stored as its first day; write back only the part the precision vouches for. */
export function partialDate(stored: string | null, precision: DatePrecision): string | null {
  if (stored === null || precision === 'unknown') return null;
  if (precision === 'year') return stored.slice(0, 4);
  if (precision === 'month' || precision === 'season') return stored.slice(0, 7);
  return stored;
}

export function assembleReports(rows: ReportRows): ReportRecord[] {
  const authors = groupBy(rows.authors, (a) => a.report_id);
  const places = groupBy(rows.places, (p) => p.report_id);
  const citations = groupBy(rows.citations, (c) => c.report_id);
  return rows.reports.map((r) => ({
    slug: r.slug,
    outlet: r.outlet,
    title: r.title,
    url: r.url,
    language: r.language,
    translation_of: r.translation_of,
    published_on: partialDate(r.published_on, r.date_precision),
    date_precision: r.date_precision,
    date_note: r.date_note,
    event_date: r.event_date,
    source_type: r.source_type,
    status: r.status,
    authors: (authors.get(r.id) ?? []).map((a) => a.name),
    places: (places.get(r.id) ?? []).map((p) => p.slug),
    summary: r.summary,
    excerpt: r.excerpt,
    citations: (citations.get(r.id) ?? []).map(citationRecord),
    // The citations above are the whole curated set: importing this file elsewhere must not
    // re-suggest what a reviewer re-pointed or rejected.
    suggest_citations: false,
  }));
}

function citationRecord(c: ReportRows['citations'][number]): CitationRecord {
  return {
    as_written: c.as_written,
    law: c.law,
    version: c.version,
    article: c.article,
    quote: c.quote_exact === null ? null : { exact: c.quote_exact, prefix: c.quote_prefix, suffix: c.quote_suffix },
    claim_type: c.claim_type,
    reported_penalty:
      c.reported_kind === null
        ? null
        : {
            tier: c.reported_tier,
            kind: c.reported_kind,
            min_months: c.reported_min_months,
            max_months: c.reported_max_months,
          },
    resolution: c.resolution,
    resolution_note: c.resolution_note,
    confidence: c.confidence,
    status: c.status,
    ...(c.review_reason === null ? {} : { review_reason: c.review_reason }),
  };
}
