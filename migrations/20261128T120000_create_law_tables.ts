import { type Kysely, sql } from 'kysely';

// The law side of the model: jurisdiction ─< law ─< law_version ─< article ─< penalty, and
// article_lineage tying one offence's articles together across renumbering revisions.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('jurisdiction')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_ko', 'text')
    .addUniqueConstraint('jurisdiction_code_key', ['code'])
    .execute();

  await db.schema
    .createTable('law')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('jurisdiction_id', 'integer', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('title_ko', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('summary', 'text')
    .addColumn('source_url', 'text')
    .addColumn('lock_version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('law_slug_key', ['slug'])
    .addForeignKeyConstraint('law_jurisdiction_fk', ['jurisdiction_id'], 'jurisdiction', ['id'])
    .addCheckConstraint('law_kind_check', sql`kind in ('code', 'law', 'decree', 'regulation')`)
    .addCheckConstraint('law_slug_format_check', sql`slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`)
    .execute();
  await db.schema.createIndex('law_jurisdiction_idx').on('law').column('jurisdiction_id').execute();

  await db.schema
    .createTable('law_alias')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('law_id', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addUniqueConstraint('law_alias_law_name_key', ['law_id', 'name'])
    .addForeignKeyConstraint('law_alias_law_fk', ['law_id'], 'law', ['id'], (fk) => fk.onDelete('cascade'))
    .execute();

  await db.schema
    .createTable('law_version')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('law_id', 'integer', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('adopted_on', 'date')
    .addColumn('effective_from', 'date')
    // The version in force on D is the latest whose in_force_from ≤ D; stored so it can be indexed.
    .addColumn('in_force_from', 'date', (c) => c.generatedAlwaysAs(sql`coalesce(effective_from, adopted_on)`).stored())
    .addColumn('amending_instrument', 'text')
    .addColumn('text_status', 'text', (c) => c.notNull())
    .addColumn('source_url', 'text')
    .addColumn('note', 'text')
    .addColumn('lock_version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('law_version_law_slug_key', ['law_id', 'slug'])
    .addForeignKeyConstraint('law_version_law_fk', ['law_id'], 'law', ['id'], (fk) => fk.onDelete('cascade'))
    .addCheckConstraint('law_version_text_status_check', sql`text_status in ('full_text', 'partial', 'reported_only')`)
    .addCheckConstraint('law_version_slug_format_check', sql`slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`)
    .execute();
  await db.schema
    .createIndex('law_version_in_force_idx')
    .on('law_version')
    .columns(['law_id', 'in_force_from'])
    .execute();

  await db.schema
    .createTable('article_lineage')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('law_id', 'integer', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('offence_name', 'text', (c) => c.notNull())
    .addColumn('offence_name_ko', 'text')
    .addColumn('note', 'text')
    .addUniqueConstraint('article_lineage_law_slug_key', ['law_id', 'slug'])
    .addForeignKeyConstraint('article_lineage_law_fk', ['law_id'], 'law', ['id'], (fk) => fk.onDelete('cascade'))
    .execute();

  await db.schema
    .createTable('lineage_alias')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('lineage_id', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addUniqueConstraint('lineage_alias_lineage_name_key', ['lineage_id', 'name'])
    .addForeignKeyConstraint('lineage_alias_lineage_fk', ['lineage_id'], 'article_lineage', ['id'], (fk) =>
      fk.onDelete('cascade'),
    )
    .execute();

  await createArticleTables(db);
}

async function createArticleTables(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('article')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('law_version_id', 'integer', (c) => c.notNull())
    // Text, not integer: "60-1" and "부칙 1" are real article numbers; sort_key orders them.
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('sort_key', 'double precision', (c) => c.notNull())
    .addColumn('lineage_id', 'integer')
    .addColumn('chapter_path', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('heading', 'text')
    .addColumn('summary', 'text')
    .addColumn('text_en', 'text')
    .addColumn('text_ko', 'text')
    .addColumn('source_url', 'text')
    .addColumn('provenance', 'text')
    .addColumn('lock_version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('article_version_number_key', ['law_version_id', 'number'])
    .addForeignKeyConstraint('article_law_version_fk', ['law_version_id'], 'law_version', ['id'], (fk) =>
      fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint('article_lineage_fk', ['lineage_id'], 'article_lineage', ['id'], (fk) =>
      fk.onDelete('set null'),
    )
    .addCheckConstraint('article_number_not_blank_check', sql`btrim(number) <> ''`)
    .execute();
  await db.schema
    .createIndex('article_version_sort_idx')
    .on('article')
    .columns(['law_version_id', 'sort_key'])
    .execute();
  await db.schema.createIndex('article_lineage_idx').on('article').column('lineage_id').execute();

  await db.schema
    .createTable('article_lineage_step')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('lineage_id', 'integer', (c) => c.notNull())
    .addColumn('from_version_id', 'integer')
    .addColumn('to_version_id', 'integer', (c) => c.notNull())
    .addColumn('relation', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addUniqueConstraint('article_lineage_step_lineage_to_key', ['lineage_id', 'to_version_id'])
    .addForeignKeyConstraint('article_lineage_step_lineage_fk', ['lineage_id'], 'article_lineage', ['id'], (fk) =>
      fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint('article_lineage_step_from_fk', ['from_version_id'], 'law_version', ['id'], (fk) =>
      fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint('article_lineage_step_to_fk', ['to_version_id'], 'law_version', ['id'], (fk) =>
      fk.onDelete('cascade'),
    )
    .addCheckConstraint(
      'article_lineage_step_relation_check',
      sql`relation in ('same', 'renumbered', 'amended', 'split', 'merged', 'repealed', 'new')`,
    )
    .execute();

  await db.schema
    .createTable('penalty')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('article_id', 'integer', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('tier', 'text', (c) => c.notNull())
    .addColumn('alternative_group', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('min_months', 'integer')
    .addColumn('max_months', 'integer')
    .addColumn('note', 'text')
    .addUniqueConstraint('penalty_article_position_key', ['article_id', 'position'])
    .addForeignKeyConstraint('penalty_article_fk', ['article_id'], 'article', ['id'], (fk) => fk.onDelete('cascade'))
    .addCheckConstraint('penalty_tier_check', sql`tier in ('basic', 'grave', 'especially_grave')`)
    .addCheckConstraint(
      'penalty_kind_check',
      sql`kind in ('disciplinary_labor', 'fixed_term_correctional_labor', 'unlimited_term_correctional_labor', 'death', 'confiscation', 'fine', 'deprivation_of_rights', 'suspension_of_qualifications', 'deprivation_of_qualifications')`,
    )
    .addCheckConstraint(
      'penalty_min_max_check',
      sql`min_months is null or max_months is null or min_months <= max_months`,
    )
    .addCheckConstraint('penalty_min_nonnegative_check', sql`min_months is null or min_months >= 0`)
    .execute();
  await db.schema.createIndex('penalty_kind_idx').on('penalty').columns(['kind', 'max_months']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'penalty',
    'article_lineage_step',
    'article',
    'lineage_alias',
    'article_lineage',
    'law_version',
    'law_alias',
    'law',
    'jurisdiction',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
