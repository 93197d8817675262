import { type Kysely, sql } from 'kysely';

// What the citation extractor needs to tell whose law a text speaks of, held as data: the names
// texts use for each jurisdiction ("North Korea", "북한", "北朝鮮"; "South Korea", "한국"), and per
// jurisdiction the law an article number means when a text about it names no law (the DPRK's
// Criminal Code for "Article 60" in a story about North Korea). The extractor reads both, so both
// tables move the public data version and keep the audit trail like the other law tables.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('jurisdiction_alias')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('jurisdiction_id', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addUniqueConstraint('jurisdiction_alias_jurisdiction_name_key', ['jurisdiction_id', 'name'])
    .addForeignKeyConstraint('jurisdiction_alias_jurisdiction_fk', ['jurisdiction_id'], 'jurisdiction', ['id'], (fk) =>
      fk.onDelete('cascade'),
    )
    .execute();

  await db.schema
    .alterTable('law')
    .addColumn('is_default', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();
  // At most one default law per jurisdiction: otherwise a bare "Article 60" would have two meanings.
  await db.schema
    .createIndex('law_default_per_jurisdiction_key')
    .on('law')
    .column('jurisdiction_id')
    .unique()
    .where(sql.ref('is_default'), '=', true)
    .execute();
  await sql`comment on column law.is_default is 'the law a bare article number means in a text about this jurisdiction'`.execute(
    db,
  );

  for (const table of ['jurisdiction', 'jurisdiction_alias']) {
    await sql`
      create trigger ${sql.raw(`${table}_bump_public_data_version_trg`)}
      after insert or update or delete or truncate on ${sql.table(table)}
      for each statement execute function bump_public_data_version()`.execute(db);
  }
  await sql`
    create trigger jurisdiction_alias_audit_trg after insert or update or delete on jurisdiction_alias
    for each row execute function audit_row_change()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger jurisdiction_bump_public_data_version_trg on jurisdiction`.execute(db);
  await db.schema.dropIndex('law_default_per_jurisdiction_key').execute();
  await db.schema.alterTable('law').dropColumn('is_default').execute();
  await db.schema.dropTable('jurisdiction_alias').execute();
}
