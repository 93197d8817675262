import { type Kysely, sql } from 'kysely';

// Full-text search documents for articles and reports. They live in side tables kept by triggers,
// not in columns of article and report: the audit trigger snapshots whole rows, so a tsvector column
// would put every document into the audit trail and log a change on every alias, outlet or place
// edit. report_search copies the report's visibility, date and outlet so ranking and facet counts
// never touch the report table; only the page of hits is joined back by primary key.
// Columns that are Korean by definition (text_ko, offence_name_ko, Korean aliases and place names)
// go through the 'simple' configuration, everything else through 'english'; queries go through
// 'english', whose parser and stemmer leave Hangul tokens as they are, so both kinds of lexeme
// match. A report's own title and excerpt use 'english' whatever its language tag, for the same
// reason (and because tags and text do not always agree). Korean words are agglutinated
// ("비법국제통신죄"), so the `cjk` column keeps the Hangul/CJK runs for trigram substring matches
// such as "국제통신".
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db);
  await sql`
    create function search_cjk(value text) returns text language sql immutable parallel safe as $$
      select btrim(regexp_replace(coalesce(value, ''),
        '[^\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]+', ' ', 'g'))
    $$`.execute(db);
  await createArticleSearch(db);
  await createReportSearch(db);
  await sql`select refresh_article_search(array(select id from article))`.execute(db);
  await sql`select refresh_report_search(array(select id from report))`.execute(db);
}

async function createArticleSearch(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('article_search')
    .addColumn('article_id', 'integer', (c) => c.primaryKey())
    .addColumn('document', sql`tsvector`, (c) => c.notNull())
    .addColumn('cjk', 'text', (c) => c.notNull())
    // Offence names and heading: what a misspelt query is compared with by trigram similarity.
    .addColumn('names', 'text', (c) => c.notNull())
    .addForeignKeyConstraint('article_search_article_fk', ['article_id'], 'article', ['id'], (fk) =>
      fk.onDelete('cascade'),
    )
    .execute();
  await sql`create index article_search_document_idx on article_search using gin (document)`.execute(db);
  await sql`create index article_search_cjk_idx on article_search using gin (cjk gin_trgm_ops)`.execute(db);
  await sql`create index article_search_names_idx on article_search using gin (names gin_trgm_ops)`.execute(db);
  // Weights: number and offence name A, heading B, aliases of the offence and the law C, text D.
  await sql`
    create function refresh_article_search(ids integer[]) returns void language sql as $$
      insert into article_search (article_id, document, cjk, names)
      select a.id,
        setweight(to_tsvector('simple', a.number) || to_tsvector('english', coalesce(ln.offence_name, ''))
                  || to_tsvector('simple', coalesce(ln.offence_name_ko, '')), 'A')
        || setweight(to_tsvector('english', coalesce(a.heading, '')), 'B')
        || setweight(to_tsvector('english', coalesce(names.en, '')) || to_tsvector('simple', coalesce(names.other, '')), 'C')
        || setweight(to_tsvector('english', concat_ws(' ', a.summary, a.text_en, array_to_string(a.chapter_path, ' '), v.slug))
                     || to_tsvector('simple', coalesce(a.text_ko, '')), 'D'),
        search_cjk(concat_ws(' ', ln.offence_name_ko, names.other, a.heading, a.text_ko)),
        concat_ws(' ', a.heading, ln.offence_name, names.lineage_en)
      from article a
      join law_version v on v.id = a.law_version_id
      join law l on l.id = v.law_id
      left join article_lineage ln on ln.id = a.lineage_id
      cross join lateral (
        select string_agg(n.name, ' ') filter (where n.lang = 'en') as en,
               string_agg(n.name, ' ') filter (where n.lang <> 'en') as other,
               string_agg(n.name, ' ') filter (where n.lang = 'en' and n.lineage) as lineage_en
        from (select la.name, la.lang, true as lineage from lineage_alias la where la.lineage_id = a.lineage_id
              union all select lw.name, lw.lang, false from law_alias lw where lw.law_id = l.id
              union all select l.title, 'en', false
              union all select l.title_ko, 'ko', false where l.title_ko is not null) n
      ) names
      where a.id = any(ids)
      on conflict (article_id) do update
        set document = excluded.document, cjk = excluded.cjk, names = excluded.names
    $$`.execute(db);
  await sql`
    create function article_search_follow() returns trigger language plpgsql as $$
    declare
      ids integer[];
    begin
      -- One branch per table: PL/pgSQL plans a statement only when it runs, so each branch may
      -- name the columns of its own table's OLD and NEW.
      if tg_table_name = 'article' then
        ids := array[new.id];
      elsif tg_table_name = 'article_lineage' then
        ids := array(select id from article where lineage_id = new.id);
      elsif tg_table_name = 'lineage_alias' then
        ids := array(select id from article where lineage_id in (old.lineage_id, new.lineage_id));
      elsif tg_table_name = 'law_version' then
        ids := array(select id from article where law_version_id = new.id);
      elsif tg_table_name = 'law' then
        ids := array(select a.id from article a join law_version v on v.id = a.law_version_id where v.law_id = new.id);
      else
        ids := array(select a.id from article a join law_version v on v.id = a.law_version_id where v.law_id in (old.law_id, new.law_id));
      end if;
      perform refresh_article_search(ids);
      return null;
    end $$`.execute(db);
  for (const [name, event] of articleTriggers) {
    await sql`create trigger ${sql.raw(name)} ${sql.raw(event)} execute function article_search_follow()`.execute(db);
  }
}

