import type { Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import type { ReportRecord } from '../interchange/formats/report-records.schemas.ts';
import { diffFields } from './change-log.ts';
import { RecordError } from './errors.ts';
import type { ImportRun } from './import-run.ts';
import { requireForInsert } from './merge.ts';
import { checkDate, outletId, placeId, reportFields, reportText } from './report-parts.ts';
import * as repo from './report.repository.ts';

type Trx = Transaction<Database>;

/** Rows per statement: well under PostgreSQL's 65,535 bind parameters for our widest table. */
export const BATCH_SIZE = 1000;

async function insertChunked<T>(rows: T[], size: number, insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/**
 * Reports the database does not have yet, written a thousand at a time: one statement per table
 * per batch instead of several per report, which is what makes a 100,000-report import fast.
 * The same rules as one by one: required fields, citations placed by the citation writer.
 */
export async function writeNewReports(run: ImportRun, reports: ReportRecord[]) {
  const trx = run.trx;
  for (let i = 0; i < reports.length; i += BATCH_SIZE) {
    const batch = reports.slice(i, i + BATCH_SIZE);
    const rows = [];
    for (const r of batch) rows.push(await newReportRow(run, r));
    await refuseTakenUrls(trx, rows);
    const ids = new Map((await repo.insertReports(trx, rows)).map((row) => [row.slug, row.id]));
    for (const r of batch) run.writtenReports.set(r.slug, { id: ids.get(r.slug)!, translationOfId: null });
    await insertAuthors(run, batch, ids);
    await insertPlaces(run, batch, ids);
    const citations = [];
    for (const [j, r] of batch.entries()) {
      const text = reportText({ ...rows[j]!, id: ids.get(r.slug)! });
      citations.push(...(await run.citations.rowsForNewReport(text, r.citations ?? [], r.suggest_citations !== false)));
    }
    await run.citations.insertRows(citations);
    run.progress(batch.length);
  }
}

/** A URL names one report: a new report may not take one a stored report has. */
async function refuseTakenUrls(trx: Trx, rows: { slug: string; url: string | null }[]) {
  const taken = await repo.findReportsByUrls(
    trx,
    rows.flatMap((r) => (r.url ? [r.url] : [])),
  );
  if (taken.length === 0) return;
  const clash = rows.find((r) => r.url === taken[0]!.url)!;
  throw new RecordError(`report ${clash.slug}: url ${clash.url} is already the URL of report ${taken[0]!.slug}`);
}

async function newReportRow(run: ImportRun, r: ReportRecord) {
  const fields = reportFields(r);
  requireForInsert(fields, ['outlet', 'title', 'language', 'date_precision', 'source_type'], `report ${r.slug}`);
  const row = {
    slug: r.slug,
    outlet_id: await outletId(run, fields.outlet!, r.slug),
    title: fields.title!,
    url: fields.url ?? null,
    language: fields.language!,
    published_on: fields.published_on ?? null,
    date_precision: fields.date_precision!,
    date_note: fields.date_note ?? null,
    event_date: fields.event_date ?? null,
    source_type: fields.source_type!,
    status: fields.status ?? ('published' as const),
    summary: fields.summary ?? null,
    excerpt: fields.excerpt ?? null,
  };
  checkDate(r.slug, row);
  run.log.inserted('report', `report ${r.slug}`, diffFields({}, { ...fields, authors: r.authors, places: r.places }));
  return row;
}

async function insertAuthors(run: ImportRun, batch: ReportRecord[], ids: Map<string, number>) {
  const unknown = [...new Set(batch.flatMap((r) => r.authors ?? []))].filter((n) => !run.authors.has(n));
  if (unknown.length > 0) for (const a of await repo.upsertAuthorIds(run.trx, unknown)) run.authors.set(a.name, a.id);
  const rows = batch.flatMap((r) =>
    (r.authors ?? []).map((name, i) => ({
      report_id: ids.get(r.slug)!,
      author_id: run.authors.get(name)!,
      position: i + 1,
    })),
  );
  run.log.count('report_author', 'inserted', rows.length);
  await insertChunked(rows, 5000, (chunk) => repo.insertReportAuthors(run.trx, chunk));
}

async function insertPlaces(run: ImportRun, batch: ReportRecord[], ids: Map<string, number>) {
  const rows: { report_id: number; place_id: number }[] = [];
  for (const r of batch) {
    for (const slug of new Set(r.places ?? []))
      rows.push({ report_id: ids.get(r.slug)!, place_id: await placeId(run, slug, r.slug) });
  }
  run.log.count('report_place', 'inserted', rows.length);
  await insertChunked(rows, 5000, (chunk) => repo.insertReportPlaces(run.trx, chunk));
}
