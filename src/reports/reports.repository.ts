import { type ExpressionBuilder, sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Db } from '../db/connect.ts';
import type { Database } from '../db/database.ts';
import type { Keyset } from '../lib/keyset.ts';

/** Public report queries: only published reports and confirmed citations ever leave here. */

export interface ReportFilters {
  outletId?: number | null;
  placeId?: number | null;
  lawId?: number | null;
  year?: number | null;
}

export type ReportEb = ExpressionBuilder<Database, 'report'>;

/** The /reports facets as conditions on `report` (also used by the feeds and downloads). */
export function reportFilterConditions(eb: ReportEb, f: ReportFilters) {
  const conds = [eb('report.status', '=', 'published')];
  if (f.outletId) conds.push(eb('report.outlet_id', '=', f.outletId));
  if (f.year) {
    conds.push(eb('report.published_on', '>=', `${f.year}-01-01`));
    conds.push(eb('report.published_on', '<=', `${f.year}-12-31`));
  }
  if (f.placeId) {
    // A place filter includes its sub-places at any depth (a province finds its counties' towns' reports).
    conds.push(
      eb.exists(
        eb
          .selectFrom('report_place')
          .innerJoin('place_lineage', 'place_lineage.place_id', 'report_place.place_id')
          .whereRef('report_place.report_id', '=', 'report.id')
          .where('place_lineage.ancestor_id', '=', f.placeId!)
          .select(sql`1`.as('one')),
      ),
    );
  }
  if (f.lawId) {
    conds.push(
      eb.exists(
        eb
          .selectFrom('citation')
          .whereRef('citation.report_id', '=', 'report.id')
          .where('citation.status', '=', 'confirmed')
          .where('citation.law_id', '=', f.lawId)
          .select(sql`1`.as('one')),
      ),
    );
  }
  return conds;
}

function applyFilters(eb: ReportEb, f: ReportFilters) {
  return eb.and(reportFilterConditions(eb, f));
}

/** What a line in a list of reports shows: title, language, date at its precision, outlet. */
const reportListColumns = [
  'report.id',
  'report.slug',
  'report.title',
  'report.language',
  'report.published_on',
  'report.date_precision',
  'outlet.slug as outlet_slug',
  'outlet.name as outlet_name',
] as const;

/** One keyset page of published reports, newest first, with outlet; `limit + 1` tells if more follow. */
export async function listReportsPage(db: Db, filters: ReportFilters, after: Keyset | null, limit: number) {
  return db
    .selectFrom('report')
    .innerJoin('outlet', 'outlet.id', 'report.outlet_id')
    .select([...reportListColumns, 'report.date_note', 'report.sort_date', 'report.summary'])
    .where((eb) => applyFilters(eb, filters))
    .$if(after !== null, (qb) =>
      qb.where((eb) => eb(eb.refTuple('report.sort_date', 'report.id'), '<', eb.tuple(after!.sortDate, after!.id))),
    )
    .orderBy('report.sort_date', 'desc')
    .orderBy('report.id', 'desc')
    .limit(limit + 1)
    .execute();
}

export async function findPublishedReport(db: Db, slug: string) {
  return db
    .selectFrom('report')
    .innerJoin('outlet', 'outlet.id', 'report.outlet_id')
    .select([
      'report.id',
      'report.slug',
      'report.title',
      'report.url',
      'report.language',
      'report.translation_of_id',
      'report.published_on',
      'report.date_precision',
      'report.date_note',
      'report.event_date',
      'report.source_type',
      'report.summary',
      'report.excerpt',
      'report.updated_at',
      'outlet.slug as outlet_slug',
      'outlet.name as outlet_name',
      'outlet.url as outlet_url',
      'outlet.is_synthetic as outlet_is_synthetic',
    ])
    .where('report.slug', '=', slug)
    .where('report.status', '=', 'published')
    .executeTakeFirst();
}

export async function listAuthorsOfReport(db: Db, reportId: number) {
  return db
    .selectFrom('report_author')
    .innerJoin('author', 'author.id', 'report_author.author_id')
    .select(['author.name'])
    .where('report_author.report_id', '=', reportId)
    .orderBy('report_author.position')
    .execute();
}

