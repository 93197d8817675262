import { type Kysely, sql } from 'kysely';

// Atom feeds list an article's (or a law's) newest *confirmed* citations: ordered by when each was
// confirmed (reviewed_at, or created_at for citations imported as confirmed), not by the report's
// date, so a newly confirmed citation of an old report still reaches subscribers. Feeds are polled
// often; these ranges let each poll read 50 index entries instead of sorting every public citation
// of the law (300,000 with the synthetic data set).
export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create index citation_article_confirmed_at_idx on citation (article_id, (coalesce(reviewed_at, created_at)) desc, id desc)
    where status = 'confirmed' and report_published`.execute(db);
  await sql`
    create index citation_law_confirmed_at_idx on citation (law_id, (coalesce(reviewed_at, created_at)) desc, id desc)
    where status = 'confirmed' and report_published`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index citation_law_confirmed_at_idx`.execute(db);
  await sql`drop index citation_article_confirmed_at_idx`.execute(db);
}
