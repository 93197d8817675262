import type { Db } from '../db/connect.ts';
import { type ReportOutputQuery, resolveReportMatch } from '../feeds/report-match.service.ts';
import { type MatchedReportRow, listReportsMatching } from '../feeds/report-search.repository.ts';
import { NotFoundError } from '../http/errors.ts';
import { requireArticleScope } from '../laws/article-scope.service.ts';
import type { Keyset } from '../lib/keyset.ts';
import { findPublishedReport, listReportKeysCitingArticles } from '../reports/reports.repository.ts';
import { citationColumns, reportColumns } from './download-columns.ts';
import { listCitationRowsOfReport, listCitationRowsOfReports } from './downloads.repository.ts';
import { keysetBatches } from './stream-rows.ts';

/** Rows are fetched this many reports at a time, each batch written out before the next is read. */
export const BATCH_SIZE = 1000;

/** Citing reports in cited-by order, a batch of report keys through the index, then their rows. */
async function* citingRowBatches(db: Db, articleIds: number[]) {
  let after: Keyset | null = null;
  for (;;) {
    const keys = await listReportKeysCitingArticles(db, articleIds, after, BATCH_SIZE);
    if (keys.length === 0) return;
    yield await listCitationRowsOfReports(
      db,
      articleIds,
      keys.map((k) => k.report_id),
    );
    if (keys.length < BATCH_SIZE) return;
    const last = keys.at(-1)!;
    after = { sortDate: last.report_sort_date, id: last.report_id };
  }
}

async function* once<T>(rows: T[]) {
  yield rows;
}

/** The statute page's citations: every confirmed citation of the offence in any version, as "Cited by" lists them. */
export async function articleCitationsDownload(db: Db, origin: string, law: string, version: string, number: string) {
  const a = await requireArticleScope(db, law, version, number);
  return {
    filename: `${a.law_slug}-${a.version_slug}-art-${a.number}-citations`,
    columns: citationColumns(origin),
    batches: citingRowBatches(db, a.lineage_article_ids),
  };
}

export async function reportCitationsDownload(db: Db, origin: string, slug: string) {
  const report = await findPublishedReport(db, slug);
  if (!report) throw new NotFoundError(`There is no published report "${slug}".`);
  const rows = await listCitationRowsOfReport(db, report.id);
  return { filename: `${report.slug}-citations`, columns: citationColumns(origin), batches: once(rows) };
}

/**
 * The /reports list (or saved-search results) with its facets, newest first, in keyset batches.
 * The search page can serve its results through `sendRows` with this or its own batches.
 */
export async function reportListDownload(db: Db, origin: string, kind: 'reports' | 'search', q: ReportOutputQuery) {
  const { match } = await resolveReportMatch(db, q);
  const batches: AsyncIterable<MatchedReportRow[]> = match
    ? keysetBatches(
        BATCH_SIZE,
        (after: Keyset | null) => listReportsMatching(db, match, after, BATCH_SIZE),
        (r) => ({ sortDate: r.sort_date, id: r.id }),
      )
    : once([]);
  return {
    filename: kind === 'search' ? 'statute-atlas-search-results' : 'statute-atlas-reports',
    columns: reportColumns(origin),
    batches,
  };
}
