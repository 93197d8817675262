import type { Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import * as citations from './citation.repository.ts';
import * as reports from './report.repository.ts';

/**
 * `atlas generate`'s bulk path, kept inside the writers so it keeps their rules: synthetic
 * reports of one outlet, and citations without quotes (nothing to place), one per report and
 * target — the unique index turns a repeated pick into nothing.
 */
type Trx = Transaction<Database>;

export async function writeGeneratedReports(trx: Trx, outletId: number, runId: string, count: number): Promise<void> {
  await reports.insertGeneratedReports(trx, outletId, runId, count);
}

export async function writeGeneratedCitations(trx: Trx, runId: string, perReport: number, lawSlug: string): Promise<void> {
  await citations.insertGeneratedCitations(trx, runId, perReport, lawSlug);
}
