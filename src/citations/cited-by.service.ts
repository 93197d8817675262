import type { Db } from '../db/connect.ts';
import { urls } from '../http/urls.ts';
import { articleShortLabel } from '../lib/article-number.ts';
import { encodeCursor } from '../lib/keyset.ts';
import { formatReportDate, reportDateTime } from '../lib/report-date.ts';
import { parseCursor } from '../reports/reports.service.ts';
import { claimTypeLabels } from '../reports/report-view.ts';
import * as repo from './cited-by.repository.ts';
import { buildYearChart } from './year-chart.ts';

export const CITED_BY_PAGE_SIZE = 25;

/** The statute page's "Cited by": count, per-year chart, and one keyset page of citing reports. */
export async function getCitedBy(db: Db, target: repo.CitedTarget, after: string | undefined, pageUrl: string) {
  const keyset = parseCursor(after);
  const [total, years, rows] = await Promise.all([
    repo.countCitingReports(db, target),
    repo.countCitingReportsByYear(db, target),
    repo.listCitingReportsPage(db, target, keyset, CITED_BY_PAGE_SIZE),
  ]);
  const page = rows.slice(0, CITED_BY_PAGE_SIZE);
  const citations = await repo.listCitationsOfReports(db, target, page.map((r) => r.id));
  const last = page.at(-1);
  const next = rows.length > CITED_BY_PAGE_SIZE && last ? encodeCursor({ sortDate: last.sort_date, id: last.id }) : null;
  return {
    total,
    chart: buildYearChart(years.map((y) => ({ year: y.year, count: Number(y.n) }))),
    reports: page.map((r) => ({
      title: r.title,
      language: r.language,
      url: urls.report(r.slug),
      outlet: r.outlet_name,
      outletUrl: urls.outlet(r.outlet_slug),
      date: formatReportDate(r.published_on, r.date_precision),
      dateTime: reportDateTime(r.published_on, r.date_precision),
      citations: citations
        .filter((c) => c.report_id === r.id)
        .map((c) => ({
          claimType: claimTypeLabels[c.claim_type] ?? c.claim_type,
          asWritten: c.as_written,
          quote: c.quote_exact,
          viaLineage: c.article_id !== target.articleId,
          citedAs: `${articleShortLabel(c.article_number)} of the ${c.version_slug} code`,
        })),
    })),
    nextUrl: next ? `${pageUrl}?after=${next}#cited-by` : null,
    firstUrl: after ? `${pageUrl}#cited-by` : null,
  };
}
