import { type Insertable, type Kysely, sql } from 'kysely';
import type { Database } from '../db/database.ts';

type Q = Kysely<Database>;

export async function insertSource(db: Q, row: Insertable<Database['source']>) {
  return db.insertInto('source').values(row).returning('id').executeTakeFirstOrThrow();
}

/** Sources for the admin list, with what each has seen; a handful of rows, so counted per row. */
export async function listSources(db: Q) {
  return db
    .selectFrom('source')
    .innerJoin('outlet', 'outlet.id', 'source.outlet_id')
    .select([
      'source.id',
      'source.feed_url',
      'source.given_url',
      'source.default_language',
      'source.poll_interval_minutes',
      'source.paused',
      'source.last_polled_at',
      'source.last_outcome',
      'source.next_poll_at',
      'source.lease_until',
      'outlet.name as outlet_name',
      'outlet.slug as outlet_slug',
      (eb) =>
        eb
          .selectFrom('fetched_item')
          .select(eb.fn.countAll<number>().as('n'))
          .whereRef('fetched_item.source_id', '=', 'source.id')
          .as('items_seen'),
      (eb) =>
        eb
          .selectFrom('source_error')
          .select(eb.fn.countAll<number>().as('n'))
          .whereRef('source_error.source_id', '=', 'source.id')
          .as('errors'),
    ])
    .orderBy('source.id')
    .execute();
}

export async function findSource(db: Q, id: number) {
  return db
    .selectFrom('source')
    .innerJoin('outlet', 'outlet.id', 'source.outlet_id')
    .select([
      'source.id',
      'source.feed_url',
      'source.default_language',
      'source.poll_interval_minutes',
      'source.paused',
      'source.etag',
      'source.last_modified',
      'outlet.slug as outlet_slug',
    ])
    .where('source.id', '=', id)
    .executeTakeFirst();
}

export async function listSourceErrors(db: Q, sourceIds: number[], perSource: number) {
  if (sourceIds.length === 0) return [];
  return db
    .selectFrom((eb) =>
      eb
        .selectFrom('source_error')
        .select([
          'source_id',
          'url',
          'reason',
          'occurred_at',
          sql<number>`row_number() over (partition by source_id order by id desc)`.as('rank'),
        ])
        .where('source_id', 'in', sourceIds)
        .as('e'),
    )
    .select(['e.source_id', 'e.url', 'e.reason', 'e.occurred_at'])
    .where('e.rank', '<=', perSource)
    .orderBy('e.source_id')
    .orderBy('e.occurred_at', 'desc')
    .execute();
}

export async function setPaused(db: Q, id: number, paused: boolean) {
  return (await db.updateTable('source').set({ paused }).where('id', '=', id).executeTakeFirst()).numUpdatedRows > 0n;
}

export async function markDue(db: Q, id: number) {
  return (
    (await db.updateTable('source').set({ next_poll_at: sql`now()` }).where('id', '=', id).executeTakeFirst())
      .numUpdatedRows > 0n
  );
}

/** Unpaused sources whose time has come and that no poll holds. */
export async function listDueSourceIds(db: Q) {
  return (
    await db
      .selectFrom('source')
      .select('id')
      .where('paused', '=', false)
      .where('next_poll_at', '<=', sql<Date>`now()`)
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', sql<Date>`now()`)]))
      .orderBy('next_poll_at')
      .execute()
  ).map((r) => r.id);
}

/**
 * Takes a due source for one poll, atomically: of two processes (or two queue jobs) asking at
 * once, one gets the row and the other nothing. The lease lapses by itself if the poller dies.
 */
export async function claimSource(db: Q, id: number, leaseSeconds: number) {
  return db
    .updateTable('source')
    .set({ lease_until: sql`now() + make_interval(secs => ${leaseSeconds})` })
    .where('id', '=', id)
    .where('paused', '=', false)
    .where('next_poll_at', '<=', sql<Date>`now()`)
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', sql<Date>`now()`)]))
    .returning('id')
    .executeTakeFirst();
}

export async function releaseSource(
  db: Q,
  id: number,
  done: { etag: string | null; lastModified: string | null; outcome: string },
) {
  await db
    .updateTable('source')
    .set({
      lease_until: null,
      last_polled_at: sql`now()`,
      next_poll_at: sql`now() + make_interval(mins => poll_interval_minutes)`,
      etag: done.etag,
      last_modified: done.lastModified,
      last_outcome: done.outcome.slice(0, 1000),
    })
    .where('id', '=', id)
    .execute();
}
