import type { Db } from '../db/connect.ts';
import { jsonArrayFrom, jsonObjectFrom } from 'kysely/helpers/postgres';
import { penaltyColumns } from '../db/penalty-columns.ts';

/** Read queries behind the law pages. One query each; explicit columns. */

/** Laws marked as their jurisdiction's default (law.is_default); two at most are needed to tell one from several. */
export async function listDefaultLawSlugs(db: Db) {
  return db
    .selectFrom('law')
    .select('law.slug')
    .where('law.is_default', '=', true)
    .orderBy('law.id')
    .limit(2)
    .execute();
}

export async function listLawsWithJurisdiction(db: Db) {
  return db
    .selectFrom('law')
    .innerJoin('jurisdiction', 'jurisdiction.id', 'law.jurisdiction_id')
    .select([
      'law.id',
      'law.slug',
      'law.title',
      'law.title_ko',
      'law.kind',
      'law.summary',
      'jurisdiction.code as jurisdiction_code',
      'jurisdiction.name as jurisdiction_name',
      (eb) =>
        eb
          .selectFrom('law_version')
          .select(eb.fn.countAll<number>().as('n'))
          .whereRef('law_version.law_id', '=', 'law.id')
          .as('version_count'),
    ])
    .orderBy('jurisdiction.name')
    .orderBy('law.kind')
    .orderBy('law.title')
    .execute();
}

export async function findLawBySlug(db: Db, slug: string) {
  return db
    .selectFrom('law')
    .innerJoin('jurisdiction', 'jurisdiction.id', 'law.jurisdiction_id')
    .select([
      'law.id',
      'law.slug',
      'law.title',
      'law.title_ko',
      'law.kind',
      'law.summary',
      'law.source_url',
      'law.updated_at',
      'jurisdiction.code as jurisdiction_code',
      'jurisdiction.name as jurisdiction_name',
    ])
    .where('law.slug', '=', slug)
    .executeTakeFirst();
}

export async function listLawAliases(db: Db, lawId: number) {
  return db
    .selectFrom('law_alias')
    .select(['name', 'lang'])
    .where('law_id', '=', lawId)
    .orderBy('lang')
    .orderBy('name')
    .execute();
}

/** The timeline, oldest first; undated versions last. Includes how many articles each holds. */
export async function listVersions(db: Db, lawId: number) {
  return db
    .selectFrom('law_version')
    .select([
      'law_version.id',
      'law_version.slug',
      'law_version.label',
      'law_version.adopted_on',
      'law_version.effective_from',
      'law_version.in_force_from',
      'law_version.amending_instrument',
      'law_version.text_status',
      'law_version.source_url',
      'law_version.note',
      (eb) =>
        eb
          .selectFrom('article')
          .select(eb.fn.countAll<number>().as('n'))
          .whereRef('article.law_version_id', '=', 'law_version.id')
          .as('article_count'),
    ])
    .where('law_version.law_id', '=', lawId)
    .orderBy('law_version.in_force_from', (ob) => ob.asc().nullsLast())
    .orderBy('law_version.id')
    .execute();
}

/** Table of contents of one version, in article order, with each article's offence name. */
export async function listArticlesOfVersion(db: Db, versionId: number) {
  return db
    .selectFrom('article')
    .leftJoin('article_lineage', 'article_lineage.id', 'article.lineage_id')
    .select([
      'article.id',
      'article.number',
      'article.heading',
      'article.chapter_path',
      'article.summary',
      'article.text_en',
      'article_lineage.offence_name',
      'article_lineage.offence_name_ko',
    ])
    .where('article.law_version_id', '=', versionId)
    .orderBy('article.sort_key')
    .execute();
}

/**
 * One article of a version with its offence, the articles before and after it in the version's
 * order, and every stated step of its lineage (including steps into versions without an article).
 */
