import { type Kysely, sql } from 'kysely';

// Databases written before quotes were re-anchored can hold citations whose offsets slice other
// words than their quote (an excerpt changed under them) and exact duplicates (a re-point onto a
// target the report already cited at the same place). Repair both before the constraints that
// forbid them: re-find the quote (preferring the occurrence after its prefix), or send the
// citation back to review with a reason; of duplicates keep the most reviewed one.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`select set_config('atlas.actor', 'atlas migrate', true), set_config('atlas.source', 'cli', true)`.execute(
    db,
  );
  await sql`
    update citation set quote_start = null, quote_end = null
    where quote_exact is null and (quote_start is not null or quote_end is not null)`.execute(db);
  await sql`
    with stale as (
      select c.id, r.excerpt, c.quote_exact, c.quote_prefix
      from citation c join report r on r.id = c.report_id
      where c.quote_exact is not null
        and (c.quote_start is null or c.quote_end is null or r.excerpt is null
             or atlas_utf16_slice(r.excerpt, c.quote_start, c.quote_end) is distinct from c.quote_exact)
    ), found as (
      select id, excerpt, quote_exact,
        case
          when coalesce(quote_prefix, '') <> '' and strpos(excerpt, quote_prefix || quote_exact) > 0
            then strpos(excerpt, quote_prefix || quote_exact) + char_length(quote_prefix)
          else strpos(coalesce(excerpt, ''), quote_exact)
        end as at
      from stale
    )
    update citation c set
      quote_start = case when f.at > 0 then atlas_utf16_length(left(f.excerpt, f.at - 1)) end,
      quote_end = case when f.at > 0 then atlas_utf16_length(left(f.excerpt, f.at - 1)) + atlas_utf16_length(f.quote_exact) end,
      status = case when f.at > 0 then c.status else 'suggested' end,
      review_reason = case when f.at > 0 then c.review_reason
        else 'The quoted words no longer occur in the report''s excerpt: find them in the new text, or reject this citation.' end,
      updated_at = now()
    from found f where f.id = c.id`.execute(db);
  await sql`
    with ranked as (
      select id, row_number() over (
        partition by report_id, law_id, law_version_id, article_id,
          case when quote_exact is null then 'none' else quote_start || ':' || quote_end end
        order by case status when 'confirmed' then 0 when 'rejected' then 1 else 2 end,
                 case origin when 'extractor' then 1 else 0 end, id) as n
      from citation
      where quote_exact is null or quote_start is not null
    )
    delete from citation where id in (select id from ranked where n > 1)`.execute(db);
}

export async function down(): Promise<void> {
  // A repair: the stale offsets and duplicates it removed are not worth restoring.
}
