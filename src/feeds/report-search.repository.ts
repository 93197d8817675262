import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Db } from '../db/connect.ts';
import type { Keyset } from '../lib/keyset.ts';
import { type ReportEb, type ReportFilters, reportFilterConditions } from '../reports/reports.repository.ts';
import { type MatchSpec, matchCondition } from '../search/match.repository.ts';

/**
 * Published reports matching the /reports facets and, for saved searches, the query as /search
 * matches it (the same full-text and Korean-substring condition over report_search).
 */
export interface ReportMatch extends ReportFilters {
  text?: MatchSpec | null;
}

function matchConditions(eb: ReportEb, m: ReportMatch) {
  const conds = reportFilterConditions(eb, m);
  if (m.text) {
    const matches = sql<boolean>`exists (select 1 from report_search s where s.report_id = report.id and ${matchCondition(m.text, sql`s.title`)})`;
    conds.push(eb(matches, '=', true));
  }
  return eb.and(conds);
}

const authorsOf = (eb: ReportEb) =>
  jsonArrayFrom(
    eb
      .selectFrom('report_author')
      .innerJoin('author', 'author.id', 'report_author.author_id')
      .select('author.name')
      .whereRef('report_author.report_id', '=', 'report.id')
      .orderBy('report_author.position'),
  ).as('authors');

const placesOf = (eb: ReportEb) =>
  jsonArrayFrom(
    eb
      .selectFrom('report_place')
      .innerJoin('place', 'place.id', 'report_place.place_id')
      .select(['place.slug', 'place.name'])
      .whereRef('report_place.report_id', '=', 'report.id')
      .orderBy('place.name'),
  ).as('places');

const citedOf = (eb: ReportEb) =>
  jsonArrayFrom(
    eb
      .selectFrom('citation')
      .leftJoin('law', 'law.id', 'citation.law_id')
      .leftJoin('law_version', 'law_version.id', 'citation.law_version_id')
      .leftJoin('article', 'article.id', 'citation.article_id')
      .select(['law.title as law_title', 'law_version.slug as version_slug', 'article.number as article_number'])
      .whereRef('citation.report_id', '=', 'report.id')
      .where('citation.status', '=', 'confirmed')
      .orderBy('citation.id'),
  ).as('cited');

/** One keyset page (newest first) of matching reports with outlet, authors, places and cited articles. */
export async function listReportsMatching(db: Db, match: ReportMatch, after: Keyset | null, limit: number) {
  return db
    .selectFrom('report')
    .innerJoin('outlet', 'outlet.id', 'report.outlet_id')
    .select((eb) => [
      'report.id',
      'report.slug',
      'report.title',
      'report.language',
      'report.url',
      'report.published_on',
      'report.date_precision',
      'report.sort_date',
      'report.source_type',
      'report.summary',
      'report.excerpt',
      'report.updated_at',
      'outlet.slug as outlet_slug',
      'outlet.name as outlet_name',
      authorsOf(eb),
      placesOf(eb),
      citedOf(eb),
    ])
    .where((eb) => matchConditions(eb, match))
    .$if(after !== null, (qb) =>
      qb.where((eb) => eb(eb.refTuple('report.sort_date', 'report.id'), '<', eb.tuple(after!.sortDate, after!.id))),
    )
    .orderBy('report.sort_date', 'desc')
    .orderBy('report.id', 'desc')
    .limit(limit)
    .execute();
}

export type MatchedReportRow = Awaited<ReturnType<typeof listReportsMatching>>[number];
