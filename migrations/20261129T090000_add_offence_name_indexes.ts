import { type Kysely, sql } from 'kysely';

// The search box sends a query that is exactly an offence's name (비법국경출입죄, "illegal border
// crossing") to the offence page; these indexes make that case-insensitive lookup an index probe.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index article_lineage_offence_name_idx on article_lineage (lower(offence_name))`.execute(db);
  await sql`create index article_lineage_offence_name_ko_idx on article_lineage (lower(offence_name_ko)) where offence_name_ko is not null`.execute(
    db,
  );
  await sql`create index lineage_alias_name_idx on lineage_alias (lower(name))`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index lineage_alias_name_idx`.execute(db);
  await sql`drop index article_lineage_offence_name_ko_idx`.execute(db);
  await sql`drop index article_lineage_offence_name_idx`.execute(db);
}
