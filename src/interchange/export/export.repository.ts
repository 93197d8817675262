import { sql } from 'kysely';
import type { Db } from '../../db/connect.ts';
import type { SourceType } from '../../db/tables/report-tables.ts';

/**
 * One query per table for `atlas export`, each in a fixed order so the output is byte-stable.
 * Text keys sort with the "C" collation: byte order is the same on every server and in PGlite,
 * where a locale collation would, for one, ignore the hyphens in slugs.
 */
const byBytes = (ref: string) => sql`${sql.ref(ref)} collate "C"`;

export async function listJurisdictions(db: Db) {
  return db.selectFrom('jurisdiction').select(['id', 'code', 'name', 'name_ko']).orderBy(byBytes('code')).execute();
}

export async function listJurisdictionAliases(db: Db) {
  return db
    .selectFrom('jurisdiction_alias')
    .select(['jurisdiction_id', 'name', 'lang'])
    .orderBy('jurisdiction_id')
    .orderBy('id')
    .execute();
}

export async function listLaws(db: Db) {
  return db
    .selectFrom('law')
    .innerJoin('jurisdiction', 'jurisdiction.id', 'law.jurisdiction_id')
    .select([
      'law.id',
      'law.slug',
      'jurisdiction.code as jurisdiction',
      'law.title',
      'law.title_ko',
      'law.kind',
      'law.summary',
      'law.source_url',
      'law.is_default',
    ])
    .orderBy(byBytes('law.slug'))
    .execute();
}

/** Aliases keep the order they were written in (their id order): it is the order pages list them. */
export async function listLawAliases(db: Db) {
  return db.selectFrom('law_alias').select(['law_id', 'name', 'lang']).orderBy('law_id').orderBy('id').execute();
}

export async function listLineages(db: Db) {
  return db
    .selectFrom('article_lineage')
    .select(['id', 'law_id', 'slug', 'offence_name', 'offence_name_ko', 'note'])
    .orderBy('law_id')
    .orderBy(byBytes('slug'))
    .execute();
}

export async function listLineageAliases(db: Db) {
  return db
    .selectFrom('lineage_alias')
    .select(['lineage_id', 'name', 'lang'])
    .orderBy('lineage_id')
    .orderBy('id')
    .execute();
}

/**
 * Timeline order, ties by id — the order the import derives lineage steps in. Re-importing
 * the export assigns ids in this same order, so the derived steps come out the same.
 */
export async function listVersions(db: Db) {
  return db
    .selectFrom('law_version')
    .select([
      'id',
      'law_id',
      'slug',
      'label',
      'adopted_on',
      'effective_from',
      'amending_instrument',
      'text_status',
      'source_url',
      'note',
    ])
    .orderBy('law_id')
    .orderBy('in_force_from', 'asc')
    .orderBy('id')
    .execute();
}

export async function listArticles(db: Db) {
  return db
    .selectFrom('article')
    .select([
      'id',
      'law_version_id',
      'number',
      'lineage_id',
      'chapter_path',
      'heading',
      'summary',
      'text_en',
      'text_ko',
      'source_url',
      'provenance',
    ])
    .orderBy('law_version_id')
    .orderBy('sort_key')
    .orderBy(byBytes('number'))
    .execute();
}

export async function listPenalties(db: Db) {
  return db
    .selectFrom('penalty')
    .select(['article_id', 'tier', 'alternative_group', 'kind', 'min_months', 'max_months', 'note'])
    .orderBy('article_id')
    .orderBy('position')
    .execute();
}

export async function listLineageSteps(db: Db) {
  return db
    .selectFrom('article_lineage_step')
    .innerJoin('article_lineage', 'article_lineage.id', 'article_lineage_step.lineage_id')
    .select([
      'article_lineage_step.lineage_id',
      'article_lineage.slug as lineage',
      'article_lineage_step.from_version_id',
      'article_lineage_step.to_version_id',
      'article_lineage_step.relation',
      'article_lineage_step.note',
    ])
    .orderBy('article_lineage_step.to_version_id')
    .orderBy(byBytes('article_lineage.slug'))
    .execute();
}

