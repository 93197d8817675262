import { type Kysely, sql } from 'kysely';

// Databases created before law.is_default existed: a jurisdiction holding exactly one law of kind
// 'code' gets that code as its default law, which is what the extractor assumed until now.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    update law set is_default = true
    where kind = 'code'
      and jurisdiction_id in (select jurisdiction_id from law where kind = 'code' group by jurisdiction_id having count(*) = 1)
      and jurisdiction_id not in (select jurisdiction_id from law where is_default)`.execute(db);
}

export async function down(_db: Kysely<any>): Promise<void> {}
