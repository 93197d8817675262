import type { Insertable, Transaction, Updateable } from 'kysely';
import type { Database } from '../db/database.ts';

/** Queries of the law writer for jurisdictions and the names they go by, by natural key (the code). */
type Trx = Transaction<Database>;

export async function findJurisdictionByCode(trx: Trx, code: string) {
  return trx
    .selectFrom('jurisdiction')
    .select(['id', 'code', 'name', 'name_ko'])
    .where('code', '=', code)
    .executeTakeFirst();
}

export async function insertJurisdiction(trx: Trx, row: Insertable<Database['jurisdiction']>) {
  return trx.insertInto('jurisdiction').values(row).returning('id').executeTakeFirstOrThrow();
}

export async function updateJurisdiction(trx: Trx, id: number, row: Updateable<Database['jurisdiction']>) {
  await trx.updateTable('jurisdiction').set(row).where('id', '=', id).execute();
}

export async function listJurisdictionAliases(trx: Trx, jurisdictionId: number) {
  return trx
    .selectFrom('jurisdiction_alias')
    .select(['id', 'name', 'lang'])
    .where('jurisdiction_id', '=', jurisdictionId)
    .orderBy('id')
    .execute();
}

export async function insertJurisdictionAliases(trx: Trx, rows: Insertable<Database['jurisdiction_alias']>[]) {
  await trx.insertInto('jurisdiction_alias').values(rows).execute();
}

export async function deleteJurisdictionAliases(trx: Trx, ids: number[]) {
  await trx.deleteFrom('jurisdiction_alias').where('id', 'in', ids).execute();
}
