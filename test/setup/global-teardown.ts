import fs from 'node:fs';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { stopCluster } from './postgres-cluster.ts';
import { stopTemplateBuild } from './pglite-template.ts';
import { adminUrl } from './test-env.ts';

export default async function globalTeardown(): Promise<void> {
  const runDir = process.env.ATLAS_TEST_RUN_DIR;
  if (runDir) {
    await stopTemplateBuild(runDir);
    fs.rmSync(runDir, { recursive: true, force: true });
  }
  const dir = process.env.ATLAS_TEST_CLUSTER_DIR;
  if (dir) {
    stopCluster({
      url: adminUrl(),
      dir,
      binDir: process.env.ATLAS_TEST_CLUSTER_BIN!,
      runAs: process.env.ATLAS_TEST_CLUSTER_USER || null,
    });
    return;
  }
  // On a shared server, remove what this run created and leave everything else alone.
  const db = new Kysely<unknown>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: adminUrl(), max: 1 }) }),
  });
  try {
    const rows = await sql<{
      datname: string;
    }>`select datname from pg_database where datname like ${`atlas\\_%\\_${process.pid}`} or datname like ${`atlas\\_t\\_%`}`.execute(
      db,
    );
    for (const { datname } of rows.rows) await sql`drop database if exists ${sql.id(datname)} with (force)`.execute(db);
  } finally {
    await db.destroy();
  }
}
