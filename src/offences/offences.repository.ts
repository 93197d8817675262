import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Db } from '../db/connect.ts';

/** Queries behind the offence pages: one lineage (an offence) of a law, across its versions. */

export async function findLineage(db: Db, lawId: number, slug: string) {
  return db
    .selectFrom('article_lineage')
    .select((eb) => [
      'article_lineage.id',
      'article_lineage.slug',
      'article_lineage.offence_name',
      'article_lineage.offence_name_ko',
      'article_lineage.note',
      jsonArrayFrom(
        eb
          .selectFrom('lineage_alias')
          .select(['lineage_alias.name', 'lineage_alias.lang'])
          .whereRef('lineage_alias.lineage_id', '=', 'article_lineage.id')
          .orderBy('lineage_alias.lang')
          .orderBy('lineage_alias.name'),
      ).as('aliases'),
      jsonArrayFrom(
        eb
          .selectFrom('article_lineage_step as s')
          .select(['s.to_version_id as version_id', 's.relation', 's.note'])
          .whereRef('s.lineage_id', '=', 'article_lineage.id'),
      ).as('steps'),
    ])
    .where('article_lineage.law_id', '=', lawId)
    .where('article_lineage.slug', '=', slug)
    .executeTakeFirst();
}

/** The lineage and law slugs of one lineage, with its articles' ids (what its feed reads). */
export async function findLineageScope(db: Db, lawSlug: string, slug: string) {
  return db
    .selectFrom('article_lineage')
    .innerJoin('law', 'law.id', 'article_lineage.law_id')
    .select([
      'article_lineage.id',
      'article_lineage.slug',
      'article_lineage.offence_name',
      'law.slug as law_slug',
      'law.title as law_title',
      sql<
        number[]
      >`coalesce((select array_agg(a.id order by a.id) from article a where a.lineage_id = article_lineage.id), '{}')`.as(
        'article_ids',
      ),
    ])
    .where('law.slug', '=', lawSlug)
    .where('article_lineage.slug', '=', slug)
    .executeTakeFirst();
}

/**
 * Offences whose name or one of whose aliases is exactly `name`, ignoring case and spacing: what
 * the search box treats as "go to this offence" (indexes from migration add_offence_name_indexes).
 */
export async function listLineagesNamed(db: Db, name: string) {
  const key = name.trim().replace(/\s+/g, ' ').toLowerCase();
  return db
    .selectFrom('article_lineage')
    .innerJoin('law', 'law.id', 'article_lineage.law_id')
    .select(['article_lineage.slug', 'law.slug as law_slug'])
    .where((eb) =>
      eb.or([
        eb(sql`lower(article_lineage.offence_name)`, '=', key),
        eb(sql`lower(article_lineage.offence_name_ko)`, '=', key),
        eb(
          'article_lineage.id',
          'in',
          eb
            .selectFrom('lineage_alias')
            .select('lineage_alias.lineage_id')
            .where(sql`lower(lineage_alias.name)`, '=', key),
        ),
      ]),
    )
    .orderBy('article_lineage.id')
    .limit(2)
    .execute();
}
