import { type Kysely, sql } from 'kysely';

// Rendered public pages are cached under the public data version, so every table a public page
// reads must move it: outlets, authors and places are shown on report pages, lineage steps on
// statute pages, slug history decides redirects. (The original list covered what the extractor
// and the aggregate memo read.)
const tables = [
  'article_lineage_step',
  'outlet',
  'author',
  'place',
  'report_author',
  'report_place',
  'report_slug_history',
];

export async function up(db: Kysely<any>): Promise<void> {
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
}
