import { type ExpressionBuilder, sql } from 'kysely';
import type { Db } from '../db/connect.ts';
import type { Database } from '../db/database.ts';
import type { Keyset } from '../lib/keyset.ts';

/**
 * "Cited by" on the statute page: published reports with a confirmed citation of this article,
 * or of any article of the same offence lineage under another version's number.
 */
export interface CitedTarget {
  articleId: number;
  lineageId: number | null;
}

function citesTarget(eb: ExpressionBuilder<Database, 'report'>, t: CitedTarget) {
  return eb.exists(
    eb
      .selectFrom('citation')
      .innerJoin('article', 'article.id', 'citation.article_id')
      .whereRef('citation.report_id', '=', 'report.id')
      .where('citation.status', '=', 'confirmed')
      .where((w) => (t.lineageId ? w('article.lineage_id', '=', t.lineageId) : w('citation.article_id', '=', t.articleId)))
      .select(sql`1`.as('one')),
  );
}

export async function countCitingReports(db: Db, t: CitedTarget) {
  const row = await db
    .selectFrom('report')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('report.status', '=', 'published')
    .where((eb) => citesTarget(eb, t))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Citing reports per publication year; undated reports come back with year null. */
export async function countCitingReportsByYear(db: Db, t: CitedTarget) {
  return db
    .selectFrom('report')
    .select((eb) => [sql<number | null>`extract(year from report.published_on)::int`.as('year'), eb.fn.countAll<number>().as('n')])
    .where('report.status', '=', 'published')
    .where((eb) => citesTarget(eb, t))
    .groupBy(sql`extract(year from report.published_on)::int`)
    .orderBy('year')
    .execute();
}

export async function listCitingReportsPage(db: Db, t: CitedTarget, after: Keyset | null, limit: number) {
  return db
    .selectFrom('report')
    .innerJoin('outlet', 'outlet.id', 'report.outlet_id')
    .select([
      'report.id',
      'report.slug',
      'report.title',
      'report.language',
      'report.published_on',
      'report.date_precision',
      'report.sort_date',
      'outlet.slug as outlet_slug',
      'outlet.name as outlet_name',
    ])
    .where('report.status', '=', 'published')
    .where((eb) => citesTarget(eb, t))
    .$if(after !== null, (qb) =>
      qb.where((eb) => eb(eb.refTuple('report.sort_date', 'report.id'), '<', eb.tuple(after!.sortDate, after!.id))),
    )
    .orderBy('report.sort_date', 'desc')
    .orderBy('report.id', 'desc')
    .limit(limit + 1)
    .execute();
}

/** The matching citations of one page of reports, with the number and version each was cited as. */
export async function listCitationsOfReports(db: Db, t: CitedTarget, reportIds: number[]) {
  if (reportIds.length === 0) return [];
  return db
    .selectFrom('citation')
    .innerJoin('article', 'article.id', 'citation.article_id')
    .innerJoin('law_version', 'law_version.id', 'article.law_version_id')
    .select([
      'citation.id',
      'citation.report_id',
      'citation.article_id',
      'citation.as_written',
      'citation.quote_exact',
      'citation.claim_type',
      'article.number as article_number',
      'law_version.slug as version_slug',
    ])
    .where('citation.report_id', 'in', reportIds)
    .where('citation.status', '=', 'confirmed')
    .where((w) => (t.lineageId ? w('article.lineage_id', '=', t.lineageId) : w('citation.article_id', '=', t.articleId)))
    .orderBy('citation.id')
    .execute();
}
