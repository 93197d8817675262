import type { Insertable, Transaction, Updateable } from 'kysely';
import type { Database } from '../db/database.ts';

/** Queries of the law writer: laws with their versions, lineages, articles and penalties, by natural key. */
type Trx = Transaction<Database>;

export async function findDefaultLaw(trx: Trx, jurisdictionId: number) {
  return trx
    .selectFrom('law')
    .select(['id', 'slug'])
    .where('jurisdiction_id', '=', jurisdictionId)
    .where('is_default', '=', true)
    .executeTakeFirst();
}

export async function findLawBySlug(trx: Trx, slug: string) {
  return trx
    .selectFrom('law')
    .innerJoin('jurisdiction', 'jurisdiction.id', 'law.jurisdiction_id')
    .select([
      'law.id',
      'law.jurisdiction_id',
      'law.slug',
      'jurisdiction.code as jurisdiction',
      'law.title',
      'law.title_ko',
      'law.kind',
      'law.summary',
      'law.source_url',
      'law.is_default as default',
    ])
    .where('law.slug', '=', slug)
    .executeTakeFirst();
}

export async function insertLaw(trx: Trx, row: Insertable<Database['law']>) {
  return trx.insertInto('law').values(row).returning('id').executeTakeFirstOrThrow();
}

export async function updateLaw(trx: Trx, id: number, row: Updateable<Database['law']>) {
  await trx
    .updateTable('law')
    .set({ ...row, updated_at: new Date(), lock_version: (eb) => eb('lock_version', '+', 1) })
    .where('id', '=', id)
    .execute();
}

export async function listLawAliases(trx: Trx, lawId: number) {
  return trx.selectFrom('law_alias').select(['id', 'name', 'lang']).where('law_id', '=', lawId).orderBy('id').execute();
}

export async function insertLawAliases(trx: Trx, rows: Insertable<Database['law_alias']>[]) {
  await trx.insertInto('law_alias').values(rows).execute();
}

export async function deleteLawAliases(trx: Trx, ids: number[]) {
  await trx.deleteFrom('law_alias').where('id', 'in', ids).execute();
}

export async function findLineage(trx: Trx, lawId: number, slug: string) {
  return trx
    .selectFrom('article_lineage')
    .select(['id', 'slug', 'offence_name', 'offence_name_ko', 'note'])
    .where('law_id', '=', lawId)
    .where('slug', '=', slug)
    .executeTakeFirst();
}

export async function insertLineage(trx: Trx, row: Insertable<Database['article_lineage']>) {
  return trx.insertInto('article_lineage').values(row).returning('id').executeTakeFirstOrThrow();
}

export async function updateLineage(trx: Trx, id: number, row: Updateable<Database['article_lineage']>) {
  await trx.updateTable('article_lineage').set(row).where('id', '=', id).execute();
}

export async function listLineageAliases(trx: Trx, lineageId: number) {
  return trx
    .selectFrom('lineage_alias')
    .select(['id', 'name', 'lang'])
    .where('lineage_id', '=', lineageId)
    .orderBy('id')
    .execute();
}

export async function insertLineageAliases(trx: Trx, rows: Insertable<Database['lineage_alias']>[]) {
  await trx.insertInto('lineage_alias').values(rows).execute();
}

export async function deleteLineageAliases(trx: Trx, ids: number[]) {
  await trx.deleteFrom('lineage_alias').where('id', 'in', ids).execute();
}

export async function findVersion(trx: Trx, lawId: number, slug: string) {
  return trx
    .selectFrom('law_version')
    .select([
      'id',
      'slug',
      'label',
      'adopted_on',
      'effective_from',
      'amending_instrument',
      'text_status',
      'source_url',
      'note',
    ])
    .where('law_id', '=', lawId)
    .where('slug', '=', slug)
    .executeTakeFirst();
}

export async function insertVersion(trx: Trx, row: Insertable<Database['law_version']>) {
  return trx.insertInto('law_version').values(row).returning('id').executeTakeFirstOrThrow();
}

export async function updateVersion(trx: Trx, id: number, row: Updateable<Database['law_version']>) {
  await trx
    .updateTable('law_version')
    .set({ ...row, updated_at: new Date(), lock_version: (eb) => eb('lock_version', '+', 1) })
    .where('id', '=', id)
    .execute();
}

export async function findArticle(trx: Trx, versionId: number, number: string) {
  return trx
    .selectFrom('article')
    .leftJoin('article_lineage', 'article_lineage.id', 'article.lineage_id')
    .select([
      'article.id',
      'article.number',
      'article.lineage_id',
      'article_lineage.slug as lineage',
      'article.chapter_path as chapter',
      'article.heading',
      'article.summary',
      'article.text_en',
      'article.text_ko',
      'article.source_url',
      'article.provenance',
    ])
    .where('article.law_version_id', '=', versionId)
    .where('article.number', '=', number)
    .executeTakeFirst();
}

