import type { z } from 'zod';
import type { claimType } from '../api-schema/common.ts';
import type { ReadContext } from '../db/read-context.ts';
import { readPublicDataVersion } from '../db/data-version.repository.ts';
import { urls } from '../http/urls.ts';
import { articleShortLabel } from '../lib/article-number.ts';
import { encodeCursor } from '../lib/keyset.ts';
import { formatReportDate, reportDateTime } from '../lib/dates.ts';
import { claimTypeLabels } from '../reports/report-view.ts';
import { listReportKeysCitingArticles, listReportsByIds } from '../reports/reports.repository.ts';
import { parseCursor } from '../reports/reports.service.ts';
import * as repo from './cited-by.repository.ts';
import { buildYearChart } from './year-chart.ts';
import { getOffenceCounts } from './citation-counts.service.ts';

type ClaimType = z.infer<typeof claimType>;

export const CITED_BY_PAGE_SIZE = 25;

export interface CitedByScope {
  /** the page's own article; null on an offence page, where every citation is "cited as" some number */
  articleId: number | null;
  /** the lineage's articles in every version (the article alone when it has no lineage) */
  articleIds: number[];
  offenceKey: number;
}

/**
 * "Cited by" on the statute and offence pages: the count (from the one counting function), a
 * per-year chart, and one keyset page of citing reports.
 */
export async function getCitedBy(
  ctx: ReadContext,
  scope: CitedByScope,
  after: string | undefined,
  pageUrl: string,
  dataVersion?: number,
) {
  const { db, memo } = ctx;
  const { articleId, articleIds } = scope;
  const keyset = parseCursor(after);
  const version = dataVersion ?? (await readPublicDataVersion(db));
  const [counts, years, keys] = await Promise.all([
    getOffenceCounts(ctx, scope.offenceKey, articleIds, version),
    // Counting every citing report is the page's expensive part: memoised per data version.
    memo.get(`cited-by-years:${articleIds.join(',')}`, version, () => repo.countCitingReportsByYear(db, articleIds)),
    listReportKeysCitingArticles(db, articleIds, keyset, CITED_BY_PAGE_SIZE + 1),
  ]);
  const pageKeys = keys.slice(0, CITED_BY_PAGE_SIZE);
  const ids = pageKeys.map((k) => k.report_id);
  const [reports, citations] = await Promise.all([
    listReportsByIds(db, ids),
    repo.listCitationsOfReports(db, articleIds, ids),
  ]);
  const byId = new Map(reports.map((r) => [r.id, r]));
  const last = pageKeys.at(-1);
  const next =
    keys.length > CITED_BY_PAGE_SIZE && last
      ? encodeCursor({ sortDate: last.report_sort_date, id: last.report_id })
      : null;
  const perYear = years.map((y) => ({ year: y.year, count: Number(y.n) }));
  return {
    total: counts.offenceReports,
    counts,
    chart: buildYearChart(perYear),
    perYear,
    reports: ids.flatMap((id) => {
      const r = byId.get(id);
      if (!r) return [];
      return [
        {
          title: r.title,
          language: r.language,
          url: urls.report(r.slug),
          outlet: r.outlet_name,
          outletUrl: urls.outlet(r.outlet_slug),
          date: formatReportDate(r.published_on, r.date_precision),
          dateTime: reportDateTime(r.published_on, r.date_precision),
          citations: citations
            .filter((c) => c.report_id === id)
            .map((c) => ({
              claimType: c.claim_type as ClaimType,
              claimTypeLabel: claimTypeLabels[c.claim_type] ?? c.claim_type,
              asWritten: c.as_written,
              quote: c.quote_exact,
              viaLineage: articleId === null || c.article_id !== articleId,
              citedAs: { version: c.version_slug, number: c.article_number },
              citedAsLabel: `${articleShortLabel(c.article_number)} of the ${c.version_slug} code`,
            })),
        },
      ];
    }),
    nextUrl: next ? `${pageUrl}?after=${next}#cited-by` : null,
    firstUrl: after ? `${pageUrl}#cited-by` : null,
  };
}
