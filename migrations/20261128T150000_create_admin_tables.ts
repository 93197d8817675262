import { type Kysely, sql } from 'kysely';

// Accounts, sessions in PostgreSQL (they survive restarts and serve several app processes),
// failed-login records for rate limiting, and the audit trail.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('app_user')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('app_user_role_check', sql`role in ('admin', 'editor')`)
    .addCheckConstraint('app_user_email_lower_check', sql`email = lower(email) and email like '%_@_%'`)
    .execute();
  await sql`create unique index app_user_email_key on app_user (email)`.execute(db);

  await db.schema
    .createTable('user_session')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull())
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_seen_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addForeignKeyConstraint('user_session_user_fk', ['user_id'], 'app_user', ['id'], (fk) => fk.onDelete('cascade'))
    .execute();
  await db.schema.createIndex('user_session_user_idx').on('user_session').column('user_id').execute();
  await db.schema.createIndex('user_session_expires_idx').on('user_session').column('expires_at').execute();

  await db.schema
    .createTable('login_failure')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('ip', 'text', (c) => c.notNull())
    .addColumn('failed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('login_failure_email_idx').on('login_failure').columns(['email', 'failed_at']).execute();
  await db.schema.createIndex('login_failure_ip_idx').on('login_failure').columns(['ip', 'failed_at']).execute();

  // Uploaded import files wait here between preview and confirmation, so any app process can apply them.
  await db.schema
    .createTable('import_upload')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull())
    .addColumn('names', sql`text[]`, (c) => c.notNull())
    .addColumn('contents', sql`bytea[]`, (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addForeignKeyConstraint('import_upload_user_fk', ['user_id'], 'app_user', ['id'], (fk) => fk.onDelete('cascade'))
    .execute();

  await createAuditTrail(db);
}

const audited = [
  'jurisdiction',
  'law',
  'law_alias',
  'law_version',
  'article_lineage',
  'lineage_alias',
  'article',
  'article_lineage_step',
  'penalty',
  'outlet',
  'place',
  'report',
  'report_author',
  'report_place',
  'citation',
  'app_user',
];

/**
 * Triggers write the trail, so no write path (admin UI, import, CLI) can forget it and it commits
 * or rolls back with the change. The writer names itself per transaction with
 * set_config('atlas.actor', …, true); columns that only mirror other rows are ignored.
 */
async function createAuditTrail(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('audit_event')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('occurred_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'bigint')
    .addColumn('before', 'jsonb')
    .addColumn('after', 'jsonb')
    .addCheckConstraint('audit_event_action_check', sql`action in ('insert', 'update', 'delete')`)
    .execute();
  await db.schema
    .createIndex('audit_event_entity_idx')
    .on('audit_event')
    .columns(['entity', 'entity_id', 'id'])
    .execute();
  await sql`create index audit_event_recent_idx on audit_event (id desc)`.execute(db);
  await db.schema.createIndex('audit_event_actor_idx').on('audit_event').columns(['actor', 'id']).execute();
  await sql`
    create function audit_row_change() returns trigger language plpgsql as $$
    declare
      old_row jsonb := case when tg_op in ('UPDATE', 'DELETE') then to_jsonb(old) - 'password_hash' end;
      new_row jsonb := case when tg_op in ('INSERT', 'UPDATE') then to_jsonb(new) - 'password_hash' end;
      noise text[] := array['updated_at', 'lock_version', 'report_published', 'report_sort_date', 'sort_date', 'in_force_from'];
    begin
      if coalesce(current_setting('atlas.audit', true), 'on') = 'off' then return null; end if;
      if tg_op = 'UPDATE' and (old_row - noise) = (new_row - noise) then return null; end if;
      insert into audit_event (actor, source, action, entity, entity_id, before, after)
      values (coalesce(nullif(current_setting('atlas.actor', true), ''), current_user),
              coalesce(nullif(current_setting('atlas.source', true), ''), 'sql'),
              lower(tg_op), tg_table_name,
              coalesce((new_row ->> 'id')::bigint, (old_row ->> 'id')::bigint),
              old_row, new_row);
      return null;
    end $$`.execute(db);
  for (const table of audited) {
    await sql`
      create trigger ${sql.raw(`${table}_audit_trg`)} after insert or update or delete on ${sql.table(table)}
      for each row execute function audit_row_change()`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of audited)
    await sql`drop trigger ${sql.raw(`${table}_audit_trg`)} on ${sql.table(table)}`.execute(db);
  await sql`drop function audit_row_change()`.execute(db);
  for (const table of ['audit_event', 'import_upload', 'login_failure', 'user_session', 'app_user'])
    await db.schema.dropTable(table).execute();
}
