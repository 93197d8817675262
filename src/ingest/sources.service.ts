import type { Db } from '../db/connect.ts';
import { HttpError } from '../http/errors.ts';
import { FetchRefusedError } from './address-guard.ts';
import { decodeBody } from './charset.ts';
import { MalformedFeedError, feedLinkOf, looksLikeFeed, readFeed } from './feed-read.ts';
import { Ingester } from './ingest.service.ts';
import { summaryLine } from './ingest-summary.ts';
import { findOutletIdBySlug, findReportSource } from './ingest.repository.ts';
import type { Fetcher } from './safe-fetch.ts';
import * as repo from './sources.repository.ts';

/** How long one poll may hold a source before another process may take it over. */
const LEASE_SECONDS = 15 * 60;

export interface SourceForm {
  url: string;
  outlet: string;
  default_language: string;
  poll_interval_minutes: number;
}

/** The feed a URL stands for: itself, or the feed a page links with <link rel="alternate">; read once to be sure. */
async function resolveFeed(fetcher: Fetcher, url: string): Promise<string> {
  const first = await fetcher.get(url);
  if (first.status !== 200) throw new FetchRefusedError(`HTTP ${first.status}`);
  const text = decodeBody(first.bytes, first.contentType);
  if (looksLikeFeed(first.contentType, text)) {
    await readFeed(text, first.finalUrl);
    return first.finalUrl;
  }
  const linked = await feedLinkOf(text, first.finalUrl);
  if (!linked)
    throw new FetchRefusedError('the page is neither an RSS or Atom feed nor links one with <link rel="alternate">');
  return linked === url ? linked : resolveFeed(fetcher, linked);
}

/** Adds a source after reading its feed; field errors for the form, or the id. */
export async function addSource(
  db: Db,
  fetcher: Fetcher,
  form: SourceForm,
): Promise<{ ok: true; id: number } | { ok: false; status: number; errors: Record<string, string> }> {
  const outletId = await findOutletIdBySlug(db, form.outlet);
  if (outletId === null) return { ok: false, status: 422, errors: { outlet: 'Choose an outlet from the list.' } };
  let feedUrl: string;
  try {
    feedUrl = await resolveFeed(fetcher, form.url);
  } catch (error) {
    if (!(error instanceof FetchRefusedError || error instanceof MalformedFeedError)) throw error;
    return { ok: false, status: 422, errors: { url: `This feed could not be read: ${error.message}` } };
  }
  try {
    const { id } = await repo.insertSource(db, {
      feed_url: feedUrl,
      given_url: form.url,
      outlet_id: outletId,
      default_language: form.default_language,
      poll_interval_minutes: form.poll_interval_minutes,
    });
    return { ok: true, id };
  } catch (error) {
    if ((error as { code?: string }).code !== '23505') throw error;
    return { ok: false, status: 409, errors: { url: `The feed ${feedUrl} is already a source.` } };
  }
}

const when = (d: Date | null) => (d ? `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC` : null);

/** The sources list as the page shows it: times in UTC, state in words, the latest errors of each. */
export async function getSourcesPage(db: Db) {
  const sources = await repo.listSources(db);
  const errors = await repo.listSourceErrors(
    db,
    sources.map((s) => s.id),
    5,
  );
  const now = Date.now();
  return sources.map((s) => ({
    id: s.id,
    feedUrl: s.feed_url,
    givenUrl: s.given_url === s.feed_url ? null : s.given_url,
    outlet: s.outlet_name,
    language: s.default_language,
    interval: s.poll_interval_minutes,
    paused: s.paused,
    state: s.paused ? 'paused' : s.lease_until && s.lease_until.getTime() > now ? 'polling now' : 'active',
    lastPolled: when(s.last_polled_at),
    lastOutcome: s.last_outcome,
    nextPoll: s.paused ? null : when(s.next_poll_at),
    itemsSeen: s.items_seen,
    errorCount: s.errors,
    recentErrors: errors
      .filter((e) => e.source_id === s.id)
      .map((e) => ({ url: e.url, reason: e.reason, at: when(e.occurred_at) })),
  }));
}

export async function setSourcePaused(db: Db, id: number, paused: boolean): Promise<void> {
  if (!(await repo.setPaused(db, id, paused))) throw new HttpError(404, 'There is no such source.');
}

export async function markSourceDue(db: Db, id: number): Promise<void> {
  if (!(await repo.markDue(db, id))) throw new HttpError(404, 'There is no such source.');
}

export const listDueSources = (db: Db) => repo.listDueSourceIds(db);

export const outletExists = async (db: Db, slug: string) => (await findOutletIdBySlug(db, slug)) !== null;

/** The private copy of a draft's page, for administrators. */
export async function getReportSource(db: Db, slug: string) {
  const source = await findReportSource(db, slug);
  if (!source) throw new HttpError(404, 'This report was not read from a web page.');
  return source;
}

/**
 * One poll of one source, if it is due and nobody else holds it (null otherwise): its feed
 * fetched conditionally, each new item made a draft, skips and failures kept in its error list.
 */
export async function pollSource(db: Db, fetcher: Fetcher, id: number): Promise<string | null> {
  if (!(await repo.claimSource(db, id, LEASE_SECONDS))) return null;
  const source = (await repo.findSource(db, id))!;
  let outcome = 'failed';
  let validators = { etag: source.etag, lastModified: source.last_modified };
  try {
    const result = await new Ingester(db, fetcher).ingest(source.feed_url, {
      sourceId: id,
      outlet: source.outlet_slug,
      defaultLanguage: source.default_language,
      feedValidators: { etag: source.etag, lastModified: source.last_modified },
      actor: `feed poller (source ${id})`,
      actorSource: 'poll',
    });
    if (result.feed)
      validators = {
        etag: result.feed.etag ?? source.etag,
        lastModified: result.feed.lastModified ?? source.last_modified,
      };
    outcome = result.failure
      ? `failed: ${result.failure}`
      : result.feed?.notModified
        ? 'feed not modified since the last poll'
        : summaryLine([result], false);
    return outcome;
  } finally {
    await repo.releaseSource(db, id, { ...validators, outcome });
  }
}
