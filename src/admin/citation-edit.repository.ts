import type { Transaction } from 'kysely';
import type { Db } from '../db/connect.ts';
import type { Database } from '../db/database.ts';

type Trx = Transaction<Database>;

/** A citation with its report's excerpt (quotes must occur in it) and its target as slugs. */
export async function findCitationForEdit(db: Db | Trx, id: number) {
  return db
    .selectFrom('citation')
    .innerJoin('report', 'report.id', 'citation.report_id')
    .leftJoin('law', 'law.id', 'citation.law_id')
    .leftJoin('law_version', 'law_version.id', 'citation.law_version_id')
    .leftJoin('article', 'article.id', 'citation.article_id')
    .select([
      'citation.id',
      'citation.as_written',
      'citation.quote_exact',
      'citation.claim_type',
      'citation.reported_kind',
      'citation.reported_tier',
      'citation.reported_min_months',
      'citation.reported_max_months',
      'citation.confidence',
      'citation.status',
      'citation.review_reason',
      'citation.lock_version',
      'report.id as report_id',
      'report.slug as report_slug',
      'report.title as report_title',
      'report.excerpt',
      'law.slug as law',
      'law_version.slug as version',
      'article.number as number',
    ])
    .where('citation.id', '=', id)
    .executeTakeFirst();
}

export async function findReportForCitation(db: Db | Trx, slug: string) {
  return db.selectFrom('report').select(['id', 'slug', 'title', 'excerpt']).where('slug', '=', slug).executeTakeFirst();
}
