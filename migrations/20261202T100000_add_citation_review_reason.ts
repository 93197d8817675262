import { type Kysely, sql } from 'kysely';

// A citation whose quoted words no longer occur in its report's excerpt keeps the words it
// quoted, loses its offsets and goes back to review; review_reason says why, on the review queue
// and the edit page. Quote offsets are UTF-16 code units (as JavaScript and the extractor count
// them) while PostgreSQL counts code points, so slicing by offsets needs its own function.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('citation').addColumn('review_reason', 'text').execute();
  await sql`
    create function atlas_utf16_length(t text) returns integer language sql immutable strict parallel safe as $$
      select char_length(t) + char_length(t) - char_length(regexp_replace(t, '[\\U00010000-\\U0010FFFF]', '', 'g'))
    $$`.execute(db);
  await sql`
    create function atlas_utf16_slice(t text, s integer, e integer) returns text language plpgsql immutable strict parallel safe as $$
    declare
      pos integer := 0;
      i integer := 1;
      n integer := char_length(t);
      cs integer;
      ce integer;
    begin
      if s < 0 or e < s then return null; end if;
      if t !~ '[\\U00010000-\\U0010FFFF]' then
        if e > n then return null; end if;
        return substr(t, s + 1, e - s);
      end if;
      loop
        if pos = s and cs is null then cs := i; end if;
        if pos = e then ce := i; exit; end if;
        exit when i > n or pos > e;
        pos := pos + case when ascii(substr(t, i, 1)) > 65535 then 2 else 1 end;
        i := i + 1;
      end loop;
      -- An offset inside a surrogate pair slices nothing: the quote cannot match.
      if cs is null or ce is null then return null; end if;
      return substr(t, cs, ce - cs);
    end $$`.execute(db);
  await sql`comment on column citation.review_reason is 'why this citation needs a reviewer (e.g. its quote no longer occurs in the excerpt)'`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop function atlas_utf16_slice(text, integer, integer)`.execute(db);
  await sql`drop function atlas_utf16_length(text)`.execute(db);
  await db.schema.alterTable('citation').dropColumn('review_reason').execute();
}
