/**
 * Opaque keyset cursors for newest-first lists ordered by (sort_date desc, id desc): the cursor
 * is the last row of the page, so inserts between requests never shift or repeat rows.
 */
import { isValidIsoDate } from './dates.ts';

export interface Keyset {
  sortDate: string;
  id: number;
}

export function encodeCursor(k: Keyset): string {
  return Buffer.from(`${k.sortDate}|${k.id}`, 'utf8').toString('base64url');
}

/** null for a malformed cursor: the caller answers 400. */
export function decodeCursor(cursor: string): Keyset | null {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(cursor)) return null;
  const m = Buffer.from(cursor, 'base64url')
    .toString('utf8')
    .match(/^(\d{4}-\d{2}-\d{2})\|(\d{1,10})$/);
  return m && isValidIsoDate(m[1]!) ? { sortDate: m[1]!, id: Number(m[2]) } : null;
}
