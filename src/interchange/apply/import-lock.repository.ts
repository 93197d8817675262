import { type Transaction, sql } from 'kysely';
import type { Database } from '../../db/database.ts';

// "ATLS": one advisory lock key for every import, so two imports (two processes, or the admin
// form and the CLI) run one after the other and each sees the other's committed result.
const IMPORT_LOCK = 0x41544c53;

/** Waits until no other import holds the lock; released when the transaction ends. */
export async function takeImportLock(trx: Transaction<Database>): Promise<void> {
  await sql`select pg_advisory_xact_lock(${IMPORT_LOCK})`.execute(trx);
}
