import { sql } from 'kysely';
import type { Db } from '../db/connect.ts';

/** What the extractor needs to know about the law, read in four queries. */

/** Every jurisdiction with the names texts use for it and its default law, if any. */
export async function listJurisdictionsWithNames(db: Db) {
  return db
    .selectFrom('jurisdiction')
    .select((eb) => [
      'jurisdiction.code',
      'jurisdiction.name',
      'jurisdiction.name_ko',
      eb
        .selectFrom('law')
        .select('law.slug')
        .whereRef('law.jurisdiction_id', '=', 'jurisdiction.id')
        .where('law.is_default', '=', true)
        .limit(1)
        .as('default_law'),
      eb
        .selectFrom('jurisdiction_alias')
        .select(
          sql<string[]>`coalesce(array_agg(jurisdiction_alias.name order by jurisdiction_alias.id), '{}')`.as('names'),
        )
        .whereRef('jurisdiction_alias.jurisdiction_id', '=', 'jurisdiction.id')
        .as('aliases'),
    ])
    .orderBy('jurisdiction.id')
    .execute();
}

export async function listLawsWithAliases(db: Db) {
  return db
    .selectFrom('law')
    .innerJoin('jurisdiction', 'jurisdiction.id', 'law.jurisdiction_id')
    .select((eb) => [
      'law.id',
      'law.slug',
      'law.title',
      'law.title_ko',
      'law.kind',
      'jurisdiction.code as jurisdiction',
      eb
        .selectFrom('law_alias')
        .select(sql<string[]>`coalesce(array_agg(law_alias.name order by law_alias.id), '{}')`.as('names'))
        .whereRef('law_alias.law_id', '=', 'law.id')
        .as('aliases'),
    ])
    .orderBy('law.id')
    .execute();
}

/** Every version with its articles' numbers and lineage slugs, oldest first per law. */
export async function listVersionsWithArticles(db: Db) {
  return db
    .selectFrom('law_version')
    .select((eb) => [
      'law_version.law_id',
      'law_version.slug',
      'law_version.in_force_from',
      'law_version.text_status',
      eb
        .selectFrom('article')
        .leftJoin('article_lineage', 'article_lineage.id', 'article.lineage_id')
        .select(
          sql<
            { number: string; lineage: string | null }[]
          >`coalesce(json_agg(json_build_object('number', article.number, 'lineage', article_lineage.slug) order by article.sort_key), '[]')`.as(
            'a',
          ),
        )
        .whereRef('article.law_version_id', '=', 'law_version.id')
        .as('articles'),
    ])
    .orderBy('law_version.law_id')
    .orderBy('law_version.in_force_from', (ob) => ob.asc().nullsLast())
    .orderBy('law_version.id')
    .execute();
}

export async function listLineagesWithAliases(db: Db) {
  return db
    .selectFrom('article_lineage')
    .innerJoin('law', 'law.id', 'article_lineage.law_id')
    .select((eb) => [
      'law.slug as law',
      'article_lineage.slug',
      'article_lineage.offence_name',
      'article_lineage.offence_name_ko',
      eb
        .selectFrom('lineage_alias')
        .select(sql<string[]>`coalesce(array_agg(lineage_alias.name order by lineage_alias.id), '{}')`.as('names'))
        .whereRef('lineage_alias.lineage_id', '=', 'article_lineage.id')
        .as('aliases'),
    ])
    .orderBy('article_lineage.id')
    .execute();
}
