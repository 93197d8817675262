import { type Transaction, sql } from 'kysely';
import type { Db } from '../db/connect.ts';
import type { Database } from '../db/database.ts';

/** The review queue: suggested citations, newest first, with the quote in its context. */
export async function listSuggestedCitations(db: Db, limit: number, offset: number) {
  return db
    .selectFrom('citation')
    .innerJoin('report', 'report.id', 'citation.report_id')
    .leftJoin('law', 'law.id', 'citation.law_id')
    .leftJoin('law_version', 'law_version.id', 'citation.law_version_id')
    .leftJoin('article', 'article.id', 'citation.article_id')
    .leftJoin('article_lineage', 'article_lineage.id', 'article.lineage_id')
    .select([
      'citation.id',
      'citation.as_written',
      'citation.confidence',
      'citation.resolution',
      'citation.resolution_note',
      'citation.review_reason',
      'citation.quote_exact',
      'citation.origin',
      'citation.created_at',
      'citation.lock_version',
      'report.slug as report_slug',
      'report.title as report_title',
      'report.language',
      'law.slug as law_slug',
      'law.title as law_title',
      'law_version.slug as version_slug',
      'article.number as article_number',
      'article_lineage.offence_name',
      // 80 characters either side of the quote: enough context to judge it, never the whole text.
      // (greatest/least skip nulls: without offsets there is no context, not the excerpt's start.)
      sql<
        string | null
      >`case when citation.quote_start is not null then substring(report.excerpt from greatest(1, citation.quote_start + 1 - 80) for least(citation.quote_start, 80)) end`.as(
        'before',
      ),
      sql<
        string | null
      >`substring(report.excerpt from citation.quote_start + 1 for citation.quote_end - citation.quote_start)`.as(
        'quote',
      ),
      sql<string | null>`substring(report.excerpt from citation.quote_end + 1 for 80)`.as('after'),
    ])
    .where('citation.status', '=', 'suggested')
    .orderBy('citation.created_at', 'desc')
    .orderBy('citation.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
}

export async function countSuggestedCitations(db: Db) {
  const row = await db
    .selectFrom('citation')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'suggested')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findArticleTarget(trx: Transaction<Database>, law: string, version: string, number: string) {
  return trx
    .selectFrom('article')
    .innerJoin('law_version', 'law_version.id', 'article.law_version_id')
    .innerJoin('law', 'law.id', 'law_version.law_id')
    .select(['article.id as article_id', 'law_version.id as law_version_id', 'law.id as law_id'])
    .where('law.slug', '=', law)
    .where('law_version.slug', '=', version)
    .where('article.number', '=', number)
    .executeTakeFirst();
}
