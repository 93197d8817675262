import { type Transaction, sql } from 'kysely';
import type { Database } from './database.ts';

/** Who is writing: read by the audit triggers for every row this transaction changes. */
export async function setActor(
  trx: Transaction<Database>,
  actor: string,
  source: 'ui' | 'import' | 'seed' | 'cli' | 'poll',
): Promise<void> {
  await sql`select set_config('atlas.actor', ${actor}, true), set_config('atlas.source', ${source}, true)`.execute(trx);
}

/** Bulk synthetic data is test scaffolding, not curation: it leaves no audit trail. */
export async function disableAudit(trx: Transaction<Database>): Promise<void> {
  await sql`select set_config('atlas.audit', 'off', true)`.execute(trx);
}
