import { type ExpressionBuilder, sql } from 'kysely';
import type { Db } from '../db/connect.ts';
import { limitLiteral } from '../db/limit-literal.ts';
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

/** What a report page and its citation files show of a report and its outlet. */
export const reportPageColumns = [
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
] as const;

export async function findPublishedReport(db: Db, slug: string) {
  return db
    .selectFrom('report')
    .innerJoin('outlet', 'outlet.id', 'report.outlet_id')
    .select(reportPageColumns)
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

/**
 * One keyset page of citing report ids. A UNION ALL of one ordered index range per article lets
 * PostgreSQL merge them and stop after `limit` distinct reports, however many cite the offence.
 * The limit is a literal (`limitLiteral`): as a `$n` it had the statement planned afresh on every
 * call, 0.5 ms of planning for 0.1 ms of work.
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
    limit ${limitLiteral(limit)}`.execute(db);
  return rows;
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
