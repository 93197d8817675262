import type { Db } from '../db/connect.ts';
import { findHomeDefaultLaw } from '../laws/laws.service.ts';
import { countSuggestedCitations } from './review.repository.ts';

export async function getDashboard(db: Db) {
  const [suggested, defaultLaw] = await Promise.all([countSuggestedCitations(db), findHomeDefaultLaw(db)]);
  // The article form starts on the law a bare article number means (law.is_default), if one is marked.
  return { suggested, defaultLaw };
}
