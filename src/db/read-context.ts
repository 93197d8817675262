import { VersionedMemo } from '../lib/versioned-memo.ts';
import type { Db } from './connect.ts';

/**
 * What a memoised read needs: the database and the values computed from it, kept per public data
 * version. A memo belongs to one database: a context is made per app (or per command), never shared.
 */
export interface ReadContext {
  db: Db;
  memo: VersionedMemo;
}

export function createReadContext(db: Db): ReadContext {
  return { db, memo: new VersionedMemo() };
}
