import { sql } from 'kysely';
import pino from 'pino';
import { type Db, createPostgresKysely } from '../../src/db/connect.ts';
import { LocalPollScheduler, QueuePollScheduler } from '../../src/ingest/poll-scheduler.ts';
import { Fetcher } from '../../src/ingest/safe-fetch.ts';
import { claimSource, insertSource } from '../../src/ingest/sources.repository.ts';
import { pollSource } from '../../src/ingest/sources.service.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';
import { type FixtureSite, startFixtureSite } from './fixture-site.ts';

const logger = pino({ level: 'silent' });
const fetcher = () =>
  new Fetcher({ allowPrivate: true, timeoutMs: 2000, maxBytes: 5 * 1024 * 1024, publicUrl: null, hostIntervalMs: 5 });
let tdb: TestDatabase;
let site: FixtureSite;
beforeAll(async () => {
  tdb = await createTestDatabase({ seeded: true });
  site = await startFixtureSite();
});
afterAll(async () => {
  await site.close();
  await tdb.drop();
});

async function addSource(path: string) {
  const outlet = await tdb.db
    .selectFrom('outlet')
    .select('id')
    .where('slug', '=', 'daily-nk')
    .executeTakeFirstOrThrow();
  return (
    await insertSource(tdb.db, {
      feed_url: `${site.origin}${path}`,
      given_url: `${site.origin}${path}`,
      outlet_id: outlet.id,
      default_language: 'en',
      poll_interval_minutes: 60,
    })
  ).id;
}

async function waitFor(check: () => Promise<boolean>, ms = 20_000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 100));
  }
}

const source = (id: number) =>
  tdb.db
    .selectFrom('source')
    .select(['last_polled_at', 'lease_until', 'last_outcome', 'next_poll_at'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();

describe('two app processes on one PostgreSQL', () => {
  it('poll a due source once: two pg-boss workers with their own pools, both ticking', async () => {
    const id = await addSource('/feed.xml');
    const pools: Db[] = [createPostgresKysely(tdb.url, 3), createPostgresKysely(tdb.url, 3)];
    const schedulers = pools.map(
      (db) => new QueuePollScheduler(db, fetcher(), logger, 60_000, tdb.url, { workerPollSeconds: 0.5 }),
    );
    try {
      await Promise.all(schedulers.map((s) => s.start()));
      await waitFor(async () => (await source(id)).last_polled_at !== null);
      // More ticks from both: the source is no longer due, so nothing is sent or fetched again.
      for (const s of schedulers) s.wake();
      await Promise.all(schedulers.map((s) => s.settled()));
      await new Promise((r) => setTimeout(r, 1500));
    } finally {
      await Promise.all(schedulers.map((s) => s.stop()));
      await Promise.all(pools.map((db) => db.destroy()));
    }
    expect(site.hits.get('/feed.xml')).toBe(1);
    const polled = await source(id);
    expect(polled.last_outcome).toBe('3 new draft reports, 3 suggested citations, 0 known');
    expect(polled.lease_until).toBeNull();
    expect(polled.next_poll_at.getTime()).toBeGreaterThan(Date.now() + 59 * 60_000);
    const items = await tdb.db.selectFrom('fetched_item').select(['outcome']).where('source_id', '=', id).execute();
    expect(items.map((i) => i.outcome)).toEqual(['new', 'new', 'new']);
  }, 60_000);

  it('lets only one of two simultaneous polls take the source; the other does nothing', async () => {
    const id = await addSource('/atom.xml');
    const pools = [createPostgresKysely(tdb.url, 2), createPostgresKysely(tdb.url, 2)];
    const fetchers = [fetcher(), fetcher()];
    const before = site.hits.get('/atom.xml') ?? 0;
    try {
      const outcomes = await Promise.all(pools.map((db, i) => pollSource(db, fetchers[i]!, id)));
      expect(outcomes.filter((o) => o !== null)).toHaveLength(1);
      expect(site.hits.get('/atom.xml')).toBe(before + 1);
      // Due again: the feed's ETag comes back, and the site answers 304.
      await sql`update source set next_poll_at = now() where id = ${id}`.execute(tdb.db);
      expect(await pollSource(pools[0]!, fetchers[0]!, id)).toBe('feed not modified since the last poll');
    } finally {
      await Promise.all(fetchers.map((f) => f.close()));
      await Promise.all(pools.map((db) => db.destroy()));
    }
  }, 30_000);
});

describe('a poller that dies mid-poll', () => {
  it('holds the source until its lease lapses; then the next poll takes it over', async () => {
    const id = await addSource('/undated.xml');
    expect(await claimSource(tdb.db, id, 600)).toBeDefined();
    const f = fetcher();
    try {
      // The claim above stands for a process that crashed before releasing the source.
      expect(await pollSource(tdb.db, f, id)).toBeNull();
      await sql`update source set lease_until = now() - interval '1 second' where id = ${id}`.execute(tdb.db);
      expect(await pollSource(tdb.db, f, id)).toBe('1 new draft report, 1 suggested citation, 0 known');
    } finally {
      await f.close();
    }
  });
});

describe('the in-process scheduler (embedded PGlite)', () => {
  it("polls a due source and records each bad item in the source's error list", async () => {
    const id = await addSource('/bad-feed.xml');
    const scheduler = new LocalPollScheduler(tdb.db, fetcher(), logger, 60_000);
    await scheduler.start();
    await scheduler.settled();
    await scheduler.stop();
    const errors = await tdb.db
      .selectFrom('source_error')
      .select(['url', 'reason'])
      .where('source_id', '=', id)
      .orderBy('id')
      .execute();
    expect(errors.map((e) => e.url.replace(site.origin, ''))).toEqual([
      '/bad/missing',
      '/bad/broken',
      '/bad/slow',
      '/bad/report.pdf',
      '/bad/huge',
      '/bad/loop',
      '/bad/menu',
      '/private/memo',
    ]);
    expect((await source(id)).last_outcome).toMatch(/8 skipped$/);
  }, 30_000);
});
