import { sql } from 'kysely';
import { type Db, createPostgresKysely } from '../../src/db/connect.ts';
import { migrateToLatest } from '../../src/db/migrator.ts';
import { seedDatabase } from '../../src/import/seed.service.ts';
import { startCluster } from './postgres-cluster.ts';
import { adminUrl, databaseUrl, state } from './test-env.ts';

async function withDb<T>(url: string, fn: (db: Db) => Promise<T>): Promise<T> {
  const db = createPostgresKysely(url, 2);
  try {
    return await fn(db);
  } finally {
    await db.destroy();
  }
}

/**
 * Builds two template databases once per run, with the real migrations (and the seeds for the
 * second); each test file clones the one it needs, so tests never share state.
 */
export default async function globalSetup(): Promise<void> {
  const external = process.env.DATABASE_URL;
  if (!external) {
    const cluster = await startCluster();
    state.cluster = cluster;
    process.env.ATLAS_TEST_ADMIN_URL = cluster.url;
    process.env.ATLAS_TEST_CLUSTER_DIR = cluster.dir;
    process.env.ATLAS_TEST_CLUSTER_BIN = cluster.binDir;
    process.env.ATLAS_TEST_CLUSTER_USER = cluster.runAs ?? '';
  } else {
    process.env.ATLAS_TEST_ADMIN_URL = external;
  }
  const suffix = `${process.pid}`;
  process.env.ATLAS_TEST_TEMPLATE = `atlas_tpl_${suffix}`;
  process.env.ATLAS_TEST_TEMPLATE_SEEDED = `atlas_tpl_seeded_${suffix}`;
  const admin = adminUrl();
  await withDb(admin, async (db) => {
    for (const name of [process.env.ATLAS_TEST_TEMPLATE, process.env.ATLAS_TEST_TEMPLATE_SEEDED]) {
      await sql`drop database if exists ${sql.id(name!)}`.execute(db);
      await sql`create database ${sql.id(name!)}`.execute(db);
    }
  });
  await withDb(databaseUrl(process.env.ATLAS_TEST_TEMPLATE!), (db) => migrateToLatest(db));
  await withDb(databaseUrl(process.env.ATLAS_TEST_TEMPLATE_SEEDED!), async (db) => {
    await migrateToLatest(db);
    await seedDatabase(db);
  });
}
