import { randomBytes } from 'node:crypto';
import type { Insertable } from 'kysely';
import type { Db } from '../../src/db/connect.ts';
import type { Database } from '../../src/db/database.ts';

/** Factories with unique values: each call makes rows no other test shares. */
const unique = () => randomBytes(4).toString('hex');

export async function insertOutlet(db: Db, overrides: Partial<Insertable<Database['outlet']>> = {}) {
  const u = unique();
  return db
    .insertInto('outlet')
    .values({ slug: `outlet-${u}`, name: `Outlet ${u}`, ...overrides })
    .returning(['id', 'slug', 'name'])
    .executeTakeFirstOrThrow();
}

export async function insertReport(db: Db, overrides: Partial<Insertable<Database['report']>> & { outlet_id: number }) {
  const u = unique();
  return db
    .insertInto('report')
    .values({
      slug: `report-${u}`,
      title: `Report ${u}`,
      language: 'en',
      published_on: '2020-05-01',
      date_precision: 'day',
      source_type: 'press',
      status: 'published',
      ...overrides,
    })
    .returning(['id', 'slug', 'title'])
    .executeTakeFirstOrThrow();
}

export async function findArticleId(db: Db, law: string, version: string, number: string) {
  const row = await db
    .selectFrom('article')
    .innerJoin('law_version', 'law_version.id', 'article.law_version_id')
    .innerJoin('law', 'law.id', 'law_version.law_id')
    .select(['article.id', 'law.id as law_id', 'law_version.id as version_id'])
    .where('law.slug', '=', law)
    .where('law_version.slug', '=', version)
    .where('article.number', '=', number)
    .executeTakeFirstOrThrow();
  return row;
}

export async function insertCitation(
  db: Db,
  overrides: Partial<Insertable<Database['citation']>> & {
    report_id: number;
    article: { id: number; law_id: number; version_id: number };
  },
) {
  const { article, ...rest } = overrides;
  return db
    .insertInto('citation')
    .values({
      law_id: article.law_id,
      law_version_id: article.version_id,
      article_id: article.id,
      as_written: 'Article 222',
      claim_type: 'law_described',
      resolution: 'stated_version',
      confidence: 0.9,
      status: 'confirmed',
      origin: 'manual',
      ...rest,
    })
    .returning(['id'])
    .executeTakeFirstOrThrow();
}

export async function insertPlace(db: Db, overrides: Partial<Insertable<Database['place']>> = {}) {
  const u = unique();
  return db
    .insertInto('place')
    .values({ slug: `place-${u}`, name: `Place ${u}`, kind: 'county', ...overrides })
    .returning(['id', 'slug', 'name'])
    .executeTakeFirstOrThrow();
}
