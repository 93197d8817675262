import { type RawBuilder, sql } from 'kysely';
import {
  type MatchSpec,
  type Trx,
  facetCondition,
  fullRank,
  headline,
  quickRank,
  reportMatchCondition,
  reportMatchWithin,
} from './match.repository.ts';

/**
 * Report search over report_search (alias `s`), a copy of each report's document, visibility,
 * date and outlet: ranking and counting never read the report table, and the page of hits joins
 * it back by primary key.
 */
export interface ReportFilters {
  outlet: string[];
  place: string[];
  year: string[];
  claim: string[];
  /** the outlet slugs' ids, when looked up first (findOutletIds): see conditions() */
  outletIds?: number[];
}

/** Ids of the outlets with these slugs (unknown slugs have none). */
export async function findOutletIds(trx: Trx, slugs: string[]): Promise<number[]> {
  const { rows } = await sql<{ id: number }>`select o.id from outlet o where o.slug in (${sql.join(slugs)})`.execute(
    trx,
  );
  return rows.map((r) => r.id);
}

/**
 * Reports ranked per query: the newest this many matches (report_search_published_date_idx reads
 * them in date order and stops, whatever the number of matches), enough for every page a search
 * shows (MAX_PAGE × 20). A broad query ranks its newest thousand, not a million rows.
 */
export const RANKED_POOL = 1000;
/**
 * How many of the pool, best by ts_rank, cover density (ts_rank_cd: close terms rank higher)
 * re-orders: the first ten pages. The rest follow in ts_rank order; ts_rank_cd over the whole pool
 * cost more than finding it.
 */
const CD_RANKED = 200;
const title = sql`s.title`;

/** A place value stands for itself and its sub-places at any depth, as on /reports. */
const placeValues = sql`(select pl.place_id, a.slug, a.name from place_lineage pl join place a on a.id = pl.ancestor_id)`;

/**
 * With the outlet ids known, the planner estimates an outlet's share of the matches from
 * report_search's statistics; through a subquery it guesses (1 in 28 outlets), and then it may
 * sort 40,000 rows of a year instead of reading the newest in date order and stopping.
 */
function outletCondition(f: ReportFilters): RawBuilder<boolean> {
  if (!f.outletIds)
    return sql<boolean>`s.outlet_id in (select o.id from outlet o where o.slug in (${sql.join(f.outlet)}))`;
  return f.outletIds.length === 0 ? sql<boolean>`false` : sql<boolean>`s.outlet_id in (${sql.join(f.outletIds)})`;
}

function conditions(f: ReportFilters): Record<'outlet' | 'place' | 'year' | 'claim', RawBuilder<boolean>> {
  return {
    outlet: facetCondition(f.outlet, () => outletCondition(f)),
    // Date ranges, not extract(year …): report_search_published_date_idx can read a range.
    year: facetCondition(
      f.year,
      () =>
        sql`(${sql.join(
          f.year.map(
            (y) => sql`(s.sort_date >= ${`${y}-01-01`}::date and s.sort_date < ${`${Number(y) + 1}-01-01`}::date)`,
          ),
          sql` or `,
        )})`,
    ),
    place: facetCondition(
      f.place,
      () => sql`exists (select 1 from report_place rp join ${placeValues} pv on pv.place_id = rp.place_id
                        where rp.report_id = s.report_id and pv.slug in (${sql.join(f.place)}))`,
    ),
    claim: facetCondition(f.claim, () => sql`s.claim_types && array[${sql.join(f.claim)}]::text[]`),
  };
}

export interface ReportHitRow {
  id: number;
  slug: string;
  title: string;
  language: string;
  published_on: string | null;
  date_precision: string;
  outlet_slug: string;
  outlet_name: string;
  rank: number;
  title_marked: string;
  snippet_marked: string;
  body: string;
}

/** One page of published reports, best first among the newest RANKED_POOL matches (see CD_RANKED); ties go to the newer report. */
export async function listReportHits(trx: Trx, m: MatchSpec, f: ReportFilters, limit: number, offset: number) {
  const c = conditions(f);
  const body = sql`concat_ws(' … ', r.summary, r.excerpt)`;
  const { rows } = await sql<ReportHitRow>`
    with pool as materialized (
      select s.report_id, s.sort_date, s.document, s.cjk, s.title
      from report_search s
      where s.published and ${reportMatchWithin(m, RANKED_POOL)} and ${c.outlet} and ${c.year} and ${c.place} and ${c.claim}
      order by s.sort_date desc, s.report_id desc
      limit ${RANKED_POOL}
    ), quick as (
      select s.*, row_number() over (order by ${quickRank(m, title)} desc, s.sort_date desc, s.report_id desc) as place,
        ${quickRank(m, title)} as quick
      from pool s
    ), ranked as (
      select s.report_id, s.sort_date, s.place <= ${CD_RANKED} as best,
        case when s.place <= ${CD_RANKED} then ${fullRank(m, title)} else s.quick end as rank
      from quick s
      order by best desc, rank desc, s.sort_date desc, s.report_id desc
      limit ${limit} offset ${offset}
    )
    select r.id, r.slug, r.title, r.language, r.published_on, r.date_precision, o.slug as outlet_slug, o.name as outlet_name,
      ranked.rank, ${headline(m, sql`r.title`, true)} as title_marked, ${headline(m, body)} as snippet_marked, ${body} as body
    from ranked
    join report r on r.id = ranked.report_id
    join outlet o on o.id = r.outlet_id
    order by ranked.best desc, ranked.rank desc, ranked.sort_date desc, ranked.report_id desc`.execute(trx);
  return rows;
}

