import type { Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import * as citations from './citation.repository.ts';
import * as reports from './report.repository.ts';

/**
 * `atlas generate`'s bulk path, kept inside the writers so it keeps their rules: synthetic
 * reports of one outlet, and citations without quotes (nothing to place), one per report and
 * target (distinct on), so the unique index never sees a repeated pick.
 */
type Trx = Transaction<Database>;

export async function writeGeneratedReports(trx: Trx, outletId: number, runId: string, count: number): Promise<void> {
  await reports.insertGeneratedReports(trx, outletId, runId, count);
}

export async function writeGeneratedCitations(
  trx: Trx,
  runId: string,
  perReport: number,
  lawSlug: string,
): Promise<void> {
  await citations.insertGeneratedCitations(trx, runId, perReport, lawSlug);
}

/** What the report_search triggers would have written, when the generator ran without them. */
export async function writeGeneratedSearchDocuments(trx: Trx, runId: string, withCitations: boolean): Promise<void> {
  // Every generated citation is a confirmed one of this claim type, and every report has one.
  await reports.insertGeneratedReportSearch(trx, runId, withCitations ? [citations.generatedClaimType] : []);
}
