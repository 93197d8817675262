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
        .select(eb.fn.countAll<number>().as('n'))
        .where('citation.status', '=', 'confirmed')
        .where('citation.report_published', '=', true)
        .as('citations'),
    ])
    .executeTakeFirstOrThrow();
}

/**
 * Articles by the number of public citations (confirmed, in published reports). An index-only
 * scan of citation_article_public_idx does the counting; the names are joined to the top rows only.
 */
export async function listMostCitedArticles(db: Db, limit: number) {
  return db
    .with('top', (qb) =>
      qb
        .selectFrom('citation')
        .select(['citation.article_id', (eb) => eb.fn.countAll<number>().as('citations')])
        .where('citation.status', '=', 'confirmed')
        .where('citation.report_published', '=', true)
        .where('citation.article_id', 'is not', null)
        .groupBy('citation.article_id')
        .orderBy('citations', 'desc')
        .orderBy('citation.article_id')
        .limit(limit),
    )
    .selectFrom('top')
    .innerJoin('article', 'article.id', 'top.article_id')
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
      'top.citations',
    ])
    .orderBy('top.citations', 'desc')
    .orderBy('top.article_id')
    .execute();
}
