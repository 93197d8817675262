import type { Db } from '../db/connect.ts';
import { findCurrentSlugByOldSlug } from './slug-history.repository.ts';

/** A renamed report's current slug, so an old link answers with a redirect rather than a 404. */
export async function currentReportSlug(db: Db, oldSlug: string): Promise<string | null> {
  return (await findCurrentSlugByOldSlug(db, oldSlug))?.slug ?? null;
}
