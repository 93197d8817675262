import { type Insertable, type Transaction, sql } from 'kysely';
import type { Database } from '../db/database.ts';

type Trx = Transaction<Database>;

export async function insertReportSource(trx: Trx, row: Insertable<Database['report_source']>) {
  await trx.insertInto('report_source').values(row).execute();
}

/** A stored report with this text (normalised), whatever URL it came from. */
export async function findReportByNormalizedHash(trx: Trx, hash: string) {
  return trx
    .selectFrom('report_source')
    .innerJoin('report', 'report.id', 'report_source.report_id')
    .select(['report.id', 'report.slug'])
    .where('report_source.normalized_hash', '=', hash)
    .executeTakeFirst();
}

/** The stored report, if any, whose page names this URL as another-language edition of itself. */
export async function findReportListingAlternate(trx: Trx, url: string) {
  return trx
    .selectFrom('report_source')
    .innerJoin('report', 'report.id', 'report_source.report_id')
    .select(['report.id', 'report.slug'])
    .where(sql<boolean>`report_source.alternate_urls @> array[${url}]::text[]`)
    .executeTakeFirst();
}