export async function listPlacesOfReport(db: Db, reportId: number) {
  return db
    .selectFrom('report_place')
    .innerJoin('place', 'place.id', 'report_place.place_id')
    .leftJoin('place as parent', 'parent.id', 'place.parent_id')
    .select(['place.slug', 'place.name', 'place.name_ko', 'place.kind', 'parent.name as parent_name'])
    .where('report_place.report_id', '=', reportId)
    .orderBy('place.parent_id', (ob) => ob.asc().nullsFirst())
    .orderBy('place.name')
    .execute();
}

/** Confirmed citations of one report with their article, version, law and penalty ladder. */
export async function listConfirmedCitationsOfReport(db: Db, reportId: number) {
  return db
    .selectFrom('citation')
    .leftJoin('law', 'law.id', 'citation.law_id')
    .leftJoin('law_version', 'law_version.id', 'citation.law_version_id')
    .leftJoin('article', 'article.id', 'citation.article_id')
    .leftJoin('article_lineage', 'article_lineage.id', 'article.lineage_id')
    .select((eb) => [
      'citation.id',
      'citation.as_written',
      'citation.quote_exact',
      'citation.quote_start',
      'citation.quote_end',
      'citation.claim_type',
      'citation.reported_kind',
      'citation.reported_tier',
      'citation.reported_min_months',
      'citation.reported_max_months',
      'citation.resolution',
      'citation.confidence',
      'citation.article_id',
      'article.lineage_id',
      'law.slug as law_slug',
      'law.title as law_title',
      'law_version.slug as version_slug',
      'law_version.label as version_label',
      'article.number as article_number',
      'article.heading as article_heading',
      'article_lineage.offence_name',
      'article_lineage.offence_name_ko',
      jsonArrayFrom(
        eb
          .selectFrom('penalty')
          .select(['penalty.tier', 'penalty.alternative_group', 'penalty.kind', 'penalty.min_months', 'penalty.max_months', 'penalty.note'])
          .whereRef('penalty.article_id', '=', 'citation.article_id')
          .orderBy('penalty.position'),
      ).as('penalties'),
    ])
    .where('citation.report_id', '=', reportId)
    .where('citation.status', '=', 'confirmed')
    .orderBy('citation.quote_start', (ob) => ob.asc().nullsLast())
    .orderBy('citation.id')
    .execute();
}

/** The report's other-language editions, in either direction of translation_of. */
export async function listEditions(db: Db, reportId: number, translationOfId: number | null) {
  return db
    .selectFrom('report')
    .select(['report.slug', 'report.title', 'report.language'])
    .where('report.status', '=', 'published')
    .where('report.id', '<>', reportId)
    .where((eb) =>
      eb.or([
        eb('report.translation_of_id', '=', reportId),
        eb('report.id', '=', translationOfId ?? -1),
        ...(translationOfId ? [eb('report.translation_of_id', '=', translationOfId)] : []),
      ]),
    )
    .orderBy('report.language')
    .execute();
}

/**
 * One keyset page of citing report ids. A UNION ALL of one ordered index range per article lets
 * PostgreSQL merge them and stop after `limit` distinct reports, however many cite the offence.
 */
export async function listReportKeysCitingArticles(db: Db, articleIds: number[], after: Keyset | null, limit: number) {
  const ranges = articleIds.map(
    (id) => sql`(select report_sort_date, report_id from citation
      where article_id = ${id} and status = 'confirmed' and report_published
      ${after ? sql`and (report_sort_date, report_id) < (${after.sortDate}::date, ${after.id}::int)` : sql``}
      order by report_sort_date desc, report_id desc)`,
  );
  const { rows } = await sql<{ report_sort_date: string; report_id: number }>`
    select distinct report_sort_date, report_id from (${sql.join(ranges, sql` union all `)}) as ranges
    order by report_sort_date desc, report_id desc
    limit ${limit}`.execute(db);
  return rows;
}

/** Every article of the given lineages, in any version: what "the same offence" means. */
export async function listLineageArticleIds(db: Db, lineageIds: number[]) {
  if (lineageIds.length === 0) return [];
  return db.selectFrom('article').select('id').where('lineage_id', 'in', lineageIds).execute();
}

/** Published reports by id, for pages that chose the ids through an index first. */
export async function listReportsByIds(db: Db, ids: number[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('report')
    .innerJoin('outlet', 'outlet.id', 'report.outlet_id')
    .select(reportListColumns)
    .where('report.id', 'in', ids)
    .where('report.status', '=', 'published')
    .execute();
}

