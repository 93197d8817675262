import pino from 'pino';
import request from 'supertest';
import { createApp } from '../../src/app.ts';
import { createPostgresKysely } from '../../src/db/connect.ts';

/**
 * SQL statements each page issues, counted through Kysely's log hook on a real app, on the
 * visit numbered `visit` (from 1): later visits at the same data version skip what is memoised.
 */
export async function countQueries(url: string, paths: string[], visit = 1): Promise<Record<string, number>> {
  let n = 0;
  const db = createPostgresKysely(url, 2, () => {
    n += 1;
  });
  // The page cache off: these are the queries of rendering a page, which a cache hit skips.
  const app = createApp({ db, config: { publicUrl: null, pageCacheBytes: 0 }, logger: pino({ level: 'silent' }) });
  const counts: Record<string, number> = {};
  try {
    for (const path of paths) {
      for (let i = 0; i < visit; i++) {
        n = 0;
        await request(app).get(path).expect(200);
      }
      counts[path] = n;
    }
  } finally {
    await db.destroy();
  }
  return counts;
}
