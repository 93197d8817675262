import type { Db } from './connect.ts';

/** The counter that moves with every change to reports or citations (one-row primary-key read). */
export async function readPublicDataVersion(db: Db): Promise<number> {
  const row = await db
    .selectFrom('public_data_version')
    .select('version')
    .where('singleton', '=', true)
    .executeTakeFirstOrThrow();
  return Number(row.version);
}
