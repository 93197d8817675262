import { sql } from 'kysely';
import type { Db } from '../db/connect.ts';

/**
 * The one count behind every "cited by" figure: distinct published reports with a confirmed
 * citation, per offence (an article's lineage; an article without one is its own offence) and
 * per article of it. `offence_key` is the lineage id, or minus the article id when it has none.
 */
export interface CitingReportCountRow {
  offence_key: number;
  /** null on the offence's own row (all its articles together) */
  article_id: number | null;
  reports: number;
}

/** Counts for the given articles (an offence's lineage), or for every cited article when `articleIds` is null. */
export async function countCitingReports(db: Db, articleIds: number[] | null): Promise<CitingReportCountRow[]> {
  if (articleIds !== null && articleIds.length === 0) return [];
  const only = articleIds === null ? sql`` : sql`and c.article_id in (${sql.join(articleIds)})`;
  const { rows } = await sql<CitingReportCountRow>`
    select x.offence_key, x.article_id, count(distinct x.report_id)::int as reports
    from (select coalesce(a.lineage_id, -a.id) as offence_key, c.article_id, c.report_id
          from citation c join article a on a.id = c.article_id
          where c.status = 'confirmed' and c.report_published ${only}) as x
    group by grouping sets ((x.offence_key), (x.offence_key, x.article_id))`.execute(db);
  return rows;
}
