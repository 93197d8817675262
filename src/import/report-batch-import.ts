import type { Insertable, Transaction } from 'kysely';
import type { Database } from '../db/database.ts';
import { type Tally, count } from './import.tally.ts';
import { ImportReferenceError } from './law-import.ts';
import type { CitationTarget } from './reference-cache.ts';
import * as repo from './report-import.repository.ts';
import { type ReportImportCache, citationRow, outletId, reportRow } from './report-import.ts';
import { type ReportRecord, periodEnd } from './report-import.schemas.ts';
import type { CitationSuggester } from './suggest-citations.ts';

type Trx = Transaction<Database>;

/** Rows per statement: well under PostgreSQL's 65,535 bind parameters for our widest table. */
export const BATCH_SIZE = 1000;

async function insertChunked<T>(rows: T[], size: number, insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/**
 * Reports the database does not have yet, written a thousand at a time: one statement per table
 * per batch instead of several per report, which is what makes a 100,000-report import fast.
 */
export async function importNewReports(
  trx: Trx,
  tally: Tally,
  reports: ReportRecord[],
  cache: ReportImportCache,
  suggester: CitationSuggester,
  progress: (n: number) => void,
) {
  for (let i = 0; i < reports.length; i += BATCH_SIZE) {
    const batch = reports.slice(i, i + BATCH_SIZE);
    const rows = [];
    for (const r of batch) rows.push(reportRow(r, await outletId(trx, cache, r)));
    const ids = new Map((await repo.insertReports(trx, rows)).map((row) => [row.slug, row.id]));
    for (const r of batch) {
      cache.imported.set(r.slug, { id: ids.get(r.slug)!, translationOfId: null });
      count(tally, 'report', 'inserted');
    }
    await insertAuthors(trx, tally, batch, ids, cache);
    await insertPlaces(trx, tally, batch, ids, cache);
    await insertCitationsAndSuggestions(trx, tally, batch, ids, cache, suggester);
    progress(batch.length);
  }
}

async function insertAuthors(trx: Trx, tally: Tally, batch: ReportRecord[], ids: Map<string, number>, cache: ReportImportCache) {
  const unknown = [...new Set(batch.flatMap((r) => r.authors))].filter((n) => !cache.authors.has(n));
  if (unknown.length > 0) for (const a of await repo.upsertAuthorIds(trx, unknown)) cache.authors.set(a.name, a.id);
  const rows = batch.flatMap((r) => r.authors.map((name, i) => ({ report_id: ids.get(r.slug)!, author_id: cache.authors.get(name)!, position: i + 1 })));
  for (const _ of rows) count(tally, 'report_author', 'inserted');
  await insertChunked(rows, 5000, (chunk) => repo.insertReportAuthors(trx, chunk));
}

async function insertPlaces(trx: Trx, tally: Tally, batch: ReportRecord[], ids: Map<string, number>, cache: ReportImportCache) {
  const rows: { report_id: number; place_id: number }[] = [];
  for (const r of batch) {
    for (const slug of new Set(r.places)) {
      if (!cache.places.has(slug)) {
        const place = await repo.findPlaceBySlug(trx, slug);
        if (!place) throw new ImportReferenceError(`report ${r.slug}: unknown place "${slug}"`);
        cache.places.set(slug, place.id);
      }
      rows.push({ report_id: ids.get(r.slug)!, place_id: cache.places.get(slug)! });
    }
  }
  for (const _ of rows) count(tally, 'report_place', 'inserted');
  await insertChunked(rows, 5000, (chunk) => repo.insertReportPlaces(trx, chunk));
}

async function insertCitationsAndSuggestions(
  trx: Trx,
  tally: Tally,
  batch: ReportRecord[],
  ids: Map<string, number>,
  cache: ReportImportCache,
  suggester: CitationSuggester,
) {
  const rows: Insertable<Database['citation']>[] = [];
  for (const r of batch) {
    const reportId = ids.get(r.slug)!;
    const targets: CitationTarget[] = [];
    for (const c of r.citations) {
      const target = await cache.refs.resolve(c, `report ${r.slug} citation "${c.as_written}"`);
      targets.push(target);
      rows.push({ report_id: reportId, ...citationRow(r, c, target), origin: 'import' });
      count(tally, 'citation', 'inserted');
    }
    const published_on = r.published_on ? periodEnd(r.published_on) : null;
    const text = { id: reportId, excerpt: r.excerpt ?? null, title: r.title, summary: r.summary ?? null, published_on, event_date: r.event_date ?? null };
    rows.push(...(await suggester.rowsFor(tally, text, targets)));
  }
  await insertChunked(rows, 2000, (chunk) => repo.insertCitations(trx, chunk));
}
