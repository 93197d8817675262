import { type Insertable, type Transaction, type Updateable, sql } from 'kysely';
import type { Database } from '../db/database.ts';

/** Queries of the citation writer, the only module that inserts, updates or deletes citations. */
type Trx = Transaction<Database>;

/** A report's citations with their targets as slugs, in the order they were written. */
export async function listReportCitations(trx: Trx, reportId: number) {
  return trx
    .selectFrom('citation')
    .leftJoin('law', 'law.id', 'citation.law_id')
    .leftJoin('law_version', 'law_version.id', 'citation.law_version_id')
    .leftJoin('article', 'article.id', 'citation.article_id')
    .select([
      'citation.id',
      'citation.law_id',
      'citation.law_version_id',
      'citation.article_id',
      'law.slug as law',
      'law_version.slug as version',
      'article.number as article',
      'citation.as_written',
      'citation.quote_exact',
      'citation.quote_prefix',
      'citation.quote_suffix',
      'citation.quote_start',
      'citation.quote_end',
      'citation.claim_type',
      'citation.reported_kind',
      'citation.reported_tier',
      'citation.reported_min_months',
      'citation.reported_max_months',
      'citation.resolution',
      'citation.resolution_note',
      'citation.confidence',
      'citation.status',
      'citation.review_reason',
    ])
    .where('citation.report_id', '=', reportId)
    .orderBy('citation.id')
    .execute();
}

export type StoredCitation = Awaited<ReturnType<typeof listReportCitations>>[number];

export async function insertCitation(trx: Trx, row: Insertable<Database['citation']>) {
  return trx.insertInto('citation').values(row).returning('id').executeTakeFirstOrThrow();
}

/** Many citations in one statement (bulk imports); callers keep each batch under 2,000 rows. */
export async function insertCitations(trx: Trx, rows: Insertable<Database['citation']>[]) {
  await trx.insertInto('citation').values(rows).execute();
}

export async function updateCitation(trx: Trx, id: number, row: Updateable<Database['citation']>) {
  await trx
    .updateTable('citation')
    .set({ ...row, updated_at: new Date(), lock_version: (eb) => eb('lock_version', '+', 1) })
    .where('id', '=', id)
    .execute();
}

