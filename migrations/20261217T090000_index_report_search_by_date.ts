import { type Kysely, sql } from 'kysely';

// Search ranks a broad query's newest matches rather than all of them (a million rows cost seconds
// to rank): this index reads published search rows newest first, so "the newest 1,000 that match"
// stops after about 1,000 / (share of rows matching) rows; a rare query keeps using the GIN index.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('report_search_published_date_idx')
    .on('report_search')
    .expression(sql`sort_date desc, report_id desc`)
    .where(sql.ref('published'), '=', true)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('report_search_published_date_idx').execute();
}
