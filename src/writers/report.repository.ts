import { type Insertable, type RawBuilder, type Transaction, type Updateable, sql } from 'kysely';
import type { Database } from '../db/database.ts';

/** Queries of the report writer: outlets, places, and reports with their authors and places. */
type Trx = Transaction<Database>;

export async function findOutletBySlug(trx: Trx, slug: string) {
  return trx
    .selectFrom('outlet')
    .select(['id', 'slug', 'name', 'url', 'country'])
    .where('slug', '=', slug)
    .executeTakeFirst();
}

export async function insertOutlet(trx: Trx, row: Insertable<Database['outlet']>) {
  return trx.insertInto('outlet').values(row).returning('id').executeTakeFirstOrThrow();
}

export async function updateOutlet(trx: Trx, id: number, row: Updateable<Database['outlet']>) {
  await trx.updateTable('outlet').set(row).where('id', '=', id).execute();
}

export async function findPlaceBySlug(trx: Trx, slug: string) {
  return trx
    .selectFrom('place')
    .select(['id', 'slug', 'name', 'name_ko', 'kind', 'parent_id'])
    .where('slug', '=', slug)
    .executeTakeFirst();
}

export async function insertPlace(trx: Trx, row: Insertable<Database['place']>) {
  return trx.insertInto('place').values(row).returning('id').executeTakeFirstOrThrow();
}

export async function updatePlace(trx: Trx, id: number, row: Updateable<Database['place']>) {
  await trx.updateTable('place').set(row).where('id', '=', id).execute();
}

/** Every column the writer compares, with the outlet by slug, so an unchanged report is left untouched. */
function selectReports(trx: Trx) {
  return trx
    .selectFrom('report')
    .innerJoin('outlet', 'outlet.id', 'report.outlet_id')
    .select([
      'report.id',
      'report.slug',
      'outlet.slug as outlet',
      'report.title',
      'report.url',
      'report.language',
      'report.translation_of_id',
      'report.published_on',
      'report.date_precision',
      'report.date_note',
      'report.event_date',
      'report.source_type',
      'report.status',
      'report.summary',
      'report.excerpt',
      'report.lock_version',
    ]);
}

export async function findReportBySlug(trx: Trx, slug: string) {
  return selectReports(trx).where('report.slug', '=', slug).executeTakeFirst();
}

export async function findReportById(trx: Trx, id: number) {
  return selectReports(trx).where('report.id', '=', id).executeTakeFirst();
}

/** The same columns as findReportBySlug, for a chunk of slugs at once. */
export async function findReportsBySlugs(trx: Trx, slugs: string[]) {
  if (slugs.length === 0) return [];
  return selectReports(trx).where('report.slug', 'in', slugs).execute();
}

