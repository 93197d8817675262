import type { Db } from '../../src/db/connect.ts';
import { type ImportDocumentInput, importDocument } from './import-document.ts';
import { unique } from './unique.ts';

type PlaceInput = NonNullable<ImportDocumentInput['places']>[number];

export interface MadePlace {
  id: number;
  slug: string;
  name: string;
  path: string;
}

async function readPlace(db: Db, slug: string): Promise<MadePlace> {
  const row = await db
    .selectFrom('place')
    .select(['id', 'slug', 'name'])
    .where('slug', '=', slug)
    .executeTakeFirstOrThrow();
  return { ...row, path: `/places/${row.slug}` };
}

/** One place (a county unless `kind` says otherwise), under `parent` when given. */
export async function makePlace(
  db: Db,
  overrides: Partial<Omit<PlaceInput, 'parent'>> & { parent?: { slug: string } } = {},
): Promise<MadePlace> {
  const u = unique();
  const { parent, ...fields } = overrides;
  const slug = fields.slug ?? `place-${u}`;
  await importDocument(db, {
    places: [{ slug, name: `Place ${u}`, kind: 'county', parent: parent?.slug ?? null, ...fields }],
  });
  return readPlace(db, slug);
}

/** Province → county → town, each under the one before: a report filed under the town is in all three. */
export async function makePlaceHierarchy(
  db: Db,
  names: { province?: string; county?: string; town?: string } = {},
): Promise<{ province: MadePlace; county: MadePlace; town: MadePlace }> {
  const u = unique();
  const slugs = { province: `province-${u}`, county: `county-${u}`, town: `town-${u}` };
  await importDocument(db, {
    places: [
      { slug: slugs.province, name: names.province ?? `Province ${u}`, kind: 'province', parent: null },
      { slug: slugs.county, name: names.county ?? `County ${u}`, kind: 'county', parent: slugs.province },
      { slug: slugs.town, name: names.town ?? `Town ${u}`, kind: 'town', parent: slugs.county },
    ],
  });
  return {
    province: await readPlace(db, slugs.province),
    county: await readPlace(db, slugs.county),
    town: await readPlace(db, slugs.town),
  };
}
