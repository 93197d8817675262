import { type RawBuilder, sql } from 'kysely';
import { labourKinds } from './search.facets.ts';
import { type MatchSpec, type Trx, facetCondition, fullRank, headline, matchCondition } from './match.repository.ts';
import type { FacetCountRow } from './report-search.repository.ts';

/** Article search over article_search (alias `s`) joined to its article `a`, version `v` and law `l`. */
export interface ArticleFilters {
  law: string[];
  version: string[];
  kind: string[];
  max: string[];
}

const names = sql`s.names`;

const FROM = sql`article_search s
  join article a on a.id = s.article_id
  join law_version v on v.id = a.law_version_id
  join law l on l.id = v.law_id`;

/** The article's most severe penalty as a bucket (see maxTermBuckets); null without penalties. */
export const maxTermBucket = sql<string | null>`(
  select case
    when bool_or(p.kind = 'death') then 'death'
    when bool_or(p.kind = 'unlimited_term_correctional_labor') then 'life'
    else case
      when max(p.max_months) filter (where p.kind in (${sql.join([...labourKinds])})) is null then null
      when max(p.max_months) filter (where p.kind in (${sql.join([...labourKinds])})) <= 12 then '1y'
      when max(p.max_months) filter (where p.kind in (${sql.join([...labourKinds])})) <= 60 then '5y'
      when max(p.max_months) filter (where p.kind in (${sql.join([...labourKinds])})) <= 120 then '10y'
      else 'over10y' end
  end
  from penalty p where p.article_id = a.id)`;

function conditions(f: ArticleFilters): Record<keyof ArticleFilters, RawBuilder<boolean>> {
  return {
    law: facetCondition(f.law, () => sql`l.slug in (${sql.join(f.law)})`),
    version: facetCondition(f.version, () => sql`(l.slug || '/' || v.slug) in (${sql.join(f.version)})`),
    kind: facetCondition(
      f.kind,
      () => sql`exists (select 1 from penalty p where p.article_id = a.id and p.kind in (${sql.join(f.kind)}))`,
    ),
    max: facetCondition(f.max, () => sql`${maxTermBucket} in (${sql.join(f.max)})`),
  };
}

export interface ArticleHitRow {
  law_slug: string;
  law_title: string;
  version_slug: string;
  version_label: string;
  number: string;
  heading: string | null;
  lineage_slug: string | null;
  offence_name: string | null;
  offence_name_ko: string | null;
  bucket: string | null;
  rank: number;
  heading_marked: string;
  offence_marked: string;
  snippet_marked: string;
  body: string;
  /** the offence's articles in other versions, newest version first */
  others: { number: string; version: string }[];
}

/** An article's offence: its lineage id, or minus its own id when it has none (as in citation counts). */
const offenceKey = sql`coalesce(a.lineage_id, -a.id)`;

/**
 * One page of offences, best first: every matching article votes for its offence (lineage) with
 * its rank, and the offence is shown through its latest article that passes the filters, with
 * the snippet of its best-matching one. Ties go to the newer version, then article order.
 */
export async function listArticleHits(trx: Trx, m: MatchSpec, f: ArticleFilters, limit: number, offset: number) {
  const c = conditions(f);
  const body = sql`concat_ws(' ', b.summary, b.text_en, b.text_ko)`;
  const { rows } = await sql<ArticleHitRow>`
    with matched as (
      select a.id as article_id, ${offenceKey} as offence_key, ${fullRank(m, names)} as rank
      from ${FROM}
      where ${matchCondition(m, names)} and ${c.law} and ${c.version} and ${c.kind} and ${c.max}
    ), offences as (
      select distinct on (offence_key) offence_key, article_id as best_id, rank
      from matched order by offence_key, rank desc, article_id
    ), ranked as (
      select o.best_id, o.rank, lead.id as lead_id, lead.in_force_from, lead.sort_key
      from offences o
      cross join lateral (
        select a.id, v.in_force_from, a.sort_key
        from article a join law_version v on v.id = a.law_version_id join law l on l.id = v.law_id
        where ((o.offence_key > 0 and a.lineage_id = o.offence_key) or (o.offence_key < 0 and a.id = -o.offence_key))
          and ${c.law} and ${c.version} and ${c.kind} and ${c.max}
        order by v.in_force_from desc nulls last, a.sort_key, a.id
        limit 1) lead
      order by o.rank desc, lead.in_force_from desc nulls last, lead.sort_key, lead.id
      limit ${limit} offset ${offset}
    )
    select l.slug as law_slug, l.title as law_title, v.slug as version_slug, v.label as version_label, a.number, a.heading,
      ln.slug as lineage_slug, ln.offence_name, ln.offence_name_ko, ${maxTermBucket} as bucket, ranked.rank,
      ${headline(m, sql`a.heading`, true)} as heading_marked, ${headline(m, sql`ln.offence_name`, true)} as offence_marked,
      ${headline(m, body)} as snippet_marked, ${body} as body,
      (select coalesce(json_agg(json_build_object('number', o.number, 'version', ov.slug)
                                order by ov.in_force_from desc nulls last, ov.id desc, o.sort_key), '[]'::json)
       from article o join law_version ov on ov.id = o.law_version_id
       where a.lineage_id is not null and o.lineage_id = a.lineage_id and o.id <> a.id) as others
    from ranked
    join article a on a.id = ranked.lead_id
    join article b on b.id = ranked.best_id
    join law_version v on v.id = a.law_version_id
    join law l on l.id = v.law_id
    left join article_lineage ln on ln.id = a.lineage_id
    order by ranked.rank desc, ranked.in_force_from desc nulls last, ranked.sort_key, a.id`.execute(trx);
  return rows;
}

/**
 * The total and every article facet's counts in one pass, counting offences (as the hits are
 * grouped), not articles; a facet's counts ignore its own selection.
 */
export async function countArticleFacets(trx: Trx, m: MatchSpec, f: ArticleFilters) {
  const c = conditions(f);
  const { rows } = await sql<FacetCountRow>`
    with m as materialized (
      select a.id, ${offenceKey} as offence_key, l.slug as law_slug, l.title as law_title, v.slug as version_slug, v.label as version_label,
        coalesce(v.in_force_from::text, '9999') as version_sort, ${maxTermBucket} as bucket,
        ${c.law} as f_law, ${c.version} as f_version, ${c.kind} as f_kind, ${c.max} as f_max
      from ${FROM}
      where ${matchCondition(m, names)}
    )
    select 'total' as facet, '' as value, '' as label, '' as sort, count(distinct offence_key)::int as n
    from m where f_law and f_version and f_kind and f_max
    union all
    select 'law', law_slug, law_title, '', count(distinct offence_key)::int from m where f_version and f_kind and f_max group by law_slug, law_title
    union all
    select 'version', law_slug || '/' || version_slug, law_title || ' — ' || version_slug, law_slug || ' ' || version_sort, count(distinct offence_key)::int
    from m where f_law and f_kind and f_max group by law_slug, version_slug, law_title, version_sort
    union all
    select 'kind', pk.kind, pk.kind, '', count(distinct m.offence_key)::int
    from m cross join lateral (select distinct p.kind from penalty p where p.article_id = m.id) pk
    where f_law and f_version and f_max group by pk.kind
    union all
    select 'max', bucket, bucket, '', count(distinct offence_key)::int from m where bucket is not null and f_law and f_version and f_kind group by bucket`.execute(
    trx,
  );
  return rows;
}
