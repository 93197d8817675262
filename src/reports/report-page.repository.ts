import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Db } from '../db/connect.ts';
import type { DatePrecision } from '../db/tables/report-tables.ts';
import { reportPageColumns } from './reports.repository.ts';
import { penaltyColumns } from '../db/penalty-columns.ts';
import { limitLiteral } from '../db/limit-literal.ts';
import { reusableQuery } from '../db/reusable-query.ts';

/**
 * The report page's data in one round trip: the published report with its outlet, authors,
 * places, confirmed citations (with article, version, law and penalty ladder), other-language
 * editions, as nested JSON arrays, and the public data version it was read at.
 */
export async function findReportPageData(db: Db, slug: string) {
  const [row] = await reportPageQuery(db, { slug });
  return row;
}

const reportPageQuery = reusableQuery((db: Db, { slug }: { slug: string }) =>
  db
    .selectFrom('report')
    .innerJoin('outlet', 'outlet.id', 'report.outlet_id')
    .select((eb) => [
      ...reportPageColumns,
      jsonArrayFrom(
        eb
          .selectFrom('report_author')
          .innerJoin('author', 'author.id', 'report_author.author_id')
          .select(['author.name'])
          .whereRef('report_author.report_id', '=', 'report.id')
          .orderBy('report_author.position'),
      ).as('authors'),
      jsonArrayFrom(
        eb
          .selectFrom('report_place')
          .innerJoin('place', 'place.id', 'report_place.place_id')
          .leftJoin('place as parent', 'parent.id', 'place.parent_id')
          .select(['place.slug', 'place.name', 'place.name_ko', 'place.kind', 'parent.name as parent_name'])
          .whereRef('report_place.report_id', '=', 'report.id')
          .orderBy('place.parent_id', (ob) => ob.asc().nullsFirst())
          .orderBy('place.name'),
      ).as('places'),
      jsonArrayFrom(
        eb
          .selectFrom('citation')
          .leftJoin('law', 'law.id', 'citation.law_id')
          .leftJoin('law_version', 'law_version.id', 'citation.law_version_id')
          .leftJoin('article', 'article.id', 'citation.article_id')
          .leftJoin('article_lineage', 'article_lineage.id', 'article.lineage_id')
          .select((c) => [
            'citation.id',
            'citation.as_written',
            'citation.quote_exact',
            'citation.quote_start',
            'citation.quote_end',
            'citation.claim_type',
            'citation.reported_kind',
            'citation.reported_tier',
            'citation.reported_min_months',
            'citation.reported_max_months',
            'citation.resolution',
            'citation.confidence',
            'citation.article_id',
            'article.lineage_id',
            'law.slug as law_slug',
            'law.title as law_title',
            'law_version.slug as version_slug',
            'law_version.label as version_label',
            'article.number as article_number',
            'article.heading as article_heading',
            'article_lineage.offence_name',
            'article_lineage.offence_name_ko',
            // "The same offence" in any version: what the related reports are chosen by.
            sql<
              number[]
            >`coalesce((select array_agg(same.id) from article as same where same.lineage_id = article.lineage_id), '{}')`.as(
              'offence_article_ids',
            ),
            jsonArrayFrom(
              c
                .selectFrom('penalty')
                .select([...penaltyColumns])
                .whereRef('penalty.article_id', '=', 'citation.article_id')
                .orderBy('penalty.position'),
            ).as('penalties'),
          ])
          .whereRef('citation.report_id', '=', 'report.id')
          .where('citation.status', '=', 'confirmed')
          .orderBy('citation.quote_start', (ob) => ob.asc().nullsLast())
          .orderBy('citation.id'),
      ).as('citations'),
      jsonArrayFrom(
        eb
          .selectFrom('report as edition')
          .select(['edition.slug', 'edition.title', 'edition.language'])
          .where('edition.status', '=', 'published')
          .whereRef('edition.id', '<>', 'report.id')
          .where((e) =>
            e.or([
              e('edition.translation_of_id', '=', e.ref('report.id')),
              e('edition.id', '=', e.ref('report.translation_of_id')),
              e('edition.translation_of_id', '=', e.ref('report.translation_of_id')),
            ]),
          )
          .orderBy('edition.language'),
      ).as('editions'),
      // Read in the same statement, so what is memoised from this page is keyed by the version it saw.
      eb
        .selectFrom('public_data_version')
        .select('public_data_version.version')
        .where('public_data_version.singleton', '=', true)
        .as('data_version'),
    ])
    .where('report.slug', '=', slug)
    .where('report.status', '=', 'published'),
);

export type ReportPageCitation = NonNullable<Awaited<ReturnType<typeof findReportPageData>>>['citations'][number];

/** A report that cites the same offence, as the report page lists it. */
export interface RelatedReportRow {
  id: number;
  slug: string;
  title: string;
  language: string;
  published_on: string | null;
  date_precision: DatePrecision;
  outlet_slug: string;
  outlet_name: string;
}

/**
 * The `limit` newest published reports citing any of the articles, with their outlet: a keyset
 * range per article (an index-only scan of at most `limit` rows each) joined to the rows. One
 * statement text for any number of articles and the limit a literal (`limitLiteral`), so PostgreSQL
 * keeps one generic plan: a union of ranges with a text per count and a `$n` limit was planned
 * afresh on every request.
 */
export async function listReportsCitingArticles(db: Db, articleIds: number[], limit: number) {
  const literal = limitLiteral(limit);
  const { rows } = await sql<RelatedReportRow>`
    select r.id, r.slug, r.title, r.language, r.published_on, r.date_precision, o.slug as outlet_slug, o.name as outlet_name
      from (select distinct k.report_sort_date, k.report_id
              from unnest(${articleIds}::int[]) as a(id)
              cross join lateral (select report_sort_date, report_id from citation
                where article_id = a.id and status = 'confirmed' and report_published
                order by report_sort_date desc, report_id desc limit ${literal}) as k
             order by k.report_sort_date desc, k.report_id desc limit ${literal}) as k
      join report r on r.id = k.report_id and r.status = 'published'
      join outlet o on o.id = r.outlet_id
     order by k.report_sort_date desc, k.report_id desc`.execute(db);
  return rows;
}
