import { type Kysely, sql } from 'kysely';

// The report side: outlet ─< report >─< author / place, and citation tying a report to an
// article (or only a law, when no article is known).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('outlet')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('country', 'text')
    .addColumn('is_synthetic', 'boolean', (c) => c.notNull().defaultTo(false))
    .addUniqueConstraint('outlet_slug_key', ['slug'])
    .addCheckConstraint('outlet_slug_format_check', sql`slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`)
    .execute();

  await db.schema
    .createTable('author')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addUniqueConstraint('author_name_key', ['name'])
    .execute();

  await db.schema
    .createTable('place')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_ko', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'integer')
    .addUniqueConstraint('place_slug_key', ['slug'])
    .addForeignKeyConstraint('place_parent_fk', ['parent_id'], 'place', ['id'], (fk) => fk.onDelete('set null'))
    .addCheckConstraint(
      'place_kind_check',
      sql`kind in ('country', 'province', 'city', 'county', 'district', 'town', 'village', 'facility', 'region')`,
    )
    .addCheckConstraint('place_slug_format_check', sql`slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`)
    .execute();
  await db.schema.createIndex('place_parent_idx').on('place').column('parent_id').execute();

  await createReportTable(db);
  await createCitationTable(db);
}

async function createReportTable(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('report')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('outlet_id', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('translation_of_id', 'integer')
    // An imprecise date is stored as its first day; date_precision says how much of it is real.
    .addColumn('published_on', 'date')
    .addColumn('date_precision', 'text', (c) => c.notNull())
    .addColumn('date_note', 'text')
    // Newest-first lists need a total order: undated reports sort after every dated one.
    .addColumn('sort_date', 'date', (c) =>
      c.notNull().generatedAlwaysAs(sql`coalesce(published_on, '0001-01-01'::date)`).stored(),
    )
    .addColumn('event_date', 'date')
    .addColumn('source_type', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('published'))
    .addColumn('summary', 'text')
    .addColumn('excerpt', 'text')
    .addColumn('lock_version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('report_slug_key', ['slug'])
    .addForeignKeyConstraint('report_outlet_fk', ['outlet_id'], 'outlet', ['id'])
    .addForeignKeyConstraint('report_translation_of_fk', ['translation_of_id'], 'report', ['id'], (fk) =>
      fk.onDelete('set null'),
    )
    .addCheckConstraint('report_slug_format_check', sql`slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`)
    .addCheckConstraint(
      'report_date_precision_check',
      sql`date_precision in ('day', 'month', 'season', 'year', 'unknown')`,
    )
    .addCheckConstraint('report_date_known_check', sql`(date_precision = 'unknown') = (published_on is null)`)
    .addCheckConstraint(
      'report_source_type_check',
      sql`source_type in ('inside_source', 'escapee_testimony', 'state_media', 'ngo', 'un', 'government', 'court', 'academic', 'press', 'synthetic')`,
    )
    .addCheckConstraint('report_status_check', sql`status in ('draft', 'published')`)
    .addCheckConstraint('report_not_own_translation_check', sql`translation_of_id is null or translation_of_id <> id`)
    .execute();
  await sql`create unique index report_url_key on report (url) where url is not null`.execute(db);
  // Public lists: published reports, newest first, keyset (sort_date, id).
  await sql`create index report_published_sort_idx on report (sort_date desc, id desc) where status = 'published'`.execute(
    db,
  );
  await sql`create index report_outlet_sort_idx on report (outlet_id, sort_date desc, id desc) where status = 'published'`.execute(
    db,
  );
  await db.schema.createIndex('report_translation_of_idx').on('report').column('translation_of_id').execute();

  await db.schema
    .createTable('report_author')
    .addColumn('report_id', 'integer', (c) => c.notNull())
    .addColumn('author_id', 'integer', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('report_author_pkey', ['report_id', 'author_id'])
    .addForeignKeyConstraint('report_author_report_fk', ['report_id'], 'report', ['id'], (fk) => fk.onDelete('cascade'))
    .addForeignKeyConstraint('report_author_author_fk', ['author_id'], 'author', ['id'], (fk) => fk.onDelete('cascade'))
    .execute();
  await db.schema.createIndex('report_author_author_idx').on('report_author').column('author_id').execute();

  await db.schema
    .createTable('report_place')
    .addColumn('report_id', 'integer', (c) => c.notNull())
    .addColumn('place_id', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('report_place_pkey', ['report_id', 'place_id'])
    .addForeignKeyConstraint('report_place_report_fk', ['report_id'], 'report', ['id'], (fk) => fk.onDelete('cascade'))
    .addForeignKeyConstraint('report_place_place_fk', ['place_id'], 'place', ['id'], (fk) => fk.onDelete('cascade'))
    .execute();
  await db.schema.createIndex('report_place_place_idx').on('report_place').columns(['place_id', 'report_id']).execute();
}

async function createCitationTable(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('citation')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('report_id', 'integer', (c) => c.notNull())
    .addColumn('law_id', 'integer')
    .addColumn('law_version_id', 'integer')
    .addColumn('article_id', 'integer')
    .addColumn('as_written', 'text', (c) => c.notNull())
    .addColumn('quote_exact', 'text')
    .addColumn('quote_prefix', 'text')
    .addColumn('quote_suffix', 'text')
    .addColumn('quote_start', 'integer')
    .addColumn('quote_end', 'integer')
    .addColumn('claim_type', 'text', (c) => c.notNull())
    .addColumn('reported_kind', 'text')
    .addColumn('reported_tier', 'text')
    .addColumn('reported_min_months', 'integer')
    .addColumn('reported_max_months', 'integer')
    .addColumn('resolution', 'text', (c) => c.notNull())
    .addColumn('resolution_note', 'text')
    .addColumn('confidence', sql`numeric(3, 2)`, (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('suggested'))
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('reviewer_id', 'integer')
    .addColumn('reviewed_at', 'timestamptz')
    // Copies of the report's visibility and sort date, kept by triggers, so "Cited by" pages
    // are one ordered index range per article instead of a join over every citing report.
    .addColumn('report_published', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('report_sort_date', 'date', (c) => c.notNull().defaultTo(sql`'0001-01-01'::date`))
    .addColumn('lock_version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addForeignKeyConstraint('citation_report_fk', ['report_id'], 'report', ['id'], (fk) => fk.onDelete('cascade'))
    .addForeignKeyConstraint('citation_law_fk', ['law_id'], 'law', ['id'], (fk) => fk.onDelete('set null'))
    .addForeignKeyConstraint('citation_law_version_fk', ['law_version_id'], 'law_version', ['id'], (fk) =>
      fk.onDelete('set null'),
    )
    .addForeignKeyConstraint('citation_article_fk', ['article_id'], 'article', ['id'], (fk) => fk.onDelete('set null'))
    .addCheckConstraint(
      'citation_claim_type_check',
      sql`claim_type in ('charged_under', 'sentenced_under', 'law_described', 'amendment_reported', 'official_statement', 'commentary')`,
    )
    .addCheckConstraint(
      'citation_reported_kind_check',
      sql`reported_kind is null or reported_kind in ('disciplinary_labor', 'fixed_term_correctional_labor', 'unlimited_term_correctional_labor', 'death', 'confiscation', 'fine', 'deprivation_of_rights', 'suspension_of_qualifications', 'deprivation_of_qualifications')`,
    )
    .addCheckConstraint(
      'citation_reported_tier_check',
      sql`reported_tier is null or reported_tier in ('basic', 'grave', 'especially_grave')`,
    )
    .addCheckConstraint(
      'citation_reported_min_max_check',
      sql`reported_min_months is null or reported_max_months is null or reported_min_months <= reported_max_months`,
    )
    .addCheckConstraint(
      'citation_resolution_check',
      sql`resolution in ('stated_version', 'in_force_on_event', 'in_force_on_publication', 'latest', 'unresolved')`,
    )
    .addCheckConstraint('citation_confidence_check', sql`confidence >= 0 and confidence <= 1`)
    .addCheckConstraint('citation_status_check', sql`status in ('suggested', 'confirmed', 'rejected')`)
    .addCheckConstraint('citation_origin_check', sql`origin in ('extractor', 'manual', 'import')`)
    .addCheckConstraint(
      'citation_quote_offsets_check',
      sql`quote_start is null or (quote_start >= 0 and quote_end >= quote_start)`,
    )
    .execute();
  await db.schema.createIndex('citation_report_idx').on('citation').column('report_id').execute();
  // The statute page's "Cited by": public citations of one article, newest report first.
  await sql`
    create index citation_article_public_idx on citation (article_id, report_sort_date desc, report_id desc)
    where status = 'confirmed' and report_published`.execute(db);
  await sql`create index citation_law_confirmed_idx on citation (law_id, report_id) where status = 'confirmed'`.execute(
    db,
  );
  // The review queue: suggested citations, newest first.
  await sql`create index citation_suggested_idx on citation (created_at desc, id desc) where status = 'suggested'`.execute(
    db,
  );
  await createCitationReportTriggers(db);
}

async function createCitationReportTriggers(db: Kysely<any>): Promise<void> {
  await sql`
    create function citation_copy_report_fields() returns trigger language plpgsql as $$
    begin
      select r.status = 'published', r.sort_date into new.report_published, new.report_sort_date
      from report r where r.id = new.report_id;
      return new;
    end $$`.execute(db);
  await sql`
    create trigger citation_copy_report_fields_trg before insert or update of report_id on citation
    for each row execute function citation_copy_report_fields()`.execute(db);
  await sql`
    create function report_push_fields_to_citations() returns trigger language plpgsql as $$
    begin
      update citation set report_published = new.status = 'published', report_sort_date = new.sort_date
      where report_id = new.id;
      return null;
    end $$`.execute(db);
  await sql`
    create trigger report_push_fields_to_citations_trg after update of status, published_on on report
    for each row when (old.status is distinct from new.status or old.published_on is distinct from new.published_on)
    execute function report_push_fields_to_citations()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger report_push_fields_to_citations_trg on report`.execute(db);
  await sql`drop function report_push_fields_to_citations()`.execute(db);
  for (const table of ['citation', 'report_place', 'report_author', 'report', 'place', 'author', 'outlet']) {
    await db.schema.dropTable(table).execute();
  }
  await sql`drop function citation_copy_report_fields()`.execute(db);
}
