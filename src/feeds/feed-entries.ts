import { urls } from '../http/urls.ts';
import { articleShortLabel } from '../lib/article-number.ts';
import { formatReportDate } from '../lib/dates.ts';
import { claimTypeLabels } from '../reports/report-view.ts';
import type { AtomEntry } from './atom.ts';
import type { CitationFeedRow } from './feeds.repository.ts';
import type { MatchedReportRow } from './report-search.repository.ts';

/** Feed entries from rows. Ids are tag: URIs on database ids, so a renamed slug never re-announces an entry. */
export const TAG = 'tag:statute-atlas,2026:';

const language = (lang: string) => (lang === 'en' ? null : lang);

function citedAs(row: CitationFeedRow): string {
  if (!row.law_title) return row.as_written;
  const version = row.version_slug ? ` (${row.version_slug})` : '';
  return row.article_number
    ? `${articleShortLabel(row.article_number)}, ${row.law_title}${version}`
    : `${row.law_title}${version}`;
}

export function citationEntry(row: CitationFeedRow, origin: string): AtomEntry {
  const claim = claimTypeLabels[row.claim_type] ?? row.claim_type;
  const date = formatReportDate(row.published_on, row.date_precision);
  return {
    id: `${TAG}citation/${row.id}`,
    title: row.report_title,
    language: language(row.report_language),
    updated: row.updated_at,
    published: row.confirmed_at,
    link: `${origin}${urls.report(row.report_slug)}#cite-${row.id}`,
    relatedLink: row.report_url,
    authors: [row.outlet_name],
    categories: [{ term: row.claim_type, label: claim }],
    summary: `${row.outlet_name} · ${date} · ${claim}: ${citedAs(row)} (“${row.as_written}”)`,
    content: row.quote_exact ? `“${row.quote_exact}”` : null,
  };
}

export function reportEntry(row: MatchedReportRow, origin: string): AtomEntry {
  const date = formatReportDate(row.published_on, row.date_precision);
  const authors = row.authors.map((a) => a.name);
  return {
    id: `${TAG}report/${row.id}`,
    title: row.title,
    language: language(row.language),
    updated: row.updated_at,
    published: null,
    link: `${origin}${urls.report(row.slug)}`,
    relatedLink: row.url,
    authors: [authors.length > 0 ? `${authors.join(', ')} (${row.outlet_name})` : row.outlet_name],
    categories: [],
    summary: `${row.outlet_name} · ${date}${row.summary ? ` · ${row.summary}` : ''}`,
    content: row.excerpt,
  };
}
