import { urls } from '../http/urls.ts';
import { reportDateTime } from '../lib/dates.ts';
import type { MatchedReportRow } from '../feeds/report-search.repository.ts';
import { citationLabel } from '../reports/report-view.ts';
import type { CitationDownloadRow } from './downloads.repository.ts';
import type { Column } from './stream-rows.ts';

/**
 * Download columns, the same in CSV and JSON. Dates are ISO and only as precise as known
 * ("2016", "2016-03", "2016-03-16"; empty when unknown); claim types are the stored codes.
 */
export function citationColumns(origin: string): Column<CitationDownloadRow>[] {
  return [
    { key: 'citation_id', value: (r) => r.id },
    { key: 'law', value: (r) => r.law_slug },
    { key: 'version', value: (r) => r.version_slug },
    { key: 'article', value: (r) => r.article_number },
    { key: 'as_written', value: (r) => r.as_written },
    { key: 'claim_type', value: (r) => r.claim_type },
    { key: 'quote', value: (r) => r.quote_exact },
    { key: 'confidence', value: (r) => r.confidence },
    { key: 'report', value: (r) => r.report_slug },
    { key: 'report_title', value: (r) => r.report_title },
    { key: 'report_date', value: (r) => reportDateTime(r.published_on, r.date_precision) },
    { key: 'report_language', value: (r) => r.report_language },
    { key: 'outlet', value: (r) => r.outlet_name },
    { key: 'report_url', value: (r) => `${origin}${urls.report(r.report_slug)}` },
    { key: 'source_url', value: (r) => r.report_url },
  ];
}

export function reportColumns(origin: string): Column<MatchedReportRow>[] {
  return [
    { key: 'report', value: (r) => r.slug },
    { key: 'title', value: (r) => r.title },
    { key: 'date', value: (r) => reportDateTime(r.published_on, r.date_precision) },
    { key: 'language', value: (r) => r.language },
    { key: 'outlet', value: (r) => r.outlet_name },
    { key: 'authors', value: (r) => r.authors.map((a) => a.name).join('; ') },
    { key: 'places', value: (r) => r.places.map((p) => p.name).join('; ') },
    { key: 'cited', value: (r) => r.cited.map(citationLabel).join('; ') },
    { key: 'source_type', value: (r) => r.source_type },
    { key: 'summary', value: (r) => r.summary },
    { key: 'report_url', value: (r) => `${origin}${urls.report(r.slug)}` },
    { key: 'source_url', value: (r) => r.url },
  ];
}