export async function findArticle(db: Db, versionId: number, number: string) {
  return db
    .selectFrom('article')
    .leftJoin('article_lineage', 'article_lineage.id', 'article.lineage_id')
    .select((eb) => [
      'article.id',
      'article.number',
      'article.heading',
      'article.chapter_path',
      'article.summary',
      'article.text_en',
      'article.text_ko',
      'article.source_url',
      'article.provenance',
      'article.lineage_id',
      'article.sort_key',
      'article.updated_at',
      'article_lineage.slug as lineage_slug',
      'article_lineage.offence_name',
      'article_lineage.offence_name_ko',
      'article_lineage.note as lineage_note',
      jsonObjectFrom(
        eb
          .selectFrom('article as p')
          .select(['p.number', 'p.heading'])
          .whereRef('p.law_version_id', '=', 'article.law_version_id')
          .where((w) =>
            w.or([
              w('p.sort_key', '<', w.ref('article.sort_key')),
              w.and([w('p.sort_key', '=', w.ref('article.sort_key')), w('p.id', '<', w.ref('article.id'))]),
            ]),
          )
          .orderBy('p.sort_key', 'desc')
          .orderBy('p.id', 'desc')
          .limit(1),
      ).as('previous'),
      jsonObjectFrom(
        eb
          .selectFrom('article as n')
          .select(['n.number', 'n.heading'])
          .whereRef('n.law_version_id', '=', 'article.law_version_id')
          .where((w) =>
            w.or([
              w('n.sort_key', '>', w.ref('article.sort_key')),
              w.and([w('n.sort_key', '=', w.ref('article.sort_key')), w('n.id', '>', w.ref('article.id'))]),
            ]),
          )
          .orderBy('n.sort_key')
          .orderBy('n.id')
          .limit(1),
      ).as('next'),
      jsonArrayFrom(
        eb
          .selectFrom('article_lineage_step as s')
          .select(['s.to_version_id as version_id', 's.relation', 's.note'])
          .whereRef('s.lineage_id', '=', 'article.lineage_id'),
      ).as('lineage_steps'),
    ])
    .where('article.law_version_id', '=', versionId)
    .where('article.number', '=', number)
    .executeTakeFirst();
}

export async function listPenalties(db: Db, articleId: number) {
  return db
    .selectFrom('penalty')
    .select(['tier', 'alternative_group', 'kind', 'min_months', 'max_months', 'note'])
    .where('article_id', '=', articleId)
    .orderBy('position')
    .execute();
}

/** Every article of one lineage across the law's versions, with the step that led to it. */
export async function listLineageArticles(db: Db, lineageId: number) {
  return db
    .selectFrom('article')
    .innerJoin('law_version', 'law_version.id', 'article.law_version_id')
    .leftJoin('article_lineage_step', (join) =>
      join
        .onRef('article_lineage_step.lineage_id', '=', 'article.lineage_id')
        .onRef('article_lineage_step.to_version_id', '=', 'article.law_version_id'),
    )
    .select([
      'article.id',
      'article.number',
      'article.heading',
      'law_version.id as version_id',
      'article_lineage_step.relation',
      'article_lineage_step.note as step_note',
    ])
    .where('article.lineage_id', '=', lineageId)
    .orderBy('article.sort_key')
    .execute();
}

/** Penalties of every article in a lineage, for the penalty history across versions. */
export async function listLineagePenalties(db: Db, lineageId: number) {
  return db
    .selectFrom('penalty')
    .innerJoin('article', 'article.id', 'penalty.article_id')
    .select(['penalty.article_id', 'article.law_version_id as version_id', ...penaltyColumns])
    .where('article.lineage_id', '=', lineageId)
    .orderBy('penalty.article_id')
    .orderBy('penalty.position')
    .execute();
}

/** Every lineage of a law with the article number it has in each version (the renumbering map). */
export async function listLineageNumbers(db: Db, lawId: number) {
  return db
    .selectFrom('article_lineage')
    .leftJoin('article', 'article.lineage_id', 'article_lineage.id')
    .select([
      'article_lineage.id as lineage_id',
      'article_lineage.slug',
      'article_lineage.offence_name',
      'article_lineage.offence_name_ko',
      'article.law_version_id',
      'article.number',
      'article.sort_key',
    ])
    .where('article_lineage.law_id', '=', lawId)
    .orderBy('article_lineage.id')
    .orderBy('article.sort_key')
    .execute();
}

/** Every stated step of one lineage, including steps into versions where it has no article (a repeal). */
export async function listLineageSteps(db: Db, lineageId: number) {
  return db
    .selectFrom('article_lineage_step')
    .select(['to_version_id as version_id', 'relation', 'note'])
    .where('lineage_id', '=', lineageId)
    .execute();
}
