import type { parseFeed as ParseFeed } from '@rowanmanning/feed-parser';

export interface FeedItem {
  url: string;
  title: string | null;
  /** the item's date in the feed (UTC), for a page that gives none */
  published: string | null;
}

export class MalformedFeedError extends Error {}

// Parsers load on first use: every process that builds the app imports this module, few read feeds.
const parsers = () => Promise.all([import('@rowanmanning/feed-parser'), import('fast-xml-parser')]);

const FEED_TYPES = /(rss|atom)\+xml|\/xml\b|text\/xml/i;

/** A body is a feed when its type says XML or it opens with an RSS, RDF or Atom root. */
export function looksLikeFeed(contentType: string, text: string): boolean {
  if (/html/i.test(contentType) && !/xhtml/i.test(contentType)) return false;
  if (FEED_TYPES.test(contentType)) return true;
  return /^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)\b/i.test(text);
}

/** The items of an RSS 2.0, RSS 1.0 or Atom document, each with its absolute link. */
export async function readFeed(xml: string, baseUrl: string): Promise<FeedItem[]> {
  const [{ parseFeed }, { XMLValidator }] = await parsers();
  const valid = XMLValidator.validate(xml);
  if (valid !== true)
    throw new MalformedFeedError(`malformed feed: ${valid.err.msg.replace(/\s+/g, ' ')} (line ${valid.err.line})`);
  let feed: ReturnType<typeof ParseFeed>;
  try {
    feed = parseFeed(xml);
  } catch (error) {
    throw new MalformedFeedError(`malformed feed: ${error instanceof Error ? error.message : String(error)}`);
  }
  const items: FeedItem[] = [];
  const seen = new Set<string>();
  for (const item of feed.items) {
    const link = item.url ?? (item.id && /^https?:\/\//.test(item.id) ? item.id : null);
    if (!link) continue;
    let url: string;
    try {
      url = new URL(link, baseUrl).href;
    } catch {
      continue;
    }
    if (seen.has(url)) continue;
    seen.add(url);
    const date =
      item.published && !Number.isNaN(item.published.getTime()) ? item.published.toISOString().slice(0, 10) : null;
    items.push({ url, title: item.title ?? null, published: date });
  }
  return items;
}

/** The feed a page names with <link rel="alternate" type="application/rss+xml|atom+xml">. */
export async function feedLinkOf(html: string, baseUrl: string): Promise<string | null> {
  const { parseHTML } = await import('linkedom');
  const { document } = parseHTML(html);
  for (const link of document.querySelectorAll('link[rel~="alternate"][href]')) {
    const type = (link.getAttribute('type') ?? '').toLowerCase();
    if (type !== 'application/rss+xml' && type !== 'application/atom+xml') continue;
    try {
      return new URL(link.getAttribute('href')!, baseUrl).href;
    } catch {}
  }
  return null;
}
