import type { Db } from '../db/connect.ts';
import { countSuggestedCitations } from './review.repository.ts';

export async function getDashboard(db: Db) {
  return { suggested: await countSuggestedCitations(db) };
}
