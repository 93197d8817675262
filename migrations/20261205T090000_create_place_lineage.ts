import { type Kysely, sql } from 'kysely';

// Places nest (province → county → town); a filter, a facet or a search document for a place must
// include its sub-places at any depth, not one level. The view pairs each place with itself and every
// ancestor. UNION (not UNION ALL) ends the recursion even if bad data ever made the parent chain loop.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create view place_lineage (place_id, ancestor_id) as
    with recursive lineage (place_id, ancestor_id) as (
      select id, id from place
      union
      select l.place_id, p.parent_id from lineage l join place p on p.id = l.ancestor_id where p.parent_id is not null
    )
    select place_id, ancestor_id from lineage`.execute(db);
  await replaceSearchFunctions(db, lineage);
  await sql`select refresh_report_search(array(select distinct report_id from report_place))`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await replaceSearchFunctions(db, oneLevel);
  await sql`drop view place_lineage`.execute(db);
}

interface PlaceShape {
  /** the lateral subquery giving a report's place names (en, ko) for its search document */
  places: string;
  /** the reports whose search document holds the place new.id */
  placeReports: string;
}

const lineage: PlaceShape = {
  places: `select string_agg(a.name, ' ') as en, string_agg(a.name_ko, ' ') as ko
        from report_place rp join place_lineage pl on pl.place_id = rp.place_id join place a on a.id = pl.ancestor_id
        where rp.report_id = r.id`,
  placeReports:
    'select distinct rp.report_id from report_place rp join place_lineage pl on pl.place_id = rp.place_id where pl.ancestor_id = new.id',
};

// As 20261128T160000_add_search wrote them: a place and its parent only.
const oneLevel: PlaceShape = {
  places: `select string_agg(concat_ws(' ', p.name, parent.name), ' ') as en, string_agg(concat_ws(' ', p.name_ko, parent.name_ko), ' ') as ko
        from report_place rp join place p on p.id = rp.place_id left join place parent on parent.id = p.parent_id
        where rp.report_id = r.id`,
  placeReports:
    'select rp.report_id from report_place rp join place p on p.id = rp.place_id where p.id = new.id or p.parent_id = new.id',
};

async function replaceSearchFunctions(db: Kysely<any>, shape: PlaceShape): Promise<void> {
  await sql`
    create or replace function refresh_report_search(ids integer[]) returns void language sql as $$
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
      cross join lateral (${sql.raw(shape.places)}) places
      where r.id = any(ids)
      on conflict (report_id) do update
        set published = excluded.published, sort_date = excluded.sort_date, outlet_id = excluded.outlet_id,
            title = excluded.title, document = excluded.document, cjk = excluded.cjk, claim_types = excluded.claim_types
    $$`.execute(db);
  await sql`
    create or replace function report_search_follow() returns trigger language plpgsql as $$
    declare
      ids integer[];
    begin
      if tg_table_name = 'report' then
        ids := array[new.id];
      elsif tg_table_name = 'outlet' then
        ids := array(select id from report where outlet_id = new.id);
      else
        ids := array(${sql.raw(shape.placeReports)});
      end if;
      perform refresh_report_search(ids);
      return null;
    end $$`.execute(db);
}
