import { sql } from 'kysely';
import { createPostgresKysely } from '../../src/db/connect.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(() => tdb.drop());

/** The prepared statements of the one connection a single-connection pool holds. */
async function preparedOn(db: ReturnType<typeof createPostgresKysely>): Promise<string[]> {
  const { rows } = await sql<{ statement: string }>`select statement from pg_prepared_statements`.execute(db);
  return rows.map((r) => r.statement);
}

describe('prepared statements', () => {
  it('parses a parameterised query once per connection and answers it the same every time', async () => {
    const db = createPostgresKysely(tdb.url, 1);
    try {
      const query = () => db.selectFrom('law').select(['slug']).where('slug', '=', 'no-such-law').execute();
      expect(await query()).toEqual([]);
      expect(await query()).toEqual([]);
      const statements = await preparedOn(db);
      expect(statements.filter((s) => s.includes('from "law" where "slug" = $1'))).toHaveLength(1);
    } finally {
      await db.destroy();
    }
  });

  it('leaves parameterless texts to the simple protocol, so several statements in one still run', async () => {
    const db = createPostgresKysely(tdb.url, 1);
    try {
      await sql`create temporary table t (n int); insert into t values (1), (2)`.execute(db);
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from t`.execute(db);
      expect(rows[0]!.n).toBe(2);
      expect((await preparedOn(db)).some((s) => s.includes('create temporary table'))).toBe(false);
    } finally {
      await db.destroy();
    }
  });

  it('prepares nothing when turned off (DB_PREPARED_STATEMENTS=0, for PgBouncer in transaction mode)', async () => {
    const db = createPostgresKysely(tdb.url, 1, undefined, false);
    try {
      await db.selectFrom('law').select(['slug']).where('slug', '=', 'x').execute();
      expect(await preparedOn(db)).toEqual([]);
    } finally {
      await db.destroy();
    }
  });
});
