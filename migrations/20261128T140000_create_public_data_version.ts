import { type Kysely, sql } from 'kysely';

// A counter that moves, in the same transaction, whenever public data changes (reports,
// citations, and the law tables the extractor reads). App processes key their memo of expensive
// aggregates and of the extractor's context on it: a confirmed citation shows up at once on every
// process, and unchanged data costs nothing.
const tables = [
  'report',
  'citation',
  'law',
  'law_alias',
  'law_version',
  'article',
  'article_lineage',
  'lineage_alias',
  'penalty',
];
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('public_data_version')
    .addColumn('singleton', 'boolean', (c) => c.primaryKey().defaultTo(true))
    .addColumn('version', 'bigint', (c) => c.notNull().defaultTo(1))
    .addCheckConstraint('public_data_version_singleton_check', sql`singleton`)
    .execute();
  await sql`insert into public_data_version (singleton, version) values (true, 1)`.execute(db);
  await sql`
    create function bump_public_data_version() returns trigger language plpgsql as $$
    begin
      -- Once per transaction is enough (readers see the change at commit), and it keeps a
      -- 100,000-row import from rewriting this row once per statement.
      if current_setting('atlas.version_bumped', true) = 'yes' then return null; end if;
      perform set_config('atlas.version_bumped', 'yes', true);
      update public_data_version set version = version + 1 where singleton;
      return null;
    end $$`.execute(db);
  for (const table of tables) {
    await sql`
      create trigger ${sql.raw(`${table}_bump_public_data_version_trg`)}
      after insert or update or delete or truncate on ${sql.table(table)}
      for each statement execute function bump_public_data_version()`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of tables) {
    await sql`drop trigger ${sql.raw(`${table}_bump_public_data_version_trg`)} on ${sql.table(table)}`.execute(db);
  }
  await sql`drop function bump_public_data_version()`.execute(db);
  await db.schema.dropTable('public_data_version').execute();
}
