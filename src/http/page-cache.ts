import { createHash } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import { LRUCache } from 'lru-cache';
import type { Db } from '../db/connect.ts';
import { readPublicDataVersion } from '../db/data-version.repository.ts';
import { sharedFreshRead } from '../lib/fresh-read.ts';
import { hasSessionCookie } from './session-cookie.ts';

/** A rendered public response: exactly what a second anonymous visitor would have been sent. */
interface Entry {
  body: Buffer;
  headers: Record<string, string>;
}

export interface PageCacheStats {
  enabled: boolean;
  hits: number;
  misses: number;
  bypassed: number;
  hitRatio: number;
  entries: number;
  bytes: number;
  maxBytes: number;
}

// Headers of a cached response that belong to the request, not to the page.
const PER_REQUEST_HEADERS = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding']);
// Paths that are never public pages: private, already cheap, or reporting on this process.
const UNCACHED_PREFIXES = ['/admin', '/assets/', '/healthz'];

/**
 * Public pages are pure functions of (URL, public data version), and that version moves in the
 * same transaction as any public change. So a page rendered at version V may be replayed to any
 * anonymous visitor while the version is still V: the key changes with the data, in every
 * process at once, and nothing ever expires on a timer. Bounded in bytes, least recently used out.
 */
export class PageCache {
  private readonly lru: LRUCache<string, Entry> | null;
  private counts = { hits: 0, misses: 0, bypassed: 0 };

  constructor(readonly maxBytes: number) {
    this.lru = maxBytes > 0 ? new LRUCache<string, Entry>({ maxSize: maxBytes, sizeCalculation: sizeOf }) : null;
  }

  get enabled(): boolean {
    return this.lru !== null;
  }

  get(key: string): Entry | undefined {
    const entry = this.lru?.get(key);
    if (entry) this.counts.hits++;
    else this.counts.misses++;
    return entry;
  }

  set(key: string, entry: Entry): void {
    this.lru?.set(key, entry);
  }

  bypass(): void {
    this.counts.bypassed++;
  }

  stats(): PageCacheStats {
    const looked = this.counts.hits + this.counts.misses;
    return {
      enabled: this.enabled,
      ...this.counts,
      hitRatio: looked === 0 ? 0 : Math.round((this.counts.hits / looked) * 1000) / 1000,
      entries: this.lru?.size ?? 0,
      bytes: this.lru?.calculatedSize ?? 0,
      maxBytes: this.maxBytes,
    };
  }
}

function sizeOf(entry: Entry): number {
  let size = entry.body.length + 64;
  for (const [k, v] of Object.entries(entry.headers)) size += k.length + v.length;
  return size;
}

export function cacheControlValue(sMaxAge: number): string {
  return `public, max-age=0, must-revalidate${sMaxAge > 0 ? `, s-maxage=${sMaxAge}` : ''}`;
}

/** Whether this request may be answered from (and fill) the cache: anonymous GETs of public paths. */
export function isCacheableRequest(req: Request): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (UNCACHED_PREFIXES.some((p) => req.path === p.replace(/\/$/, '') || req.path.startsWith(p))) return false;
  return true;
}

export interface PageCacheOptions {
  cache: PageCache;
  db: Db;
  /** null: absolute URLs in pages come from the request's scheme and Host, so those join the key */
  publicUrl: string | null;
  sMaxAge: number;
  /**
   * Concurrent requests share version reads (each one begun after they arrived). Only without read
   * replicas: with them, each request's version must come from the replica that renders its page.
   */
  shareVersionReads?: boolean;
}

/** Mounted right after the security headers, so a hit costs a one-row version read and a write. */
export function pageCacheMiddleware({
  cache,
  db,
  publicUrl,
  sMaxAge,
  shareVersionReads = false,
}: PageCacheOptions): RequestHandler {
  const cacheControl = cacheControlValue(sMaxAge);
  const readVersion = shareVersionReads
    ? sharedFreshRead(() => readPublicDataVersion(db))
    : () => readPublicDataVersion(db);
  return async (req, res, next) => {
    if (!isCacheableRequest(req)) return next();
    // Any session cookie (valid or not) means the page may be personal: rendered fresh, never stored.
    if (hasSessionCookie(req)) {
      cache.bypass();
      res.set('Cache-Control', 'private, no-cache');
      return next();
    }
    // HEAD is GET without the body: one entry serves both. The URL includes the query string.
    const origin = publicUrl ? '' : `${req.protocol}://${req.get('host') ?? ''}`;
    const version = await readVersion();
    const key = `${origin}${req.originalUrl}\n${version}`;
    const hit = cache.get(key);
    if (hit) {
      res.set(hit.headers);
      // res.send answers 304 itself when If-None-Match matches the ETag.
      res.send(hit.body);
      return;
    }
    // Stored only if the version did not move while the page was rendered (otherwise the page may
    // mix data from two versions and belongs under neither), and before the response leaves, so
    // the visitor's next request already finds it.
    // What earlier middleware set (the security headers, which differ over HTTP and HTTPS) is set
    // again on every hit; only what the page itself set is kept with it.
    const perRequest = new Set(Object.keys(res.getHeaders()));
    captureForCache(
      res,
      cacheControl,
      perRequest,
      async () => (await readVersion()) === version,
      (entry) => cache.set(key, entry),
    );
    next();
  };
}

/** Wraps res.send: a 200 with a body gets a strong ETag and the public Cache-Control, and is kept. */
function captureForCache(
  res: Response,
  cacheControl: string,
  perRequest: Set<string>,
  stillCurrent: () => Promise<boolean>,
  store: (entry: Entry) => void,
): void {
  const send = res.send.bind(res);
  res.send = (body?: unknown) => {
    res.send = send;
    const cacheable =
      res.statusCode === 200 &&
      (typeof body === 'string' || Buffer.isBuffer(body)) &&
      !res.getHeader('set-cookie') &&
      !res.getHeader('vary');
    if (!cacheable) return send(body);
    const bytes = typeof body === 'string' ? Buffer.from(body) : body;
    if (!res.getHeader('etag')) res.set('ETag', strongEtag(bytes));
    res.set('Cache-Control', cacheControl);
    stillCurrent().then(
      (current) => {
        send(body);
        // After send, so the headers include the Content-Type (and charset) send settled on.
        if (current) store({ body: bytes, headers: keptHeaders(res, perRequest) });
      },
      () => send(body),
    );
    return res;
  };
}

function keptHeaders(res: Response, perRequest: Set<string>): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(res.getHeaders())) {
    if (value === undefined || PER_REQUEST_HEADERS.has(name) || perRequest.has(name)) continue;
    kept[name] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return kept;
}

export function strongEtag(body: Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}
