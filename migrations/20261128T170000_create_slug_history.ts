import { type Kysely, sql } from 'kysely';

// Report URLs are permanent: when a report's slug changes, its old slug is kept here so the old
// address answers 301 to the current one. A trigger fills it, so every write path (admin form,
// import, plain SQL) keeps the history. A slug taken up again — renamed back, or by another
// report — is current, not history, and leaves the table. Renaming A→B→C keeps A and B, both
// pointing at the report, so the redirect is always one hop.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('report_slug_history')
    .addColumn('old_slug', 'text', (c) => c.notNull())
    .addColumn('report_id', 'integer', (c) => c.notNull())
    .addColumn('renamed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('report_slug_history_pkey', ['old_slug'])
    .addForeignKeyConstraint('report_slug_history_report_fk', ['report_id'], 'report', ['id'], (fk) =>
      fk.onDelete('cascade'),
    )
    .execute();
  await db.schema.createIndex('report_slug_history_report_idx').on('report_slug_history').column('report_id').execute();
  await sql`
    create function report_record_slug_rename() returns trigger language plpgsql as $$
    begin
      insert into report_slug_history (old_slug, report_id, renamed_at) values (old.slug, new.id, now())
      on conflict (old_slug) do update set report_id = excluded.report_id, renamed_at = excluded.renamed_at;
      delete from report_slug_history where old_slug = new.slug;
      return null;
    end $$`.execute(db);
  await sql`
    create trigger report_record_slug_rename_trg after update of slug on report
    for each row when (old.slug is distinct from new.slug)
    execute function report_record_slug_rename()`.execute(db);
  await sql`
    create function report_release_reused_slug() returns trigger language plpgsql as $$
    begin
      delete from report_slug_history where old_slug = new.slug;
      return null;
    end $$`.execute(db);
  await sql`
    create trigger report_release_reused_slug_trg after insert on report
    for each row execute function report_release_reused_slug()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger report_release_reused_slug_trg on report`.execute(db);
  await sql`drop function report_release_reused_slug()`.execute(db);
  await sql`drop trigger report_record_slug_rename_trg on report`.execute(db);
  await sql`drop function report_record_slug_rename()`.execute(db);
  await db.schema.dropTable('report_slug_history').execute();
}