/** An article edit from the admin form: written only if nobody saved since `lockVersion` was read. */
export async function updateArticleIfUnchanged(
  trx: Trx,
  id: number,
  lockVersion: number,
  changes: Updateable<Database['article']>,
) {
  const result = await trx
    .updateTable('article')
    .set((eb) => ({ ...changes, updated_at: new Date(), lock_version: eb('lock_version', '+', 1) }))
    .where('id', '=', id)
    .where('lock_version', '=', lockVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertArticle(trx: Trx, row: Insertable<Database['article']>) {
  return trx.insertInto('article').values(row).returning('id').executeTakeFirstOrThrow();
}

export async function updateArticle(trx: Trx, id: number, row: Updateable<Database['article']>) {
  await trx
    .updateTable('article')
    .set({ ...row, updated_at: new Date(), lock_version: (eb) => eb('lock_version', '+', 1) })
    .where('id', '=', id)
    .execute();
}

export async function listLineageSlugs(trx: Trx, lawId: number) {
  return trx.selectFrom('article_lineage').select(['id', 'slug']).where('law_id', '=', lawId).execute();
}

export async function listVersionSlugs(trx: Trx, lawId: number) {
  return trx.selectFrom('law_version').select(['id', 'slug']).where('law_id', '=', lawId).execute();
}

export async function listArticleNumbers(trx: Trx, versionId: number) {
  return trx
    .selectFrom('article')
    .select(['id', 'number'])
    .where('law_version_id', '=', versionId)
    .orderBy('sort_key')
    .execute();
}

/** Citations that would lose their target if these versions or articles went: a prune refuses them. */
export async function countCitationsOf(trx: Trx, target: { versionIds?: number[]; articleIds?: number[] }) {
  const versionIds = target.versionIds ?? [];
  const articleIds = target.articleIds ?? [];
  if (versionIds.length === 0 && articleIds.length === 0) return 0;
  const row = await trx
    .selectFrom('citation')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where((eb) =>
      eb.or([
        ...(versionIds.length > 0 ? [eb('law_version_id', 'in', versionIds)] : []),
        ...(articleIds.length > 0 ? [eb('article_id', 'in', articleIds)] : []),
      ]),
    )
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function listArticlesUsingLineage(trx: Trx, lineageId: number) {
  return trx
    .selectFrom('article')
    .innerJoin('law_version', 'law_version.id', 'article.law_version_id')
    .select(['law_version.slug as version', 'article.number'])
    .where('article.lineage_id', '=', lineageId)
    .orderBy('law_version.in_force_from')
    .orderBy('article.sort_key')
    .execute();
}

export async function deleteVersion(trx: Trx, id: number) {
  await trx.deleteFrom('law_version').where('id', '=', id).execute();
}

export async function deleteArticle(trx: Trx, id: number) {
  await trx.deleteFrom('article').where('id', '=', id).execute();
}

export async function deleteLineage(trx: Trx, id: number) {
  await trx.deleteFrom('article_lineage').where('id', '=', id).execute();
}

export async function listPenalties(trx: Trx, articleId: number) {
  return trx
    .selectFrom('penalty')
    .select(['tier', 'alternative_group', 'kind', 'min_months', 'max_months', 'note'])
    .where('article_id', '=', articleId)
    .orderBy('position')
    .execute();
}

export async function deletePenalties(trx: Trx, articleId: number) {
  await trx.deleteFrom('penalty').where('article_id', '=', articleId).execute();
}

export async function insertPenalties(trx: Trx, rows: Insertable<Database['penalty']>[]) {
  await trx.insertInto('penalty').values(rows).execute();
}

/** Which lineage each article of a law has in each version, in timeline order, for deriving steps. */
export async function listLineageAppearances(trx: Trx, lawId: number) {
  return trx
    .selectFrom('article')
    .innerJoin('law_version', 'law_version.id', 'article.law_version_id')
    .select(['article.lineage_id', 'article.number', 'law_version.id as version_id'])
    .where('law_version.law_id', '=', lawId)
    .where('article.lineage_id', 'is not', null)
    .orderBy('law_version.in_force_from', 'asc')
    .orderBy('law_version.id')
    .orderBy('article.sort_key')
    .execute();
}

export async function listLineageSteps(trx: Trx, lawId: number) {
  return trx
    .selectFrom('article_lineage_step')
    .innerJoin('article_lineage', 'article_lineage.id', 'article_lineage_step.lineage_id')
    .select([
      'article_lineage_step.id',
      'article_lineage_step.lineage_id',
      'article_lineage_step.from_version_id',
      'article_lineage_step.to_version_id',
      'article_lineage_step.relation',
      'article_lineage_step.note',
    ])
    .where('article_lineage.law_id', '=', lawId)
    .execute();
}

export async function insertLineageStep(trx: Trx, row: Insertable<Database['article_lineage_step']>) {
  await trx.insertInto('article_lineage_step').values(row).execute();
}

export async function updateLineageStep(trx: Trx, id: number, row: Updateable<Database['article_lineage_step']>) {
  await trx.updateTable('article_lineage_step').set(row).where('id', '=', id).execute();
}