/** Reports already holding any of these URLs (a URL names one report). */
export async function findReportsByUrls(trx: Trx, urls: string[]) {
  if (urls.length === 0) return [];
  return trx.selectFrom('report').select(['slug', 'url']).where('url', 'in', urls).execute();
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

export async function listReportPlaces(trx: Trx, reportId: number) {
  return trx
    .selectFrom('report_place')
    .innerJoin('place', 'place.id', 'report_place.place_id')
    .select(['place.id', 'place.slug'])
    .where('report_place.report_id', '=', reportId)
    .orderBy('place.id')
    .execute();
}

export async function deleteReportPlaces(trx: Trx, reportId: number) {
  await trx.deleteFrom('report_place').where('report_id', '=', reportId).execute();
}

export async function insertReportPlaces(trx: Trx, rows: Insertable<Database['report_place']>[]) {
  await trx.insertInto('report_place').values(rows).execute();
}

/** Many new reports in one statement; returns their ids by slug. */
export async function insertReports(trx: Trx, rows: Insertable<Database['report']>[]) {
  return trx.insertInto('report').values(rows).returning(['id', 'slug']).execute();
}

/** A report edit from the admin form: written only if nobody saved since `lockVersion` was read. */
export async function updateReportIfUnchanged(
  trx: Trx,
  id: number,
  lockVersion: number,
  changes: Updateable<Database['report']>,
) {
  const result = await trx
    .updateTable('report')
    .set((eb) => ({ ...changes, updated_at: new Date(), lock_version: eb('lock_version', '+', 1) }))
    .where('id', '=', id)
    .where('lock_version', '=', lockVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function findLawIdBySlug(trx: Trx, slug: string) {
  return trx.selectFrom('law').select('id').where('slug', '=', slug).executeTakeFirst();
}

export async function findVersionId(trx: Trx, lawId: number, slug: string) {
  return trx
    .selectFrom('law_version')
    .select('id')
    .where('law_id', '=', lawId)
    .where('slug', '=', slug)
    .executeTakeFirst();
}

export async function findArticleId(trx: Trx, versionId: number, number: string) {
  return trx
    .selectFrom('article')
    .select('id')
    .where('law_version_id', '=', versionId)
    .where('number', '=', number)
    .executeTakeFirst();
}

/** The synthetic reports' words: topic `1 + g % 6` in the title, Article `60 + g % 170` in the excerpt. */
const generatedTopics = [
  'border crossing',
  'phone calls abroad',
  'smuggling',
  'foreign films',
  'drug trafficking',
  'state subversion',
];
const summaryText = 'Generated for tests and benchmarks; not a real report.';
const generatedSummary = sql`${summaryText}::text`;
const excerptOf = (n: RawBuilder<unknown>) =>
  sql`'A generated passage citing Article ' || ${n} || ' of the Criminal Code for benchmark purposes.'`;

/** N published reports spread over 2000–2025, slugs prefixed with the run's id. */
export async function insertGeneratedReports(trx: Trx, outletId: number, runId: string, count: number) {
  await sql`
    insert into report (slug, outlet_id, title, url, language, published_on, date_precision, source_type, status, summary, excerpt)
    select
      ${`synthetic-${runId}-`} || g,
      ${outletId},
      'Synthetic report ' || g || ' on ' || (${generatedTopics}::text[])[1 + g % 6],
      null,
      case when g % 5 = 0 then 'ko' else 'en' end,
      date '2000-01-01' + ((g::bigint * 7919) % 9131)::int,
      'day',
      'synthetic',
      'published',
      ${generatedSummary},
      ${excerptOf(sql`(60 + g % 170)`)}
    from generate_series(1, ${count}::int) as g
  `.execute(trx);
}

/**
 * The run's report_search rows, for when the generator bypassed the triggers that would write them
 * (refresh_report_search). The same documents, built from the few distinct texts: to_tsvector runs
 * once per topic and excerpt instead of once per report (it is most of the cost), and the one
 * per-report word, the number in the title, is spliced in at its position (tsvector `||` shifts the
 * right operand's positions past the left's); the title number and topic carry no Hangul, so
 * the cjk column comes from the templates too. A test compares the result with
 * refresh_report_search's; synthetic reports have no places, and their text has no Hangul.
 * `claimTypes`: those of the run's citations (every report has the same, or none).
 */
export async function insertGeneratedReportSearch(trx: Trx, runId: string, claimTypes: string[]) {
  const prefix = `synthetic-${runId}-`;
  await sql`
    with topic as (
      select i - 1 as k, to_tsvector('english', 'on ' || t) as vec, t as text
      from unnest(${generatedTopics}::text[]) with ordinality as u(t, i)
    ), excerpt as (
      select n - 60 as k, to_tsvector('english', ${excerptOf(sql`n`)}) as vec, ${excerptOf(sql`n`)} as text
      from generate_series(60, 229) as n
    ), fixed as (
      select to_tsvector('english', 'Synthetic report') as head,
        setweight(to_tsvector('english', ${generatedSummary}), 'B') as summary,
        setweight(to_tsvector('english', o.name) || to_tsvector('simple', ''), 'D') as outlet, o.id as outlet_id
      from outlet o where o.slug = 'synthetic-wire'
    ), cjk as (
      select t.k as topic, e.k as excerpt, search_cjk(concat_ws(' ', t.text, ${generatedSummary}, e.text)) as cjk
      from topic t cross join excerpt e
    ), generated as (
      select r.id, r.status, r.sort_date, r.outlet_id, r.title, substr(r.slug, ${prefix.length + 1})::int as g
      from report r where r.slug like ${`${prefix}%`}
    )
    insert into report_search (report_id, published, sort_date, outlet_id, title, document, cjk, claim_types)
    select r.id, r.status = 'published', r.sort_date, r.outlet_id, r.title,
      setweight(f.head || (r.g::text || ':1')::tsvector || t.vec, 'A') || f.summary || setweight(e.vec, 'C') || f.outlet,
      j.cjk, ${claimTypes}::text[]
    from generated r
    join fixed f on f.outlet_id = r.outlet_id
    join topic t on t.k = r.g % 6
    join excerpt e on e.k = r.g % 170
    join cjk j on j.topic = t.k and j.excerpt = e.k
  `.execute(trx);
}
