import type { ExtractionContext } from '../extractor/citation.types.ts';
import { loadExtractionContext } from '../citations/context.service.ts';
import type { Db } from '../db/connect.ts';
import { FetchRefusedError } from './address-guard.ts';
import { NoArticleError, type ReadArticle, readArticle } from './article-read.ts';
import { decodeBody } from './charset.ts';
import { type FeedItem, MalformedFeedError, feedLinkOf, looksLikeFeed, readFeed } from './feed-read.ts';
import { type WriteContext, writeArticle } from './ingest-item.service.ts';
import * as repo from './ingest.repository.ts';
import type { Fetched, Fetcher, Validators } from './safe-fetch.ts';

export interface ItemResult {
  url: string;
  outcome: 'new' | 'known' | 'skipped';
  reason: string | null;
  slug: string | null;
  title: string | null;
  published: string | null;
  authors: string[];
  language: string | null;
  citations: string[];
}

export interface UrlResult {
  url: string;
  /** why the URL as a whole failed (unreachable feed, malformed feed, an article skipped), or null */
  failure: string | null;
  /** set when the URL was a feed: its validators, for the next conditional GET */
  feed: { etag: string | null; lastModified: string | null; notModified: boolean } | null;
  items: ItemResult[];
}

export interface IngestOptions {
  dryRun?: boolean;
  outlet?: string | null;
  defaultLanguage?: string | null;
  sourceId?: number | null;
  actor: string;
  actorSource: 'cli' | 'ui' | 'poll';
  /** a feed's validators from its last poll */
  feedValidators?: Validators;
  /** each item as it ends */
  onItem?: (item: ItemResult, done: number, total: number) => void;
  /** set when this URL is the feed a page linked: a page is followed to its feed once, never round in circles */
  viaPage?: boolean;
}

const HTML = /^(text\/html|application\/xhtml\+xml)\b/i;

const skipped = (url: string, reason: string): ItemResult => ({
  url,
  outcome: 'skipped',
  reason,
  slug: null,
  title: null,
  published: null,
  authors: [],
  language: null,
  citations: [],
});

/** Why a response is no article: its status, its size (checked by the fetcher) or its type. */
function refusalOf(fetched: Fetched): string | null {
  if (fetched.status >= 400) return `HTTP ${fetched.status}`;
  if (fetched.status !== 200) return `unexpected HTTP ${fetched.status}`;
  if (fetched.contentType && !HTML.test(fetched.contentType))
    return `not an HTML page (${fetched.contentType.split(';')[0]!.trim()})`;
  return null;
}

/**
 * Turns URLs — feeds (RSS, Atom, or a page naming one) and article pages — into draft reports,
 * one transaction per article. Nothing here throws for a bad URL or a bad page: each ends as a
 * `skipped` item with its reason, and a URL nothing could be read from as a failure.
 */
export class Ingester {
  private extraction: ExtractionContext | null = null;

  constructor(
    private readonly db: Db,
    private readonly fetcher: Fetcher,
  ) {}

  async ingest(url: string, options: IngestOptions): Promise<UrlResult> {
    this.extraction ??= await loadExtractionContext(this.db);
    let fetched: Fetched;
    try {
      fetched = await this.fetcher.get(url, options.feedValidators ?? {});
    } catch (error) {
      if (error instanceof FetchRefusedError) return this.failed(url, error.message, options);
      throw error;
    }
    if (fetched.status === 304)
      return {
        url,
        failure: null,
        feed: { etag: fetched.etag, lastModified: fetched.lastModified, notModified: true },
        items: [],
      };
    const text = fetched.status === 200 ? decodeBody(fetched.bytes, fetched.contentType) : '';
    if (fetched.status === 200 && looksLikeFeed(fetched.contentType, text))
      return this.feed(url, fetched, text, options);
    const refused = refusalOf(fetched);
    if (refused) return this.failed(url, refused, options);
    let article: ReadArticle;
    try {
      article = await readArticle(text, fetched.finalUrl);
    } catch (error) {
      if (!(error instanceof NoArticleError)) throw error;
      // A site's home page: no article, but the feed it links to.
      const feedUrl = options.viaPage ? null : await feedLinkOf(text, fetched.finalUrl);
      if (feedUrl) return this.ingest(feedUrl, { ...options, viaPage: true });
      return this.failed(url, error.message, options);
    }
    const item = await this.write(url, article, fetched, options);
    options.onItem?.(item, 1, 1);
    return { url, failure: null, feed: null, items: [item] };
  }

