import { randomBytes } from 'node:crypto';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { type Db, createPostgresKysely } from '../../src/db/connect.ts';
import { adminUrl, databaseUrl } from './test-env.ts';

export interface TestDatabase {
  db: Db;
  url: string;
  name: string;
  drop(): Promise<void>;
}

async function withAdmin<T>(fn: (db: Kysely<unknown>) => Promise<T>): Promise<T> {
  const db = new Kysely<unknown>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: adminUrl(), max: 1 }) }),
  });
  try {
    return await fn(db);
  } finally {
    await db.destroy();
  }
}

// file_copy: PostgreSQL 15's default (wal_log) writes the whole seeded template into the WAL (about
// 6 MB and 165 ms per clone, against 38 ms), which the replica test must then replay. Servers before 15
// know only the file copy, and reject the option.
let strategyOption = true;
async function cloneDatabase(admin: Kysely<unknown>, name: string, template: string): Promise<void> {
  if (strategyOption) {
    try {
      await sql`create database ${sql.id(name)} template ${sql.id(template)} strategy file_copy`.execute(admin);
      return;
    } catch (error) {
      if (!/option "strategy" not recognized/.test(String(error))) throw error;
      strategyOption = false;
    }
  }
  await sql`create database ${sql.id(name)} template ${sql.id(template)}`.execute(admin);
}

/** A private database cloned from the migrated (optionally seeded) template. */
export async function createTestDatabase(options: { seeded?: boolean } = {}): Promise<TestDatabase> {
  const template = options.seeded ? process.env.ATLAS_TEST_TEMPLATE_SEEDED! : process.env.ATLAS_TEST_TEMPLATE!;
  const name = `atlas_t_${randomBytes(6).toString('hex')}`;
  await withAdmin(async (admin) => {
    for (let attempt = 0; ; attempt++) {
      try {
        await cloneDatabase(admin, name, template);
        return;
      } catch (error) {
        // Two workers cloning the same template at once can collide; a short retry settles it.
        if (attempt >= 10 || !/being accessed by other users/.test(String(error))) throw error;
        await new Promise((r) => setTimeout(r, 100 * (attempt + 1)));
      }
    }
  });
  const url = databaseUrl(name);
  const db = createPostgresKysely(url, 4);
  return {
    db,
    url,
    name,
    async drop() {
      await db.destroy();
      await withAdmin((admin) => sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin));
    },
  };
}