const articleTriggers: [string, string][] = [
  ['article_search_insert_trg', 'after insert on article for each row'],
  [
    'article_search_update_trg',
    `after update of number, heading, summary, text_en, text_ko, chapter_path, lineage_id, law_version_id on article for each row
     when ((old.number, old.heading, old.summary, old.text_en, old.text_ko, old.chapter_path, old.lineage_id, old.law_version_id)
           is distinct from (new.number, new.heading, new.summary, new.text_en, new.text_ko, new.chapter_path, new.lineage_id, new.law_version_id))`,
  ],
  [
    'article_lineage_search_trg',
    `after update of offence_name, offence_name_ko on article_lineage for each row
     when ((old.offence_name, old.offence_name_ko) is distinct from (new.offence_name, new.offence_name_ko))`,
  ],
  ['lineage_alias_search_trg', 'after insert or update or delete on lineage_alias for each row'],
  [
    'law_version_search_trg',
    'after update of slug on law_version for each row when (old.slug is distinct from new.slug)',
  ],
  [
    'law_search_trg',
    'after update of title, title_ko on law for each row when ((old.title, old.title_ko) is distinct from (new.title, new.title_ko))',
  ],
  ['law_alias_search_trg', 'after insert or update or delete on law_alias for each row'],
];

async function createReportSearch(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('report_search')
    .addColumn('report_id', 'integer', (c) => c.primaryKey())
    .addColumn('published', 'boolean', (c) => c.notNull())
    .addColumn('sort_date', 'date', (c) => c.notNull())
    .addColumn('outlet_id', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('document', sql`tsvector`, (c) => c.notNull())
    .addColumn('cjk', 'text', (c) => c.notNull())
    // Claim types of the report's confirmed citations: the claim-type facet without a join to citation.
    .addColumn('claim_types', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addForeignKeyConstraint('report_search_report_fk', ['report_id'], 'report', ['id'], (fk) => fk.onDelete('cascade'))
    .execute();
  await sql`create index report_search_document_idx on report_search using gin (document) where published`.execute(db);
  await sql`create index report_search_cjk_idx on report_search using gin (cjk gin_trgm_ops) where published and cjk <> ''`.execute(
    db,
  );
  await sql`create index report_search_title_idx on report_search using gin (title gin_trgm_ops) where published`.execute(
    db,
  );
  // Weights: title A, summary B, excerpt C, outlet and places D.
  await sql`
    create function refresh_report_search(ids integer[]) returns void language sql as $$
      insert into report_search (report_id, published, sort_date, outlet_id, title, document, cjk, claim_types)
      select r.id, r.status = 'published', r.sort_date, r.outlet_id, r.title,
        setweight(to_tsvector('english', r.title), 'A')
        || setweight(to_tsvector('english', coalesce(r.summary, '')), 'B')
        || setweight(to_tsvector('english', coalesce(r.excerpt, '')), 'C')
        || setweight(to_tsvector('english', concat_ws(' ', o.name, places.en)) || to_tsvector('simple', coalesce(places.ko, '')), 'D'),
        search_cjk(concat_ws(' ', r.title, r.summary, r.excerpt, places.ko)),
        array(select distinct c.claim_type from citation c where c.report_id = r.id and c.status = 'confirmed' order by 1)
      from report r
      join outlet o on o.id = r.outlet_id
      cross join lateral (
        select string_agg(concat_ws(' ', p.name, parent.name), ' ') as en,
               string_agg(concat_ws(' ', p.name_ko, parent.name_ko), ' ') as ko
        from report_place rp
        join place p on p.id = rp.place_id
        left join place parent on parent.id = p.parent_id
        where rp.report_id = r.id
      ) places
      where r.id = any(ids)
      on conflict (report_id) do update
        set published = excluded.published, sort_date = excluded.sort_date, outlet_id = excluded.outlet_id,
            title = excluded.title, document = excluded.document, cjk = excluded.cjk, claim_types = excluded.claim_types
    $$`.execute(db);
  await sql`
    create function refresh_report_claims(ids integer[]) returns void language sql as $$
      update report_search s
      set claim_types = array(select distinct c.claim_type from citation c where c.report_id = s.report_id and c.status = 'confirmed' order by 1)
      where s.report_id = any(ids)
    $$`.execute(db);
  await createReportTriggers(db);
}

async function createReportTriggers(db: Kysely<any>): Promise<void> {
  // Bulk inserts (imports, the synthetic generator) refresh once per statement, not once per row.
  await sql`
    create function report_search_follow_rows() returns trigger language plpgsql as $$
    begin
      if tg_table_name = 'report' then
        perform refresh_report_search(array(select id from changed_rows));
      elsif tg_table_name = 'citation' then
        perform refresh_report_claims(array(select distinct report_id from changed_rows));
      else
        perform refresh_report_search(array(select distinct report_id from changed_rows));
      end if;
      return null;
    end $$`.execute(db);
  await sql`
    create function report_search_follow() returns trigger language plpgsql as $$
    declare
      ids integer[];
    begin
      if tg_table_name = 'report' then
        ids := array[new.id];
      elsif tg_table_name = 'outlet' then
        ids := array(select id from report where outlet_id = new.id);
      else
        ids := array(select rp.report_id from report_place rp join place p on p.id = rp.place_id where p.id = new.id or p.parent_id = new.id);
      end if;
      perform refresh_report_search(ids);
      return null;
    end $$`.execute(db);
  for (const [name, event, fn] of reportTriggers) {
    await sql`create trigger ${sql.raw(name)} ${sql.raw(event)} execute function ${sql.raw(fn)}()`.execute(db);
  }
}

const perStatement = 'for each statement';
const perRow = 'for each row';
const reportTriggers: [string, string, string][] = [
  [
    'report_search_insert_trg',
    `after insert on report referencing new table as changed_rows ${perStatement}`,
    'report_search_follow_rows',
  ],
  [
    'report_search_update_trg',
    `after update of title, summary, excerpt, language, outlet_id, status, published_on on report ${perRow}
     when ((old.title, old.summary, old.excerpt, old.language, old.outlet_id, old.status, old.published_on)
           is distinct from (new.title, new.summary, new.excerpt, new.language, new.outlet_id, new.status, new.published_on))`,
    'report_search_follow',
  ],
  [
    'outlet_search_trg',
    `after update of name on outlet ${perRow} when (old.name is distinct from new.name)`,
    'report_search_follow',
  ],
  [
    'place_search_trg',
    `after update of name, name_ko, parent_id on place ${perRow}
     when ((old.name, old.name_ko, old.parent_id) is distinct from (new.name, new.name_ko, new.parent_id))`,
    'report_search_follow',
  ],
  [
    'report_place_insert_search_trg',
    `after insert on report_place referencing new table as changed_rows ${perStatement}`,
    'report_search_follow_rows',
  ],
  [
    'report_place_update_search_trg',
    `after update on report_place referencing new table as changed_rows ${perStatement}`,
    'report_search_follow_rows',
  ],
  [
    'report_place_delete_search_trg',
    `after delete on report_place referencing old table as changed_rows ${perStatement}`,
    'report_search_follow_rows',
  ],
  [
    'citation_insert_search_trg',
    `after insert on citation referencing new table as changed_rows ${perStatement}`,
    'report_search_follow_rows',
  ],
  [
    'citation_update_new_search_trg',
    `after update on citation referencing new table as changed_rows ${perStatement}`,
    'report_search_follow_rows',
  ],
  // A citation moved to another report leaves its old report's claim types to recompute too.
  [
    'citation_update_old_search_trg',
    `after update on citation referencing old table as changed_rows ${perStatement}`,
    'report_search_follow_rows',
  ],
  [
    'citation_delete_search_trg',
    `after delete on citation referencing old table as changed_rows ${perStatement}`,
    'report_search_follow_rows',
  ],
];

export async function down(db: Kysely<any>): Promise<void> {
  for (const [name, event] of [...articleTriggers, ...reportTriggers]) {
    const table = event.match(/ on (\w+)/)![1]!;
    await sql`drop trigger ${sql.raw(name)} on ${sql.table(table)}`.execute(db);
  }
  await db.schema.dropTable('report_search').execute();
  await db.schema.dropTable('article_search').execute();
  for (const fn of [
    'report_search_follow_rows()',
    'report_search_follow()',
    'refresh_report_claims(integer[])',
    'refresh_report_search(integer[])',
    'article_search_follow()',
    'refresh_article_search(integer[])',
    'search_cjk(text)',
  ]) {
    await sql`drop function ${sql.raw(fn)}`.execute(db);
  }
  // Fails, rather than cascading, if another feature has come to depend on pg_trgm since.
  await sql`drop extension if exists pg_trgm`.execute(db);
}
