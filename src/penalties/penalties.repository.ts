import { sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import type { Db } from '../db/connect.ts';
import type { PenaltyKind } from '../db/tables/law-tables.ts';
import { penaltyColumns } from '../db/penalty-columns.ts';

/** Queries behind /penalties: articles by penalty kind, across every version of a law. */

export interface TermRange {
  /** exclusive lower bound of max_months; null for none */
  over: number | null;
  /** inclusive upper bound of max_months; null for none */
  upTo: number | null;
}

/**
 * Every article of the law (all laws when none is given) with its penalties of this kind (in the
 * term range, if any), and the tiers for which any penalty is recorded: an empty list with the
 * tier recorded means the article exists without that penalty, which is what tells "lost it"
 * apart from "not recorded" and "not known in that version".
 */
export async function listArticlesWithPenaltiesOfKind(
  db: Db,
  kind: PenaltyKind,
  lawSlug: string | null,
  range: TermRange | null,
) {
  return db
    .selectFrom('article')
    .innerJoin('law_version', 'law_version.id', 'article.law_version_id')
    .innerJoin('law', 'law.id', 'law_version.law_id')
    .leftJoin('article_lineage', 'article_lineage.id', 'article.lineage_id')
    .select((eb) => [
      'law.slug as law_slug',
      'law.title as law_title',
      'law_version.id as version_id',
      'law_version.slug as version_slug',
      'law_version.label as version_label',
      'law_version.in_force_from',
      'article.id',
      'article.number',
      'article.heading',
      'article_lineage.slug as lineage_slug',
      'article_lineage.offence_name',
      sql<string[]>`array(select distinct p.tier::text from penalty p where p.article_id = article.id order by 1)`.as(
        'recorded_tiers',
      ),
      jsonArrayFrom(
        eb
          .selectFrom('penalty')
          .select([...penaltyColumns])
          .whereRef('penalty.article_id', '=', 'article.id')
          .where('penalty.kind', '=', kind)
          .$if(range?.over != null, (qb) => qb.where('penalty.max_months', '>', range!.over!))
          .$if(range?.upTo != null, (qb) => qb.where('penalty.max_months', '<=', range!.upTo!))
          .$if(range !== null && range.upTo === null, (qb) => qb.where('penalty.max_months', 'is not', null))
          .orderBy('penalty.position'),
      ).as('penalties'),
    ])
    .$if(lawSlug !== null, (qb) => qb.where('law.slug', '=', lawSlug!))
    .orderBy('law.title')
    .orderBy('law_version.in_force_from', (ob) => ob.asc().nullsLast())
    .orderBy('law_version.id')
    .orderBy('article.sort_key')
    .execute();
}

/** How many articles carry each penalty kind, for the /penalties index. */
export async function countArticlesByPenaltyKind(db: Db) {
  return db
    .selectFrom('penalty')
    .select((eb) => ['penalty.kind', eb.fn.count<number>('penalty.article_id').distinct().as('articles')])
    .groupBy('penalty.kind')
    .orderBy('penalty.kind')
    .execute();
}

/** Stated lineage steps of the law's versions (all laws when none is given): which offence is new or repealed where. */
export async function listLineageStepsOfLaws(db: Db, lawSlug: string | null) {
  return db
    .selectFrom('article_lineage_step')
    .innerJoin('article_lineage', 'article_lineage.id', 'article_lineage_step.lineage_id')
    .innerJoin('law', 'law.id', 'article_lineage.law_id')
    .select([
      'law.slug as law_slug',
      'article_lineage_step.to_version_id as version_id',
      'article_lineage.slug as lineage_slug',
      'article_lineage_step.relation',
    ])
    .where('article_lineage_step.relation', 'in', ['new', 'repealed'])
    .$if(lawSlug !== null, (qb) => qb.where('law.slug', '=', lawSlug!))
    .execute();
}
