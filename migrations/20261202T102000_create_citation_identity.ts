import { type Kysely, sql } from 'kysely';

// One citation per report, target and quoted span: a second one would show the same quote twice.
// NULLS NOT DISTINCT (PostgreSQL 15) so a citation of a law without an article is unique too.
// Citations whose quote lost its place (offsets null, quote kept) wait for review and are exempt.
//
// Offsets are only trustworthy if they slice their quote: a deferred constraint trigger checks
// every written citation, and every citation of a report whose excerpt changed, at commit — so the
// writer may change an excerpt and re-anchor its citations in one transaction.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create unique index citation_quoted_span_key on citation (report_id, law_id, law_version_id, article_id, quote_start, quote_end)
    nulls not distinct where quote_start is not null`.execute(db);
  await sql`
    create unique index citation_unquoted_target_key on citation (report_id, law_id, law_version_id, article_id)
    nulls not distinct where quote_exact is null`.execute(db);
  await sql`
    alter table citation add constraint citation_quote_offsets_pair_check
    check ((quote_start is null) = (quote_end is null) and (quote_start is null or quote_exact is not null))`.execute(
    db,
  );
  await sql`
    create function citation_quote_slices_excerpt() returns trigger language plpgsql as $$
    declare
      c record;
    begin
      select ct.id, ct.quote_start, ct.quote_end, ct.quote_exact, r.excerpt into c
      from citation ct join report r on r.id = ct.report_id where ct.id = new.id;
      -- Checked against the row as it is at commit: a later write in the transaction may have fixed it.
      if c.id is null or c.quote_start is null then return null; end if;
      if c.excerpt is null or atlas_utf16_slice(c.excerpt, c.quote_start, c.quote_end) is distinct from c.quote_exact then
        raise exception 'citation %: offsets %-% do not slice its quote "%" in the report''s excerpt', c.id, c.quote_start, c.quote_end, c.quote_exact
          using errcode = '23514', constraint = 'citation_quote_slices_excerpt';
      end if;
      return null;
    end $$`.execute(db);
  await sql`
    create constraint trigger citation_quote_slices_excerpt_trg
    after insert or update of quote_start, quote_end, quote_exact, report_id on citation
    deferrable initially deferred for each row when (new.quote_start is not null)
    execute function citation_quote_slices_excerpt()`.execute(db);
  await sql`
    create function report_excerpt_keeps_citation_quotes() returns trigger language plpgsql as $$
    declare
      bad record;
    begin
      select c.id, c.quote_exact into bad
      from citation c join report r on r.id = c.report_id
      where c.report_id = new.id and c.quote_start is not null
        and (r.excerpt is null or atlas_utf16_slice(r.excerpt, c.quote_start, c.quote_end) is distinct from c.quote_exact)
      limit 1;
      if bad.id is not null then
        raise exception 'report %: its excerpt changed but citation % still points at offsets that no longer slice "%"', new.id, bad.id, bad.quote_exact
          using errcode = '23514', constraint = 'citation_quote_slices_excerpt';
      end if;
      return null;
    end $$`.execute(db);
  await sql`
    create constraint trigger report_excerpt_keeps_citation_quotes_trg
    after update of excerpt on report
    deferrable initially deferred for each row when (old.excerpt is distinct from new.excerpt)
    execute function report_excerpt_keeps_citation_quotes()`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop trigger report_excerpt_keeps_citation_quotes_trg on report`.execute(db);
  await sql`drop function report_excerpt_keeps_citation_quotes()`.execute(db);
  await sql`drop trigger citation_quote_slices_excerpt_trg on citation`.execute(db);
  await sql`drop function citation_quote_slices_excerpt()`.execute(db);
  await sql`alter table citation drop constraint citation_quote_offsets_pair_check`.execute(db);
  await sql`drop index citation_unquoted_target_key`.execute(db);
  await sql`drop index citation_quoted_span_key`.execute(db);
}
