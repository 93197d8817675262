import type { Db } from '../../src/db/connect.ts';
import { type ImportDocumentInput, importDocument } from './import-document.ts';
import { unique } from './unique.ts';

type OutletInput = NonNullable<ImportDocumentInput['outlets']>[number];

export interface MadeOutlet {
  id: number;
  slug: string;
  name: string;
  path: string;
}

/** An outlet with a slug and name no other call shares. */
export async function makeOutlet(db: Db, overrides: Partial<OutletInput> = {}): Promise<MadeOutlet> {
  const u = unique();
  const slug = overrides.slug ?? `outlet-${u}`;
  await importDocument(db, { outlets: [{ slug, name: `Outlet ${u}`, ...overrides }] });
  const row = await db
    .selectFrom('outlet')
    .select(['id', 'slug', 'name'])
    .where('slug', '=', slug)
    .executeTakeFirstOrThrow();
  return { ...row, path: `/outlets/${row.slug}` };
}
