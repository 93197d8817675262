import type { Db } from '../db/connect.ts';

/** Citation rows for downloads: confirmed citations of published reports, with what a spreadsheet needs. */
function citationRows(db: Db) {
  return db
    .selectFrom('citation')
    .innerJoin('report', 'report.id', 'citation.report_id')
    .innerJoin('outlet', 'outlet.id', 'report.outlet_id')
    .leftJoin('law', 'law.id', 'citation.law_id')
    .leftJoin('law_version', 'law_version.id', 'citation.law_version_id')
    .leftJoin('article', 'article.id', 'citation.article_id')
    .select([
      'citation.id',
      'citation.as_written',
      'citation.quote_exact',
      'citation.claim_type',
      'citation.confidence',
      'report.id as report_id',
      'report.slug as report_slug',
      'report.title as report_title',
      'report.language as report_language',
      'report.url as report_url',
      'report.published_on',
      'report.date_precision',
      'report.sort_date',
      'outlet.name as outlet_name',
      'law.slug as law_slug',
      'law_version.slug as version_slug',
      'article.number as article_number',
    ])
    .where('citation.status', '=', 'confirmed')
    .where('report.status', '=', 'published');
}

export type CitationDownloadRow = Awaited<ReturnType<typeof listCitationRowsOfReport>>[number];

/**
 * The statute page's rows for a batch of citing reports (chosen through the cited-by index
 * first): only citations of the lineage's articles, in the page's order.
 */
export async function listCitationRowsOfReports(db: Db, articleIds: number[], reportIds: number[]) {
  if (reportIds.length === 0 || articleIds.length === 0) return [];
  return citationRows(db)
    .where('citation.report_id', 'in', reportIds)
    .where('citation.article_id', 'in', articleIds)
    .orderBy('report.sort_date', 'desc')
    .orderBy('report.id', 'desc')
    .orderBy('citation.id')
    .execute();
}

/** Every confirmed citation of one report, in the order of its quoted passages. */
export async function listCitationRowsOfReport(db: Db, reportId: number) {
  return citationRows(db)
    .where('citation.report_id', '=', reportId)
    .orderBy('citation.quote_start', (ob) => ob.asc().nullsLast())
    .orderBy('citation.id')
    .execute();
}
