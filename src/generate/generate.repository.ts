import { type Transaction, sql } from 'kysely';
import type { Db } from '../db/connect.ts';
import type { Database } from '../db/database.ts';

/** Bulk synthetic data, generated inside PostgreSQL (one statement per table, not per row). */
type Trx = Transaction<Database>;

export async function upsertSyntheticOutlet(trx: Trx) {
  return trx
    .insertInto('outlet')
    .values({ slug: 'synthetic-wire', name: 'Synthetic Wire (generated test data)', is_synthetic: true })
    .onConflict((oc) => oc.constraint('outlet_slug_key').doUpdateSet({ is_synthetic: true }))
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** N published reports spread over 2000–2025, slugs prefixed with the run's id. */
export async function insertSyntheticReports(trx: Trx, outletId: number, runId: string, count: number) {
  await sql`
    insert into report (slug, outlet_id, title, url, language, published_on, date_precision, source_type, status, summary, excerpt)
    select
      ${`synthetic-${runId}-`} || g,
      ${outletId},
      'Synthetic report ' || g || ' on ' || (array['border crossing', 'phone calls abroad', 'smuggling', 'foreign films', 'drug trafficking', 'state subversion'])[1 + g % 6],
      null,
      case when g % 5 = 0 then 'ko' else 'en' end,
      date '2000-01-01' + ((g * 7919) % 9131),
      'day',
      'synthetic',
      'published',
      'Generated for tests and benchmarks; not a real report.',
      'A generated passage citing Article ' || (60 + g % 170) || ' of the Criminal Code for benchmark purposes.'
    from generate_series(1, ${count}::int) as g
  `.execute(trx);
}

/**
 * Citations of this run's reports to Criminal Code articles, skewed so that a few articles are
 * cited very often (like Art. 60 or 222 in reality) and most rarely.
 */
export async function insertSyntheticCitations(trx: Trx, runId: string, perReport: number) {
  await sql`
    with targets as (
      select array_agg(a.id order by a.id) as ids, count(*)::int as n
      from article a
      join law_version v on v.id = a.law_version_id
      join law l on l.id = v.law_id
      where l.slug = 'kp-criminal-code'
    ),
    picks as (
      select r.id as report_id, k,
        -- A skewed base per report, then evenly spaced strides so one report's picks differ.
        (select ids[1 + (floor(power(((r.id * 2654435761::bigint) % 1000003) / 1000003.0, 3) * n)::int
                         + (k - 1) * greatest(1, n / ${perReport}::int)) % n] from targets) as article_id
      from report r, generate_series(1, ${perReport}::int) as k
      where r.slug like ${`synthetic-${runId}-%`}
    )
    insert into citation (report_id, law_id, law_version_id, article_id, as_written, quote_exact, quote_start, quote_end,
                          claim_type, resolution, confidence, status, origin)
    select distinct on (p.report_id, p.article_id)
      p.report_id, v.law_id, a.law_version_id, a.id, 'Article ' || a.number, null, null, null,
      'law_described', 'in_force_on_publication', 0.8, 'confirmed', 'import'
    from picks p
    join article a on a.id = p.article_id
    join law_version v on v.id = a.law_version_id
  `.execute(trx);
}

export async function countRunRows(trx: Trx, runId: string) {
  return trx
    .selectFrom('report')
    .select((eb) => [
      eb.fn.countAll<number>().as('reports'),
      eb.selectFrom('citation').innerJoin('report as r2', 'r2.id', 'citation.report_id').select(eb.fn.countAll<number>().as('n')).where('r2.slug', 'like', `synthetic-${runId}-%`).as('citations'),
    ])
    .where('report.slug', 'like', `synthetic-${runId}-%`)
    .executeTakeFirstOrThrow();
}

/** Fresh statistics and visibility map, so index-only scans stay index-only on the new rows. */
export async function vacuumAnalyzeTables(db: Db) {
  await sql`vacuum analyze report, citation, report_place`.execute(db);
}
