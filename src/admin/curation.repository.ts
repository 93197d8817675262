import type { Transaction, Updateable } from 'kysely';
import type { Db } from '../db/connect.ts';
import type { Database } from '../db/database.ts';

/** Reads and optimistic-locked writes behind the admin edit forms. */

export async function findArticleForEdit(db: Db | Transaction<Database>, law: string, version: string, number: string) {
  return db
    .selectFrom('article')
    .innerJoin('law_version', 'law_version.id', 'article.law_version_id')
    .innerJoin('law', 'law.id', 'law_version.law_id')
    .select([
      'article.id',
      'article.number',
      'article.heading',
      'article.summary',
      'article.text_en',
      'article.text_ko',
      'article.source_url',
      'article.provenance',
      'article.chapter_path',
      'article.lock_version',
      'law.title as law_title',
      'law_version.label as version_label',
    ])
    .where('law.slug', '=', law)
    .where('law_version.slug', '=', version)
    .where('article.number', '=', number)
    .executeTakeFirst();
}

/** Writes only if nobody saved since `lockVersion` was read; returns false on a lost race. */
export async function updateArticleIfUnchanged(trx: Transaction<Database>, id: number, lockVersion: number, changes: Updateable<Database['article']>) {
  const result = await trx
    .updateTable('article')
    .set((eb) => ({ ...changes, updated_at: new Date(), lock_version: eb('lock_version', '+', 1) }))
    .where('id', '=', id)
    .where('lock_version', '=', lockVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function findReportForEdit(db: Db | Transaction<Database>, slug: string) {
  return db
    .selectFrom('report')
    .select(['id', 'slug', 'title', 'summary', 'status', 'lock_version'])
    .where('slug', '=', slug)
    .executeTakeFirst();
}

export async function updateReportIfUnchanged(trx: Transaction<Database>, id: number, lockVersion: number, changes: Updateable<Database['report']>) {
  const result = await trx
    .updateTable('report')
    .set((eb) => ({ ...changes, updated_at: new Date(), lock_version: eb('lock_version', '+', 1) }))
    .where('id', '=', id)
    .where('lock_version', '=', lockVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function listReportsForAdmin(db: Db, limit: number, offset: number) {
  return db
    .selectFrom('report')
    .innerJoin('outlet', 'outlet.id', 'report.outlet_id')
    .select(['report.slug', 'report.title', 'report.status', 'report.published_on', 'outlet.name as outlet_name'])
    .where('outlet.is_synthetic', '=', false)
    .orderBy('report.updated_at', 'desc')
    .orderBy('report.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
}
