import { type ReportRecord, completeDate, periodEnd } from '../interchange/formats/report-records.schemas.ts';
import type { ReportForCitations } from './citation.writer.ts';
import { RecordError } from './errors.ts';
import { stated } from './merge.ts';
import type { ImportRun } from './import-run.ts';
import * as repo from './report.repository.ts';

// What the report writer and its batch path for new reports share: lookups, fields, checks.

/** The id of an outlet a report names, read once per run. */
export async function outletId(run: ImportRun, slug: string, report: string): Promise<number> {
  if (!run.outlets.has(slug)) {
    const outlet = await repo.findOutletBySlug(run.trx, slug);
    if (!outlet) throw new RecordError(`report ${report}: unknown outlet "${slug}"`);
    run.outlets.set(slug, outlet.id);
  }
  return run.outlets.get(slug)!;
}

/** The id of a place a report names, read once per run. */
export async function placeId(run: ImportRun, slug: string, report: string): Promise<number> {
  if (!run.places.has(slug)) {
    const place = await repo.findPlaceBySlug(run.trx, slug);
    if (!place) throw new RecordError(`report ${report}: unknown place "${slug}"`);
    run.places.set(slug, place.id);
  }
  return run.places.get(slug)!;
}

const REPORT_FIELDS = [
  'outlet',
  'title',
  'url',
  'language',
  'published_on',
  'date_precision',
  'date_note',
  'event_date',
  'source_type',
  'status',
  'summary',
  'excerpt',
] as const;

/** The record's stated fields as stored: partial dates completed to their first day. */
export function reportFields(r: ReportRecord) {
  const fields = stated(r, REPORT_FIELDS);
  if (fields.published_on) fields.published_on = completeDate(fields.published_on);
  return fields;
}

/** A date is known exactly when its precision is not 'unknown' — checked on the merged record. */
export function checkDate(slug: string, merged: { published_on: string | null; date_precision: string }) {
  if ((merged.date_precision === 'unknown') !== (merged.published_on === null)) {
    throw new RecordError(
      `report ${slug}: published_on must be given unless date_precision is unknown (and only then may it be null)`,
    );
  }
}

/** What the extractor reads of a report: its excerpt, its dates, and the title and summary as context. */
export const reportText = (r: {
  id: number;
  slug: string;
  title: string;
  summary: string | null;
  excerpt: string | null;
  published_on: string | null;
  date_precision: string;
  event_date: string | null;
}): ReportForCitations => ({
  id: r.id,
  slug: r.slug,
  excerpt: r.excerpt,
  title: r.title,
  summary: r.summary,
  // A report dated only "2009" may speak of anything in force by the end of 2009.
  published_on: r.published_on
    ? periodEnd(r.published_on.slice(0, r.date_precision === 'year' ? 4 : r.date_precision === 'day' ? 10 : 7))
    : null,
  event_date: r.event_date,
});
