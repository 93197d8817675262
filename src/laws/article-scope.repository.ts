import { sql } from 'kysely';
import type { Db } from '../db/connect.ts';

/**
 * One article by its natural key, with what feeds, downloads and citation files need: its law,
 * jurisdiction and version, and the ids of every article of its lineage (itself when it has none).
 */
export async function findArticleScope(db: Db, lawSlug: string, versionSlug: string, number: string) {
  return db
    .selectFrom('article')
    .innerJoin('law_version', 'law_version.id', 'article.law_version_id')
    .innerJoin('law', 'law.id', 'law_version.law_id')
    .innerJoin('jurisdiction', 'jurisdiction.id', 'law.jurisdiction_id')
    .leftJoin('article_lineage', 'article_lineage.id', 'article.lineage_id')
    .select([
      'article.id',
      'article.number',
      'article.heading',
      'article.lineage_id',
      'article_lineage.offence_name',
      'law.id as law_id',
      'law.slug as law_slug',
      'law.title as law_title',
      'law.title_ko as law_title_ko',
      'jurisdiction.code as jurisdiction_code',
      'jurisdiction.name as jurisdiction_name',
      'law_version.slug as version_slug',
      'law_version.label as version_label',
      'law_version.in_force_from as version_date',
      sql<
        number[]
      >`coalesce((select array_agg(s.id order by s.id) from article s where s.lineage_id = article.lineage_id), array[article.id])`.as(
        'lineage_article_ids',
      ),
    ])
    .where('law.slug', '=', lawSlug)
    .where('law_version.slug', '=', versionSlug)
    .where('article.number', '=', number)
    .executeTakeFirst();
}
