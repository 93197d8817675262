import type { Insertable, Transaction, Updateable } from 'kysely';
import type { Database } from '../db/database.ts';

/** Queries the import uses to upsert outlets, places, reports and citations by natural key. */
type Trx = Transaction<Database>;

export async function findOutletBySlug(trx: Trx, slug: string) {
  return trx.selectFrom('outlet').select(['id', 'slug', 'name', 'url', 'country']).where('slug', '=', slug).executeTakeFirst();
}

export async function insertOutlet(trx: Trx, row: Insertable<Database['outlet']>) {
  return trx.insertInto('outlet').values(row).returning('id').executeTakeFirstOrThrow();
}

export async function updateOutlet(trx: Trx, id: number, row: Updateable<Database['outlet']>) {
  await trx.updateTable('outlet').set(row).where('id', '=', id).execute();
}

export async function findPlaceBySlug(trx: Trx, slug: string) {
  return trx.selectFrom('place').select(['id', 'slug', 'name', 'name_ko', 'kind', 'parent_id']).where('slug', '=', slug).executeTakeFirst();
}

export async function insertPlace(trx: Trx, row: Insertable<Database['place']>) {
  return trx.insertInto('place').values(row).returning('id').executeTakeFirstOrThrow();
}

export async function updatePlace(trx: Trx, id: number, row: Updateable<Database['place']>) {
  await trx.updateTable('place').set(row).where('id', '=', id).execute();
}

/** Every column the import compares, so an unchanged report is left untouched. */
const reportColumns = [
  'id',
  'slug',
  'outlet_id',
  'title',
  'url',
  'language',
  'translation_of_id',
  'published_on',
  'date_precision',
  'date_note',
  'event_date',
  'source_type',
  'status',
  'summary',
  'excerpt',
] as const;

export async function findReportBySlug(trx: Trx, slug: string) {
  return trx
    .selectFrom('report')
    .select(reportColumns)
    .where('slug', '=', slug)
    .executeTakeFirst();
}

/** The same columns as findReportBySlug, for a chunk of slugs at once. */
export async function findReportsBySlugs(trx: Trx, slugs: string[]) {
  if (slugs.length === 0) return [];
  return trx
    .selectFrom('report')
    .select(reportColumns)
    .where('slug', 'in', slugs)
    .execute();
}

export async function insertReport(trx: Trx, row: Insertable<Database['report']>) {
  return trx.insertInto('report').values(row).returning('id').executeTakeFirstOrThrow();
}

export async function updateReport(trx: Trx, id: number, row: Updateable<Database['report']>) {
  await trx
    .updateTable('report')
    .set({ ...row, updated_at: new Date(), lock_version: (eb) => eb('lock_version', '+', 1) })
    .where('id', '=', id)
    .execute();
}

export async function upsertAuthorIds(trx: Trx, names: string[]) {
  await trx
    .insertInto('author')
    .values(names.map((name) => ({ name })))
    .onConflict((oc) => oc.constraint('author_name_key').doNothing())
    .execute();
  return trx.selectFrom('author').select(['id', 'name']).where('name', 'in', names).execute();
}

export async function listReportAuthors(trx: Trx, reportId: number) {
  return trx
    .selectFrom('report_author')
    .innerJoin('author', 'author.id', 'report_author.author_id')
    .select(['author.name', 'report_author.position'])
    .where('report_author.report_id', '=', reportId)
    .orderBy('report_author.position')
    .execute();
}

export async function deleteReportAuthors(trx: Trx, reportId: number) {
  await trx.deleteFrom('report_author').where('report_id', '=', reportId).execute();
}

export async function insertReportAuthors(trx: Trx, rows: Insertable<Database['report_author']>[]) {
  await trx.insertInto('report_author').values(rows).execute();
}

export async function listReportPlaceIds(trx: Trx, reportId: number) {
  return trx.selectFrom('report_place').select('place_id').where('report_id', '=', reportId).orderBy('place_id').execute();
}

export async function deleteReportPlaces(trx: Trx, reportId: number) {
  await trx.deleteFrom('report_place').where('report_id', '=', reportId).execute();
}

export async function insertReportPlaces(trx: Trx, rows: Insertable<Database['report_place']>[]) {
  await trx.insertInto('report_place').values(rows).execute();
}

export async function listReportCitations(trx: Trx, reportId: number) {
  return trx
    .selectFrom('citation')
    .select([
      'id',
      'law_id',
      'law_version_id',
      'article_id',
      'as_written',
      'quote_exact',
      'quote_prefix',
      'quote_suffix',
      'quote_start',
      'quote_end',
      'claim_type',
      'reported_kind',
      'reported_tier',
      'reported_min_months',
      'reported_max_months',
      'resolution',
      'resolution_note',
      'confidence',
      'status',
    ])
    .where('report_id', '=', reportId)
    .orderBy('id')
    .execute();
}

export async function insertCitation(trx: Trx, row: Insertable<Database['citation']>) {
  return trx.insertInto('citation').values(row).returning('id').executeTakeFirstOrThrow();
}

/** Many citations in one statement (bulk imports); callers keep each batch under 2,000 rows. */
export async function insertCitations(trx: Trx, rows: Insertable<Database['citation']>[]) {
  await trx.insertInto('citation').values(rows).execute();
}

/** Many new reports in one statement; returns their ids by slug. */
export async function insertReports(trx: Trx, rows: Insertable<Database['report']>[]) {
  return trx.insertInto('report').values(rows).returning(['id', 'slug']).execute();
}

export async function updateCitation(trx: Trx, id: number, row: Updateable<Database['citation']>) {
  await trx
    .updateTable('citation')
    .set({ ...row, updated_at: new Date(), lock_version: (eb) => eb('lock_version', '+', 1) })
    .where('id', '=', id)
    .execute();
}

export async function findLawIdBySlug(trx: Trx, slug: string) {
  return trx.selectFrom('law').select('id').where('slug', '=', slug).executeTakeFirst();
}

export async function findVersionId(trx: Trx, lawId: number, slug: string) {
  return trx.selectFrom('law_version').select('id').where('law_id', '=', lawId).where('slug', '=', slug).executeTakeFirst();
}

export async function findArticleId(trx: Trx, versionId: number, number: string) {
  return trx.selectFrom('article').select('id').where('law_version_id', '=', versionId).where('number', '=', number).executeTakeFirst();
}
