import type { ReportRecord } from '../interchange/formats/report-records.schemas.ts';
import type { ImportRun } from './import-run.ts';
import { reportText } from './report-parts.ts';
import { insertReportSource } from './report-source.repository.ts';
import { findReportBySlug } from './report.repository.ts';
import { writeReports } from './report.writer.ts';

/** The page a draft was read from, kept privately beside it. */
export interface FetchedText {
  fullText: string;
  sha256: string;
  normalizedHash: string;
  fetchedUrl: string;
  finalUrl: string;
  httpStatus: number;
  fetchedAt: Date;
  alternateUrls: string[];
}

/**
 * A report read from the web, through the same report and citation writers as every other: the
 * record as a file would state it (its excerpt the cited sentences), the private full text, and
 * the extractor's suggestions found in that full text and placed in the excerpt.
 */
export async function writeFetchedReport(
  run: ImportRun,
  record: ReportRecord,
  fetched: FetchedText,
): Promise<{ reportId: number }> {
  await writeReports(run, [{ ...record, suggest_citations: false }]);
  const row = (await findReportBySlug(run.trx, record.slug))!;
  await insertReportSource(run.trx, {
    report_id: row.id,
    full_text: fetched.fullText,
    text_sha256: fetched.sha256,
    normalized_hash: fetched.normalizedHash,
    fetched_url: fetched.fetchedUrl,
    final_url: fetched.finalUrl,
    http_status: fetched.httpStatus,
    fetched_at: fetched.fetchedAt,
    alternate_urls: fetched.alternateUrls,
  });
  run.log.count('report_source', 'inserted');
  await run.citations.suggest({ ...reportText(row), source_text: fetched.fullText });
  return { reportId: row.id };
}