/** Written only if nobody saved since `lockVersion` was read; false on a lost race. */
export async function updateCitationIfUnchanged(
  trx: Trx,
  id: number,
  lockVersion: number,
  row: Updateable<Database['citation']>,
) {
  const result = await trx
    .updateTable('citation')
    .set((eb) => ({ ...row, updated_at: new Date(), lock_version: eb('lock_version', '+', 1) }))
    .where('id', '=', id)
    .where('lock_version', '=', lockVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteCitations(trx: Trx, ids: number[]) {
  if (ids.length > 0) await trx.deleteFrom('citation').where('id', 'in', ids).execute();
}

/**
 * Another citation of the report with this target and this quoted span (or, without a quote,
 * this target and no quote): the one a write would duplicate.
 */
export async function findSameCitation(
  trx: Trx,
  c: {
    report_id: number;
    law_id: number | null;
    law_version_id: number | null;
    article_id: number | null;
    quote_start: number | null;
    quote_end: number | null;
    quote_exact: string | null;
  },
  exceptId: number | null,
) {
  // A quote that lost its place is exempt: it waits for review and duplicates nothing on the page.
  if (c.quote_start === null && c.quote_exact !== null) return undefined;
  let q = trx
    .selectFrom('citation')
    .select('id')
    .where('report_id', '=', c.report_id)
    .where(sql<boolean>`law_id is not distinct from ${c.law_id}::int`)
    .where(sql<boolean>`law_version_id is not distinct from ${c.law_version_id}::int`)
    .where(sql<boolean>`article_id is not distinct from ${c.article_id}::int`);
  q =
    c.quote_start === null
      ? q.where('quote_exact', 'is', null)
      : q.where('quote_start', '=', c.quote_start).where('quote_end', '=', c.quote_end);
  if (exceptId !== null) q = q.where('id', '<>', exceptId);
  return q.executeTakeFirst();
}

export async function findCitationCore(trx: Trx, id: number) {
  return trx
    .selectFrom('citation')
    .innerJoin('report', 'report.id', 'citation.report_id')
    .select([
      'citation.id',
      'citation.report_id',
      'report.slug as report_slug',
      'report.excerpt',
      'citation.law_id',
      'citation.law_version_id',
      'citation.article_id',
      'citation.quote_exact',
      'citation.quote_prefix',
      'citation.quote_suffix',
      'citation.quote_start',
      'citation.quote_end',
      'citation.review_reason',
      'citation.lock_version',
    ])
    .where('citation.id', '=', id)
    .executeTakeFirst();
}

export async function setCitationStatus(trx: Trx, ids: number[], status: 'confirmed' | 'rejected', reviewerId: number) {
  return trx
    .updateTable('citation')
    .set((eb) => ({
      status,
      reviewer_id: reviewerId,
      reviewed_at: new Date(),
      updated_at: new Date(),
      lock_version: eb('lock_version', '+', 1),
    }))
    .where('id', 'in', ids)
    .returning(['id'])
    .execute();
}

export async function findReportExcerpt(trx: Trx, reportId: number) {
  return trx.selectFrom('report').select(['id', 'slug', 'excerpt']).where('id', '=', reportId).executeTakeFirst();
}

/** The spans other citations of the report hold for this target: an editor's quote goes to a free one. */
export async function listSpansOfTarget(
  trx: Trx,
  reportId: number,
  t: { law_id: number | null; law_version_id: number | null; article_id: number | null },
  exceptId: number | null,
) {
  let q = trx
    .selectFrom('citation')
    .select(['quote_start', 'quote_end'])
    .where('report_id', '=', reportId)
    .where('quote_start', 'is not', null)
    .where(sql<boolean>`law_id is not distinct from ${t.law_id}::int`)
    .where(sql<boolean>`law_version_id is not distinct from ${t.law_version_id}::int`)
    .where(sql<boolean>`article_id is not distinct from ${t.article_id}::int`);
  if (exceptId !== null) q = q.where('id', '<>', exceptId);
  return q.execute();
}

/** Serialises single-citation writes per report, so "is there already one like it?" stays true until commit. */
export async function lockReportCitations(trx: Trx, reportId: number) {
  await sql`select pg_advisory_xact_lock(${0x43495445}::int, ${reportId}::int)`.execute(trx);
}

/**
 * Citations of this run's reports to articles of `lawSlug` (the default law), skewed so that a few
 * articles are cited very often (like Art. 60 or 222 in reality) and most rarely.
 */
export const generatedClaimType = 'law_described';

export async function insertGeneratedCitations(trx: Trx, runId: string, perReport: number, lawSlug: string) {
  await sql`
    with targets as (
      select array_agg(a.id order by a.id) as ids, count(*)::int as n
      from article a
      join law_version v on v.id = a.law_version_id
      join law l on l.id = v.law_id
      where l.slug = ${lawSlug}
    ),
    picks as (
      select r.id as report_id, r.status = 'published' as published, r.sort_date, k,
        -- A skewed base per report, then evenly spaced strides so one report's picks differ.
        t.ids[1 + (floor(power(((r.id * 2654435761::bigint) % 1000003) / 1000003.0, 3) * t.n)::int
                   + (k - 1) * greatest(1, t.n / ${perReport}::int)) % t.n] as article_id
      -- targets joined once, not a subquery per row (the CTE would be inlined and aggregated again)
      from report r cross join targets t, generate_series(1, ${perReport}::int) as k
      where r.slug like ${`synthetic-${runId}-%`}
    )
    insert into citation (report_id, law_id, law_version_id, article_id, as_written, quote_exact, quote_start, quote_end,
                          claim_type, resolution, confidence, status, origin, report_published, report_sort_date)
    select distinct on (p.report_id, p.article_id)
      p.report_id, v.law_id, a.law_version_id, a.id, 'Article ' || a.number, null, null, null,
      ${generatedClaimType}, 'in_force_on_publication', 0.8, 'confirmed', 'import', p.published, p.sort_date
    from picks p
    join article a on a.id = p.article_id
    join law_version v on v.id = a.law_version_id
    -- One citation per report, target and (no) quote, as the unique index wants: distinct on
    -- above, and the reports are this run's own (no "on conflict", whose per-row checks cost).
  `.execute(trx);
}
