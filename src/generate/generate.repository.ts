import { type Transaction, sql } from 'kysely';
import type { Db } from '../db/connect.ts';
import type { Database } from '../db/database.ts';

/** Bulk synthetic data, generated inside PostgreSQL (one statement per table, not per row). */
type Trx = Transaction<Database>;

export async function upsertSyntheticOutlet(trx: Trx) {
  return trx
    .insertInto('outlet')
    .values({ slug: 'synthetic-wire', name: 'Synthetic Wire (generated test data)', is_synthetic: true })
    .onConflict((oc) => oc.constraint('outlet_slug_key').doUpdateSet({ is_synthetic: true }))
    .returning('id')
    .executeTakeFirstOrThrow();
}

/**
 * Row triggers (search documents, copied report fields, foreign-key checks) cost most of a bulk
 * insert: off for the rest of the transaction when the role may do that (a superuser, as in the
 * benchmark's own cluster). The generator then writes what they would have; false: it may not.
 */
export async function skipTriggers(trx: Trx): Promise<boolean> {
  const { rows } = await sql<{
    superuser: boolean;
  }>`select current_setting('is_superuser') = 'on' as superuser`.execute(trx);
  if (!rows[0]?.superuser) return false;
  // Sorting a million rows in memory rather than in temporary files, for this transaction only.
  await sql`select set_config('session_replication_role', 'replica', true), set_config('work_mem', '256MB', true)`.execute(
    trx,
  );
  return true;
}

export async function countRunRows(trx: Trx, runId: string) {
  return trx
    .selectFrom('report')
    .select((eb) => [
      eb.fn.countAll<number>().as('reports'),
      eb
        .selectFrom('citation')
        .innerJoin('report as r2', 'r2.id', 'citation.report_id')
        .select(eb.fn.countAll<number>().as('n'))
        .where('r2.slug', 'like', `synthetic-${runId}-%`)
        .as('citations'),
    ])
    .where('report.slug', 'like', `synthetic-${runId}-%`)
    .executeTakeFirstOrThrow();
}

/** Fresh statistics and visibility map, so index-only scans stay index-only on the new rows. */
export async function vacuumAnalyzeTables(db: Db) {
  await sql`vacuum analyze outlet, report, citation, report_place, report_search`.execute(db);
}
