import pino from 'pino';
import request from 'supertest';
import { createApp } from '../../src/app.ts';
import { createPostgresKysely } from '../../src/db/connect.ts';

/** SQL statements each page issues, counted through Kysely's log hook on a real app. */
export async function countQueries(url: string, paths: string[]): Promise<Record<string, number>> {
  let n = 0;
  const db = createPostgresKysely(url, 2, () => {
    n += 1;
  });
  // The page cache off: these are the queries of rendering a page, which a cache hit skips.
  const app = createApp({ db, config: { publicUrl: null, pageCacheBytes: 0 }, logger: pino({ level: 'silent' }) });
  const counts: Record<string, number> = {};
  try {
    for (const path of paths) {
      n = 0;
      await request(app).get(path).expect(200);
      counts[path] = n;
    }
  } finally {
    await db.destroy();
  }
  return counts;
}