/**
 * How many published reports match, counted up to `limit` + 1 and no further: the index (or a
 * scan that stops) finds that many whatever the total. With `f`, the report facets apply too.
 */
export async function countReportMatchesUpTo(
  trx: Trx,
  m: MatchSpec,
  f: ReportFilters | null,
  limit: number,
): Promise<number> {
  const c = f ? conditions(f) : null;
  const filters = c ? sql` and ${c.outlet} and ${c.year} and ${c.place} and ${c.claim}` : sql``;
  const { rows } = await sql<{ n: number }>`
    select count(*)::int as n from (
      select 1 from report_search s where s.published and ${reportMatchWithin(m, limit + 1)}${filters} limit ${limit + 1}
    ) x`.execute(trx);
  return rows[0]!.n;
}

/** The planner's row count of report_search (kept by autovacuum and ANALYZE), to size a sample. */
export async function estimateReportSearchRows(trx: Trx): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    select greatest(reltuples, 0)::float8 as n from pg_class where oid = 'report_search'::regclass`.execute(trx);
  return Number(rows[0]?.n ?? 0);
}

export interface FacetCountRow {
  facet: string;
  value: string;
  label: string;
  sort: string;
  n: number;
}

/**
 * The total and every report facet's counts in one pass over the matches. A facet's counts ignore
 * its own selection (values within a facet are ORed), so each count is what clicking it shows.
 * `within`: a bound on the matches known to hold them all (countReportMatchesUpTo said so).
 * With `samplePercent`, the pass reads only that share of report_search's pages (TABLESAMPLE
 * SYSTEM, the same pages every time) and adds a `sampled` row: how many rows (published or not)
 * it read, so the caller can scale the counts up by the table's rows over that. A row's facet values are what they are in any page, so the
 * sample's proportions estimate the whole table's.
 */
export async function countReportFacets(
  trx: Trx,
  m: MatchSpec,
  f: ReportFilters,
  scope: { within: number } | { samplePercent: number },
) {
  const c = conditions(f);
  const sampling = 'samplePercent' in scope;
  const from = sampling
    ? sql`report_search s tablesample system (${scope.samplePercent}::float4) repeatable (0)`
    : sql`report_search s`;
  // After the first branch, which names the columns.
  const sampled = sampling ? sql`union all select 'sampled', '', '', '', (select count(*)::int from ${from})` : sql``;
  const match = sampling ? reportMatchCondition(m) : reportMatchWithin(m, scope.within);
  const { rows } = await sql<FacetCountRow>`
    with m as materialized (
      select s.report_id, s.outlet_id, s.sort_date, s.claim_types,
        ${c.outlet} as f_outlet, ${c.year} as f_year, ${c.place} as f_place, ${c.claim} as f_claim
      from ${from}
      where s.published and ${match}
    )
    select 'total' as facet, '' as value, '' as label, '' as sort, count(*)::int as n
    from m where f_outlet and f_year and f_place and f_claim
    ${sampled}
    union all
    select 'outlet', o.slug, o.name, '', x.n
    from (select outlet_id, count(*)::int as n from m where f_year and f_place and f_claim group by outlet_id) x
    join outlet o on o.id = x.outlet_id
    union all
    select 'year', x.y::text, x.y::text, '', x.n
    from (select extract(year from m.sort_date)::int as y, count(*)::int as n from m
          where m.sort_date > date '0001-01-01' and f_outlet and f_place and f_claim group by 1) x
    union all
    select 'place', pv.slug, pv.name, '', count(distinct m.report_id)::int
    from m join report_place rp on rp.report_id = m.report_id join ${placeValues} pv on pv.place_id = rp.place_id
    where f_outlet and f_year and f_claim group by pv.slug, pv.name
    union all
    select 'claim', ct.claim_type, ct.claim_type, '', count(*)::int
    from m cross join unnest(m.claim_types) as ct(claim_type)
    where f_outlet and f_year and f_place group by ct.claim_type`.execute(trx);
  return rows;
}
