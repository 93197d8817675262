import { sql } from 'kysely';
import type { Db } from '../db/connect.ts';

/** Public totals: only published reports and their confirmed citations count. */
export async function countEverything(db: Db) {
  return db
    .selectNoFrom((eb) => [
      eb.selectFrom('law').select(eb.fn.countAll<number>().as('n')).as('laws'),
      eb.selectFrom('article').select(eb.fn.countAll<number>().as('n')).as('articles'),
      eb.selectFrom('report').select(eb.fn.countAll<number>().as('n')).where('status', '=', 'published').as('reports'),
      eb
        .selectFrom('citation')
        .innerJoin('report', 'report.id', 'citation.report_id')
        .select(eb.fn.countAll<number>().as('n'))
        .where('citation.status', '=', 'confirmed')
        .where('report.status', '=', 'published')
        .as('citations'),
    ])
    .executeTakeFirstOrThrow();
}

/** Articles by the number of published reports citing them (confirmed citations only). */
export async function listMostCitedArticles(db: Db, limit: number) {
  return db
    .selectFrom('citation')
    .innerJoin('report', 'report.id', 'citation.report_id')
    .innerJoin('article', 'article.id', 'citation.article_id')
    .innerJoin('law_version', 'law_version.id', 'article.law_version_id')
    .innerJoin('law', 'law.id', 'law_version.law_id')
    .leftJoin('article_lineage', 'article_lineage.id', 'article.lineage_id')
    .select([
      'law.slug as law_slug',
      'law.title as law_title',
      'law_version.slug as version_slug',
      'article.number',
      'article.heading',
      'article_lineage.offence_name',
      sql<number>`count(distinct citation.report_id)`.as('reports'),
    ])
    .where('citation.status', '=', 'confirmed')
    .where('report.status', '=', 'published')
    .groupBy(['law.slug', 'law.title', 'law_version.slug', 'article.number', 'article.heading', 'article_lineage.offence_name', 'article.id'])
    .orderBy('reports', 'desc')
    .orderBy('article.id')
    .limit(limit)
    .execute();
}