  private async failed(url: string, reason: string, options: IngestOptions): Promise<UrlResult> {
    const item = skipped(url, reason);
    // A source's own feed failing is an error of the source, not an item it has seen.
    if (options.sourceId && !options.dryRun)
      await repo.insertSourceError(this.db, { source_id: options.sourceId, url, reason });
    else await this.record(item, options);
    options.onItem?.(item, 1, 1);
    return { url, failure: reason, feed: null, items: [item] };
  }

  private async feed(url: string, fetched: Fetched, text: string, options: IngestOptions): Promise<UrlResult> {
    let entries: FeedItem[];
    try {
      entries = await readFeed(text, fetched.finalUrl);
    } catch (error) {
      if (error instanceof MalformedFeedError) return this.failed(url, error.message, options);
      throw error;
    }
    const items: ItemResult[] = [];
    for (const [i, entry] of entries.entries()) {
      const item = await this.item(entry, options);
      items.push(item);
      options.onItem?.(item, i + 1, entries.length);
    }
    return {
      url,
      failure: null,
      feed: { etag: fetched.etag, lastModified: fetched.lastModified, notModified: false },
      items,
    };
  }

  /** One feed item: known without a request when it became a report before, else fetched (conditionally) and read. */
  private async item({ url, published }: FeedItem, options: IngestOptions): Promise<ItemResult> {
    const before = await repo.findFetchedItem(this.db, url);
    const known = (slug: string): ItemResult => ({ ...skipped(url, ''), outcome: 'known', reason: null, slug });
    if (before?.report_slug && !before.etag && !before.last_modified) return known(before.report_slug);
    let fetched: Fetched;
    try {
      fetched = await this.fetcher.get(
        url,
        before?.report_slug ? { etag: before.etag, lastModified: before.last_modified } : {},
      );
    } catch (error) {
      if (!(error instanceof FetchRefusedError)) throw error;
      return this.record(skipped(url, error.message), options);
    }
    if (fetched.status === 304 && before?.report_slug) return known(before.report_slug);
    const refused = refusalOf(fetched);
    if (refused) return this.record(skipped(url, refused), options);
    try {
      const article = await readArticle(decodeBody(fetched.bytes, fetched.contentType), fetched.finalUrl);
      // A page that states no date of its own takes the feed item's.
      return await this.write(
        url,
        article.published || !published ? article : { ...article, published },
        fetched,
        options,
      );
    } catch (error) {
      if (!(error instanceof NoArticleError)) throw error;
      return this.record(skipped(url, error.message), options);
    }
  }

  private async write(
    url: string,
    article: ReadArticle,
    fetched: Fetched,
    options: IngestOptions,
  ): Promise<ItemResult> {
    const ctx: WriteContext = {
      db: this.db,
      extraction: this.extraction!,
      dryRun: options.dryRun ?? false,
      actor: options.actor,
      actorSource: options.actorSource,
      outlet: options.outlet ?? null,
      defaultLanguage: options.defaultLanguage ?? null,
      sourceId: options.sourceId ?? null,
    };
    const w = await writeArticle(ctx, article, fetched, url);
    return {
      url,
      outcome: w.outcome,
      reason: null,
      slug: w.slug,
      title: article.title,
      published: article.published,
      authors: article.authors,
      language: w.language,
      citations: w.citations,
    };
  }

  /** A skipped item is remembered (and, for a source, listed among its errors), except in a dry run. */
  private async record(item: ItemResult, options: IngestOptions): Promise<ItemResult> {
    if (options.dryRun) return item;
    await repo.upsertFetchedItem(this.db, {
      url: item.url,
      source_id: options.sourceId ?? null,
      outcome: 'skipped',
      reason: item.reason,
    });
    if (options.sourceId)
      await repo.insertSourceError(this.db, { source_id: options.sourceId, url: item.url, reason: item.reason! });
    return item;
  }
}
