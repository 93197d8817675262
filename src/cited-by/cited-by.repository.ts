import { sql } from 'kysely';
import type { Db } from '../db/connect.ts';

/**
 * "Cited by" on the statute page: published reports with a confirmed citation of any article of
 * the offence's lineage (the article itself when it has none). Every query reads the partial
 * index citation_article_public_idx, whose rows carry the report's sort date.
 */

/**
 * Citing reports per publication year (undated → year null). Each report has one year, so the
 * counts also sum to the total. The per-article ranges are merged in index order and made
 * distinct on the fly, so no sort is needed however many reports cite the offence.
 */
export async function countCitingReportsByYear(db: Db, articleIds: number[]) {
  const ranges = articleIds.map(
    (id) => sql`(select report_sort_date, report_id from citation
      where article_id = ${id} and status = 'confirmed' and report_published
      order by report_sort_date desc, report_id desc)`,
  );
  const { rows } = await sql<{ year: number | null; n: number }>`
    select nullif(extract(year from report_sort_date)::int, 1) as year, count(*)::int as n
    from (select distinct report_sort_date, report_id from (${sql.join(ranges, sql` union all `)}) as ranges
          order by report_sort_date desc, report_id desc) as reports
    group by 1 order by 1`.execute(db);
  return rows;
}

/** The matching citations of one page of reports, with the number and version each was cited as. */
export async function listCitationsOfReports(db: Db, articleIds: number[], reportIds: number[]) {
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
    .where('citation.article_id', 'in', articleIds)
    .where('citation.status', '=', 'confirmed')
    .orderBy('citation.id')
    .execute();
}
