import type { Db } from '../db/connect.ts';

export async function insertUpload(db: Db, row: { id: string; user_id: number; names: string[]; contents: Buffer[] }) {
  await db.insertInto('import_upload').values(row).execute();
}

export async function findUpload(db: Db, id: string, userId: number) {
  return db
    .selectFrom('import_upload')
    .select(['id', 'names', 'contents'])
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .executeTakeFirst();
}

export async function deleteUpload(db: Db, id: string) {
  await db.deleteFrom('import_upload').where('id', '=', id).execute();
}

/** Uploads nobody confirmed within a day are dropped. */
export async function deleteStaleUploads(db: Db, before: Date) {
  await db.deleteFrom('import_upload').where('created_at', '<', before).execute();
}
