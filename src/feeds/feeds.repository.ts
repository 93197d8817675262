import { type RawBuilder, sql } from 'kysely';
import type { Db } from '../db/connect.ts';

/**
 * Citation feeds: the newest confirmed citations (by when they were confirmed) of published
 * reports. Each range reads citation_*_confirmed_at_idx (migration create_citation_feed_indexes).
 */
export interface CitationFeedRow {
  id: number;
  confirmed_at: Date;
  updated_at: Date;
  as_written: string;
  quote_exact: string | null;
  claim_type: string;
  report_id: number;
  report_slug: string;
  report_title: string;
  report_url: string | null;
  report_language: string;
  published_on: string | null;
  date_precision: string;
  outlet_name: string;
  law_title: string | null;
  version_slug: string | null;
  article_number: string | null;
}

const confirmedAt = sql`coalesce(reviewed_at, created_at)`;

function publicRange(column: 'article_id' | 'law_id', id: number, limit: number): RawBuilder<unknown> {
  return sql`(select id, ${confirmedAt} as confirmed_at from citation
    where ${sql.ref(column)} = ${id} and status = 'confirmed' and report_published
    order by ${confirmedAt} desc, id desc limit ${limit})`;
}

async function selectCitationFeed(db: Db, ranges: RawBuilder<unknown>[], limit: number): Promise<CitationFeedRow[]> {
  const { rows } = await sql<CitationFeedRow>`
    select c.id, k.confirmed_at, greatest(c.updated_at, r.updated_at) as updated_at, c.as_written, c.quote_exact,
      c.claim_type, r.id as report_id, r.slug as report_slug, r.title as report_title, r.url as report_url,
      r.language as report_language, r.published_on, r.date_precision, o.name as outlet_name,
      l.title as law_title, v.slug as version_slug, a.number as article_number
    from (${sql.join(ranges, sql` union all `)}) as k
    join citation c on c.id = k.id
    join report r on r.id = c.report_id
    join outlet o on o.id = r.outlet_id
    left join law l on l.id = c.law_id
    left join law_version v on v.id = c.law_version_id
    left join article a on a.id = c.article_id
    order by k.confirmed_at desc, c.id desc
    limit ${limit}`.execute(db);
  return rows;
}

/** Newest confirmed citations of any of the articles (an offence's lineage): one range each, merged. */
export async function listNewestCitationsOfArticles(db: Db, articleIds: number[], limit: number) {
  if (articleIds.length === 0) return [];
  return selectCitationFeed(
    db,
    articleIds.map((id) => publicRange('article_id', id, limit)),
    limit,
  );
}

/** Newest confirmed citations of any article (or none) of one law. */
export async function listNewestCitationsOfLaw(db: Db, lawId: number, limit: number) {
  return selectCitationFeed(db, [publicRange('law_id', lawId, limit)], limit);
}
