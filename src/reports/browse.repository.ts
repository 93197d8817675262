import { sql } from 'kysely';
import type { Db } from '../db/connect.ts';

/** Lookups behind the report filters, outlet pages and place pages. */

export async function findFilterIds(db: Db, slugs: { outlet?: string; place?: string; law?: string }) {
  return db
    .selectNoFrom((eb) => [
      eb
        .selectFrom('outlet')
        .select('id')
        .where('slug', '=', slugs.outlet ?? '')
        .as('outlet_id'),
      eb
        .selectFrom('place')
        .select('id')
        .where('slug', '=', slugs.place ?? '')
        .as('place_id'),
      eb
        .selectFrom('law')
        .select('id')
        .where('slug', '=', slugs.law ?? '')
        .as('law_id'),
    ])
    .executeTakeFirstOrThrow();
}

/** Every outlet, for the admin forms. */
export async function listOutletOptions(db: Db) {
  return db.selectFrom('outlet').select(['slug', 'name']).where('is_synthetic', '=', false).orderBy('name').execute();
}

/** The public filter menu: only outlets with a published report, so a draft's new outlet stays unseen. */
export async function listPublishedOutletOptions(db: Db) {
  return db
    .selectFrom('outlet')
    .select(['outlet.slug', 'outlet.name'])
    .where('outlet.is_synthetic', '=', false)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('report')
          .select('report.id')
          .whereRef('report.outlet_id', '=', 'outlet.id')
          .where('report.status', '=', 'published'),
      ),
    )
    .orderBy('outlet.name')
    .execute();
}

export async function listPlaceOptions(db: Db) {
  return db
    .selectFrom('place')
    .leftJoin('place as parent', 'parent.id', 'place.parent_id')
    .select(['place.slug', 'place.name', 'parent.name as parent_name'])
    .orderBy(sql`coalesce(parent.name, place.name)`)
    .orderBy('place.parent_id', (ob) => ob.asc().nullsFirst())
    .orderBy('place.name')
    .execute();
}

export async function listLawOptions(db: Db) {
  return db.selectFrom('law').select(['slug', 'title']).orderBy('title').execute();
}

/** First and last publication year of published reports: two index probes, not a scan. */
export async function findYearRange(db: Db) {
  return db
    .selectFrom('report')
    .select((eb) => [eb.fn.min('sort_date').as('first'), eb.fn.max('sort_date').as('last')])
    .where('status', '=', 'published')
    .where('sort_date', '>', '0001-01-01')
    .executeTakeFirstOrThrow();
}

export async function findOutlet(db: Db, slug: string) {
  return db
    .selectFrom('outlet')
    .select(['id', 'slug', 'name', 'url', 'country', 'is_synthetic'])
    .where('slug', '=', slug)
    .executeTakeFirst();
}

export async function findPlace(db: Db, slug: string) {
  return db
    .selectFrom('place')
    .leftJoin('place as parent', 'parent.id', 'place.parent_id')
    .select([
      'place.id',
      'place.slug',
      'place.name',
      'place.name_ko',
      'place.kind',
      'parent.slug as parent_slug',
      'parent.name as parent_name',
    ])
    .where('place.slug', '=', slug)
    .executeTakeFirst();
}

export async function listSubPlaces(db: Db, placeId: number) {
  return db
    .selectFrom('place')
    .select(['slug', 'name', 'name_ko', 'kind'])
    .where('parent_id', '=', placeId)
    .orderBy('name')
    .execute();
}
