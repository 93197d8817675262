import type { Db } from '../../src/db/connect.ts';
import { insertSource } from '../../src/ingest/sources.repository.ts';
import { makeOutlet } from './outlets.ts';
import { unique } from './unique.ts';

export interface MadeSource {
  id: number;
  feedUrl: string;
  outlet: { id: number; slug: string };
}

/**
 * A feed source through its repository's insert, the one the add-source form ends in (the form
 * itself first fetches the feed, which a factory has no network for).
 */
export async function makeSource(
  db: Db,
  overrides: {
    feedUrl?: string;
    outlet?: { id: number; slug: string };
    language?: string;
    intervalMinutes?: number;
  } = {},
): Promise<MadeSource> {
  const outlet = overrides.outlet ?? (await makeOutlet(db));
  const feedUrl = overrides.feedUrl ?? `https://feeds.example.org/${unique()}.xml`;
  const { id } = await insertSource(db, {
    feed_url: feedUrl,
    given_url: feedUrl,
    outlet_id: outlet.id,
    default_language: overrides.language ?? 'en',
    poll_interval_minutes: overrides.intervalMinutes ?? 60,
  });
  return { id, feedUrl, outlet };
}
