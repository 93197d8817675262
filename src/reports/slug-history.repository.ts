import type { Db } from '../db/connect.ts';

/** The current slug of the published report that once had `oldSlug`; undefined when none. */
export async function findCurrentSlugByOldSlug(db: Db, oldSlug: string) {
  return db
    .selectFrom('report_slug_history')
    .innerJoin('report', 'report.id', 'report_slug_history.report_id')
    .select(['report.slug'])
    .where('report_slug_history.old_slug', '=', oldSlug)
    .where('report.status', '=', 'published')
    .executeTakeFirst();
}
