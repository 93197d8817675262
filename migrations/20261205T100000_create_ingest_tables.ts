import { type Kysely, sql } from 'kysely';

/**
 * Ingestion: the feeds editors poll (source), every item URL ever fetched with its HTTP validators
 * (fetched_item), each skipped item or failed poll (source_error), and the private copy of the full
 * text a draft was made from (report_source) — kept for extraction and review, never published.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('source')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('feed_url', 'text', (c) => c.notNull())
    .addColumn('given_url', 'text', (c) => c.notNull())
    .addColumn('outlet_id', 'integer', (c) => c.notNull().references('outlet.id').onDelete('restrict'))
    .addColumn('default_language', 'text', (c) => c.notNull())
    .addColumn('poll_interval_minutes', 'integer', (c) => c.notNull())
    .addColumn('paused', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    .addColumn('last_polled_at', 'timestamptz')
    .addColumn('last_outcome', 'text')
    .addColumn('next_poll_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    // A poll holds the source until this moment; a process that dies mid-poll lets it go by itself.
    .addColumn('lease_until', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('source_feed_url_key', ['feed_url'])
    .addCheckConstraint('source_poll_interval_check', sql`poll_interval_minutes between 5 and 10080`)
    .execute();
  // The scheduler's one question: which unpaused sources are due.
  await sql`create index source_due_idx on source (next_poll_at) where not paused`.execute(db);

  await db.schema
    .createTable('fetched_item')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('source_id', 'integer', (c) => c.references('source.id').onDelete('set null'))
    .addColumn('report_id', 'integer', (c) => c.references('report.id').onDelete('set null'))
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('first_seen_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_seen_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('fetched_item_url_key', ['url'])
    .addCheckConstraint('fetched_item_outcome_check', sql`outcome in ('new', 'known', 'skipped')`)
    .execute();
  await db.schema.createIndex('fetched_item_source_idx').on('fetched_item').columns(['source_id', 'id']).execute();
  await db.schema.createIndex('fetched_item_report_idx').on('fetched_item').column('report_id').execute();

  await db.schema
    .createTable('source_error')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('source_id', 'integer', (c) => c.notNull().references('source.id').onDelete('cascade'))
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('source_error_source_idx').on('source_error').columns(['source_id', 'id']).execute();

  await db.schema
    .createTable('report_source')
    .addColumn('report_id', 'integer', (c) => c.primaryKey().references('report.id').onDelete('cascade'))
    .addColumn('full_text', 'text', (c) => c.notNull())
    .addColumn('text_sha256', 'text', (c) => c.notNull())
    // sha256 of the text with spacing and case folded: the same story behind two URLs is one report.
    .addColumn('normalized_hash', 'text', (c) => c.notNull())
    .addColumn('fetched_url', 'text', (c) => c.notNull())
    .addColumn('final_url', 'text', (c) => c.notNull())
    .addColumn('http_status', 'integer', (c) => c.notNull())
    .addColumn('fetched_at', 'timestamptz', (c) => c.notNull())
    .addColumn('alternate_urls', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .execute();
  await db.schema
    .createIndex('report_source_normalized_hash_idx')
    .on('report_source')
    .column('normalized_hash')
    .execute();
  await sql`create index report_source_alternate_urls_idx on report_source using gin (alternate_urls)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['report_source', 'source_error', 'fetched_item', 'source'])
    await db.schema.dropTable(table).execute();
}
