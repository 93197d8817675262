import { type Insertable, type Kysely, sql } from 'kysely';
import type { Database } from '../db/database.ts';

type Q = Kysely<Database>;

export async function findFetchedItem(db: Q, url: string) {
  return db
    .selectFrom('fetched_item')
    .leftJoin('report', 'report.id', 'fetched_item.report_id')
    .select([
      'fetched_item.id',
      'fetched_item.report_id',
      'fetched_item.etag',
      'fetched_item.last_modified',
      'report.slug as report_slug',
    ])
    .where('fetched_item.url', '=', url)
    .executeTakeFirst();
}

/** One row per item URL: the latest outcome, its validators, the report it became. */
export async function upsertFetchedItem(db: Q, row: Insertable<Database['fetched_item']>) {
  await db
    .insertInto('fetched_item')
    .values(row)
    .onConflict((oc) =>
      oc.constraint('fetched_item_url_key').doUpdateSet({
        outcome: row.outcome,
        reason: row.reason ?? null,
        report_id: sql`coalesce(excluded.report_id, fetched_item.report_id)`,
        source_id: sql`coalesce(excluded.source_id, fetched_item.source_id)`,
        etag: sql`coalesce(excluded.etag, fetched_item.etag)`,
        last_modified: sql`coalesce(excluded.last_modified, fetched_item.last_modified)`,
        last_seen_at: sql`now()`,
      }),
    )
    .execute();
}

export async function insertSourceError(db: Q, row: Insertable<Database['source_error']>) {
  await db.insertInto('source_error').values(row).execute();
}

/** Outlets with a site address, to recognise an article's outlet by its host. */
export async function listOutletsWithUrl(db: Q) {
  return db.selectFrom('outlet').select(['id', 'slug', 'url']).where('url', 'is not', null).orderBy('id').execute();
}

export async function findOutletSlugById(db: Q, id: number) {
  return (await db.selectFrom('outlet').select('slug').where('id', '=', id).executeTakeFirst())?.slug ?? null;
}

export async function findOutletIdBySlug(db: Q, slug: string) {
  return (await db.selectFrom('outlet').select('id').where('slug', '=', slug).executeTakeFirst())?.id ?? null;
}

export async function findReportSlugByUrl(db: Q, urls: string[]) {
  if (urls.length === 0) return null;
  return (await db.selectFrom('report').select(['id', 'slug']).where('url', 'in', urls).executeTakeFirst()) ?? null;
}

export async function reportSlugExists(db: Q, slug: string) {
  return (await db.selectFrom('report').select('id').where('slug', '=', slug).executeTakeFirst()) !== undefined;
}

export async function listCitationsWritten(db: Q, reportId: number) {
  return (
    await db
      .selectFrom('citation')
      .select('as_written')
      .where('report_id', '=', reportId)
      .orderBy('quote_start')
      .execute()
  ).map((r) => r.as_written);
}

/** The private copy of a draft's page: admins only. */
export async function findReportSource(db: Q, slug: string) {
  return db
    .selectFrom('report_source')
    .innerJoin('report', 'report.id', 'report_source.report_id')
    .select([
      'report.slug',
      'report.title',
      'report.status',
      'report_source.full_text',
      'report_source.text_sha256',
      'report_source.fetched_url',
      'report_source.final_url',
      'report_source.http_status',
      'report_source.fetched_at',
      'report_source.alternate_urls',
    ])
    .where('report.slug', '=', slug)
    .executeTakeFirst();
}
