import type { Transaction } from 'kysely';
import type { Db } from '../db/connect.ts';
import type { Database } from '../db/database.ts';

/** Reads behind the admin edit forms; their writes go through the law and report writers. */

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

export async function findReportForEdit(db: Db | Transaction<Database>, slug: string) {
  return db
    .selectFrom('report')
    .select(['id', 'slug', 'title', 'summary', 'excerpt', 'status', 'lock_version'])
    .where('slug', '=', slug)
    .executeTakeFirst();
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

/** A report's citations for its edit page: status, and why any waits for review. */
export async function listCitationsOfReport(db: Db, reportId: number) {
  return db
    .selectFrom('citation')
    .leftJoin('law', 'law.id', 'citation.law_id')
    .leftJoin('law_version', 'law_version.id', 'citation.law_version_id')
    .leftJoin('article', 'article.id', 'citation.article_id')
    .select([
      'citation.id',
      'citation.as_written',
      'citation.quote_exact',
      'citation.quote_start',
      'citation.status',
      'citation.review_reason',
      'law.slug as law',
      'law_version.slug as version',
      'article.number as article',
    ])
    .where('citation.report_id', '=', reportId)
    .orderBy('citation.quote_start', (ob) => ob.asc().nullsFirst())
    .orderBy('citation.id')
    .execute();
}
