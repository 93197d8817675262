import type { Kysely } from 'kysely';

// Failed sign-ins now lock one account only for the addresses that failed (never for everyone), so
// the check counts by (email, ip); and rows older than the counting window are deleted as new
// failures arrive, which needs failed_at on its own.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('login_failure_email_ip_idx')
    .on('login_failure')
    .columns(['email', 'ip', 'failed_at'])
    .execute();
  await db.schema.createIndex('login_failure_failed_at_idx').on('login_failure').column('failed_at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('login_failure_failed_at_idx').execute();
  await db.schema.dropIndex('login_failure_email_ip_idx').execute();
}