/** Synthetic benchmark outlets and reports (`atlas generate`) are not import data: left out. */
export async function listOutlets(db: Db) {
  return db
    .selectFrom('outlet')
    .select(['slug', 'name', 'url', 'country'])
    .where('is_synthetic', '=', false)
    .orderBy(byBytes('slug'))
    .execute();
}

export async function listPlaces(db: Db) {
  return db
    .selectFrom('place')
    .leftJoin('place as parent', 'parent.id', 'place.parent_id')
    .select(['place.slug', 'place.name', 'place.name_ko', 'place.kind', 'parent.slug as parent'])
    .orderBy(byBytes('place.slug'))
    .execute();
}

export async function listReports(db: Db) {
  return db
    .selectFrom('report')
    .innerJoin('outlet', 'outlet.id', 'report.outlet_id')
    .leftJoin('report as original', 'original.id', 'report.translation_of_id')
    .select([
      'report.id',
      'report.slug',
      'outlet.slug as outlet',
      'report.title',
      'report.url',
      'report.language',
      'original.slug as translation_of',
      'report.published_on',
      'report.date_precision',
      'report.date_note',
      'report.event_date',
      'report.source_type',
      'report.status',
      'report.summary',
      'report.excerpt',
    ])
    .where('report.source_type', '<>', 'synthetic')
    .where('outlet.is_synthetic', '=', false)
    .$narrowType<{ source_type: Exclude<SourceType, 'synthetic'> }>()
    .orderBy(byBytes('report.slug'))
    .execute();
}

export async function listReportAuthors(db: Db) {
  return db
    .selectFrom('report_author')
    .innerJoin('author', 'author.id', 'report_author.author_id')
    .innerJoin('report', 'report.id', 'report_author.report_id')
    .select(['report_author.report_id', 'author.name'])
    .where('report.source_type', '<>', 'synthetic')
    .orderBy('report_author.report_id')
    .orderBy('report_author.position')
    .execute();
}

export async function listReportPlaces(db: Db) {
  return db
    .selectFrom('report_place')
    .innerJoin('place', 'place.id', 'report_place.place_id')
    .innerJoin('report', 'report.id', 'report_place.report_id')
    .select(['report_place.report_id', 'place.slug'])
    .where('report.source_type', '<>', 'synthetic')
    .orderBy('report_place.report_id')
    .orderBy(byBytes('place.slug'))
    .execute();
}

/** Every citation of every origin and status, ordered by what the import matches them on. */
export async function listCitations(db: Db) {
  return db
    .selectFrom('citation')
    .innerJoin('report', 'report.id', 'citation.report_id')
    .leftJoin('law', 'law.id', 'citation.law_id')
    .leftJoin('law_version', 'law_version.id', 'citation.law_version_id')
    .leftJoin('article', 'article.id', 'citation.article_id')
    .select([
      'citation.report_id',
      'citation.as_written',
      'law.slug as law',
      'law_version.slug as version',
      'article.number as article',
      'citation.quote_exact',
      'citation.quote_prefix',
      'citation.quote_suffix',
      'citation.claim_type',
      'citation.reported_kind',
      'citation.reported_tier',
      'citation.reported_min_months',
      'citation.reported_max_months',
      'citation.resolution',
      'citation.resolution_note',
      'citation.confidence',
      'citation.status',
      'citation.review_reason',
    ])
    .where('report.source_type', '<>', 'synthetic')
    .orderBy('citation.report_id')
    .orderBy(sql`${sql.ref('law.slug')} collate "C" nulls first`)
    .orderBy(sql`${sql.ref('law_version.slug')} collate "C" nulls first`)
    .orderBy(sql`${sql.ref('article.sort_key')} nulls first`)
    .orderBy(byBytes('article.number'))
    .orderBy(byBytes('citation.as_written'))
    .orderBy(byBytes('citation.quote_exact'))
    .orderBy('citation.id')
    .execute();
}
