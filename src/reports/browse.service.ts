import type { Db } from '../db/connect.ts';
import { outletFeedLinks, placeFeedLinks, reportsListOutputs } from '../http/page-links.ts';
import { NotFoundError } from '../http/errors.ts';
import { urls } from '../http/urls.ts';
import * as browse from './browse.repository.ts';
import { listReports } from './reports.service.ts';

export interface ReportsQuery {
  outlet?: string | undefined;
  place?: string | undefined;
  law?: string | undefined;
  year?: number | undefined;
  after?: string | undefined;
}

/** /reports: filters resolved to ids in one query; an unknown slug matches nothing, not everything. */
export async function getReportsPage(db: Db, q: ReportsQuery) {
  const ids = await browse.findFilterIds(db, q);
  const unknown = (q.outlet && !ids.outlet_id) || (q.place && !ids.place_id) || (q.law && !ids.law_id);
  const filters = { outletId: ids.outlet_id, placeId: ids.place_id, lawId: ids.law_id, year: q.year ?? null };
  const [page, outlets, places, laws, years] = await Promise.all([
    unknown ? Promise.resolve({ reports: [], nextCursor: null }) : listReports(db, filters, q.after),
    browse.listPublishedOutletOptions(db),
    browse.listPlaceOptions(db),
    browse.listLawOptions(db),
    browse.findYearRange(db),
  ]);
  const first = years.first ? Number(String(years.first).slice(0, 4)) : null;
  const last = years.last ? Number(String(years.last).slice(0, 4)) : null;
  const filterState = { outlet: q.outlet, place: q.place, law: q.law, year: q.year };
  return {
    ...page,
    filters: filterState,
    isFiltered: Boolean(q.outlet || q.place || q.law || q.year),
    nextUrl: page.nextCursor ? urls.reports({ ...filterState, after: page.nextCursor }) : null,
    firstUrl: q.after ? urls.reports(filterState) : null,
    ...reportsListOutputs(filterState),
    options: {
      outlets,
      places: places.map((p) => ({ slug: p.slug, name: p.parent_name ? `${p.name} (${p.parent_name})` : p.name })),
      laws,
      years: first && last ? Array.from({ length: last - first + 1 }, (_, i) => last - i) : [],
    },
  };
}

export async function getOutletPage(db: Db, slug: string, after: string | undefined) {
  const outlet = await browse.findOutlet(db, slug);
  if (!outlet) throw new NotFoundError(`There is no outlet "${slug}".`);
  const page = await listReports(db, { outletId: outlet.id }, after);
  return {
    outlet: {
      slug: outlet.slug,
      name: outlet.name,
      website: outlet.url,
      country: outlet.country,
      synthetic: outlet.is_synthetic,
      url: urls.outlet(outlet.slug),
    },
    ...page,
    nextUrl: page.nextCursor ? `${urls.outlet(outlet.slug)}?after=${page.nextCursor}` : null,
    ...outletFeedLinks(outlet.slug, outlet.name),
  };
}

export async function getPlacePage(db: Db, slug: string, after: string | undefined) {
  const place = await browse.findPlace(db, slug);
  if (!place) throw new NotFoundError(`There is no place "${slug}".`);
  const [subPlaces, page] = await Promise.all([
    browse.listSubPlaces(db, place.id),
    listReports(db, { placeId: place.id }, after),
  ]);
  return {
    place: {
      slug: place.slug,
      name: place.name,
      nameKo: place.name_ko,
      kind: place.kind,
      url: urls.place(place.slug),
      parent: place.parent_slug ? { name: place.parent_name, url: urls.place(place.parent_slug) } : null,
    },
    subPlaces: subPlaces.map((p) => ({ name: p.name, nameKo: p.name_ko, kind: p.kind, url: urls.place(p.slug) })),
    ...page,
    nextUrl: page.nextCursor ? `${urls.place(place.slug)}?after=${page.nextCursor}` : null,
    ...placeFeedLinks(place.slug, place.name),
  };
}

/** Laws and outlets as the admin forms' select options offer them. */
export const lawOptions = (db: Db) => browse.listLawOptions(db);
export const outletOptions = (db: Db) => browse.listOutletOptions(db);
