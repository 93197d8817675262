import type { Db } from '../db/connect.ts';

/** Public totals: only published reports and their confirmed citations count. */
export async function countEverything(db: Db) {
  return db
    .selectNoFrom((eb) => [
      eb.selectFrom('law').select(eb.fn.countAll<number>().as('n')).as('laws'),
      eb.selectFrom('article').select(eb.fn.countAll<number>().as('n')).as('articles'),
      eb.selectFrom('article_lineage').select(eb.fn.countAll<number>().as('n')).as('offences'),
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

/** Offences (lineages) by id with their law and latest known article, for the most-cited list. */
export async function listOffencesByIds(db: Db, lineageIds: number[]) {
  if (lineageIds.length === 0) return [];
  return db
    .selectFrom('article_lineage')
    .innerJoin('law', 'law.id', 'article_lineage.law_id')
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('article')
          .innerJoin('law_version', 'law_version.id', 'article.law_version_id')
          .select(['article.number', 'law_version.slug as version_slug'])
          .whereRef('article.lineage_id', '=', 'article_lineage.id')
          .orderBy('law_version.in_force_from', (ob) => ob.desc().nullsLast())
          .orderBy('article.sort_key')
          .limit(1)
          .as('latest'),
      (join) => join.onTrue(),
    )
    .select([
      'article_lineage.id',
      'article_lineage.slug',
      'article_lineage.offence_name',
      'article_lineage.offence_name_ko',
      'law.slug as law_slug',
      'law.title as law_title',
      'latest.number',
      'latest.version_slug',
    ])
    .where('article_lineage.id', 'in', lineageIds)
    .execute();
}

/** Articles without a lineage by id (each its own offence), for the most-cited list. */
export async function listLoneArticlesByIds(db: Db, articleIds: number[]) {
  if (articleIds.length === 0) return [];
  return db
    .selectFrom('article')
    .innerJoin('law_version', 'law_version.id', 'article.law_version_id')
    .innerJoin('law', 'law.id', 'law_version.law_id')
    .select([
      'article.id',
      'article.number',
      'article.heading',
      'law_version.slug as version_slug',
      'law.slug as law_slug',
      'law.title as law_title',
    ])
    .where('article.id', 'in', articleIds)
    .execute();
}

/** Laws that track offences across versions (they have a renumbering map), most offences first. */
export async function listLawsWithLineages(db: Db, limit: number) {
  return db
    .selectFrom('law')
    .innerJoin('article_lineage', 'article_lineage.law_id', 'law.id')
    .select((eb) => ['law.slug', 'law.title', eb.fn.countAll<number>().as('offences')])
    .groupBy(['law.id', 'law.slug', 'law.title'])
    .orderBy('offences', 'desc')
    .orderBy('law.title')
    .limit(limit)
    .execute();
}
