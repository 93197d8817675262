import fs from 'node:fs';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Logger } from 'pino';
import { type Config, MEMORY_DATA_DIR } from '../config.ts';
import { lockDataDir } from './data-dir-lock.ts';
import type { Database } from './database.ts';
import { prepareNamedStatements } from './prepared-statements.ts';
import { type ReadRouter, createRoutedKysely } from './read-routing.ts';

export type Db = Kysely<Database>;

export interface DatabaseHandle {
  db: Db;
  mode: 'postgres' | 'pglite';
  /** with DATABASE_REPLICA_URLS: picks the server each request reads from */
  reads?: ReadRouter;
  close(): Promise<void>;
}

// `date` as plain YYYY-MM-DD strings: a JS Date would shift legal dates by the server's timezone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
// count(*) and other int8 results fit comfortably in a JS number for this data set.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number(value));

/**
 * One Kysely instance for both modes: node-postgres against DATABASE_URL, or embedded PGlite
 * behind the same PostgresDialect (through its node-postgres adapter) so result types match.
 */
export async function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir' | 'dbPoolSize'> &
    Partial<Pick<Config, 'replicaUrls' | 'dbPreparedStatements'>>,
  logger?: Logger,
): Promise<DatabaseHandle> {
  if (config.databaseUrl && config.replicaUrls?.length && logger) {
    const { db, router } = createRoutedKysely(config.databaseUrl, config.replicaUrls, config.dbPoolSize, logger, {
      preparedStatements: config.dbPreparedStatements ?? true,
    });
    return { db, mode: 'postgres', reads: router, close: () => db.destroy() };
  }
  if (config.databaseUrl) {
    const db = createPostgresKysely(
      config.databaseUrl,
      config.dbPoolSize,
      undefined,
      config.dbPreparedStatements ?? true,
    );
    return { db, mode: 'postgres', close: () => db.destroy() };
  }
  return openPglite(config.dataDir);
}

/** A Kysely instance on a PostgreSQL server; also what the test harness uses for its clones. */
export function createPostgresKysely(
  url: string,
  max: number,
  onQuery?: (sql: string) => void,
  preparedStatements = true,
): Db {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle connection the server closes (restart, failover, pg_terminate_backend) is dropped by
  // the pool and replaced on next use; without a listener its 'error' event would end the process.
  pool.on('error', () => {});
  if (preparedStatements) prepareNamedStatements(pool);
  return new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    ...(onQuery ? { log: (event) => onQuery(event.query.sql) } : {}),
  });
}

async function openPglite(dataDir: string): Promise<DatabaseHandle> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { createPgConfig } = await import('@electric-sql/pglite/node-postgres');
  const inMemory = dataDir === MEMORY_DATA_DIR;
  if (!inMemory) fs.mkdirSync(dataDir, { recursive: true });
  // Before PGlite touches the directory: a second process stops here, naming the first.
  const lock = inMemory ? null : lockDataDir(dataDir);
  let pglite: Awaited<ReturnType<typeof PGlite.create>>;
  try {
    pglite = await PGlite.create(dataDir, { extensions: { pg_trgm } });
  } catch (error) {
    lock?.release();
    throw error;
  }
  const pool = new pg.Pool({ ...createPgConfig(pglite), max: 1 } as pg.PoolConfig);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    mode: 'pglite',
    async close() {
      try {
        await db.destroy();
        await pglite.close();
      } finally {
        lock?.release();
      }
    },
  };
}
