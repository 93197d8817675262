import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { type Db, createPostgresKysely } from '../../src/db/connect.ts';
import { startTemplateBuild } from './pglite-template.ts';
import { startCluster } from './postgres-cluster.ts';
import { adminUrl, databaseUrl, state } from './test-env.ts';

const root = path.resolve(__dirname, '../..');

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
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-test-run-'));
  process.env.ATLAS_TEST_RUN_DIR = runDir;
  startTemplateBuild(runDir);
  const external = process.env.DATABASE_URL;
  if (!external) {
    // No autovacuum: each of the run's few hundred short-lived databases would otherwise be vacuumed
    // and analysed after its writes, CPU the tests compete for; no test depends on statistics.
    const cluster = await startCluster(['autovacuum=off']);
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
  // Through the real CLI: globalSetup runs outside Jest's module system, where migrations
  // (imported by file name) would not be transformed.
  // Side by side: they fill different databases, and no test starts before both are done.
  await Promise.all([
    atlas(['migrate'], databaseUrl(process.env.ATLAS_TEST_TEMPLATE!)),
    atlas(['seed'], databaseUrl(process.env.ATLAS_TEST_TEMPLATE_SEEDED!)),
  ]);
}

function atlas(args: string[], url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'bin/atlas.js'), ...args], {
      env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`atlas ${args.join(' ')} exited with ${code ?? signal}`)),
    );
  });
}
