import dns from 'node:dns';
import { isIP } from 'node:net';
import type { Agent, Response } from 'undici';
import { FetchRefusedError, forbiddenAddressReason, refusal } from './address-guard.ts';
import { HostPacer } from './host-pacer.ts';
import { RobotsRules } from './robots.ts';

export interface FetcherOptions {
  allowPrivate: boolean;
  /** one request, connection to last byte */
  timeoutMs: number;
  maxBytes: number;
  /** PUBLIC_URL, named in the User-Agent so a site's operator can find us */
  publicUrl: string | null;
  /** the gap between two requests to one host; at least a second outside tests */
  hostIntervalMs?: number;
}

export interface Validators {
  etag?: string | null;
  lastModified?: string | null;
}

export interface Fetched {
  /** the URL asked for, and where the redirects ended */
  url: string;
  finalUrl: string;
  status: number;
  contentType: string;
  bytes: Buffer;
  etag: string | null;
  lastModified: string | null;
  fetchedAt: Date;
}

export const MAX_REDIRECTS = 5;
const TOOL = 'StatuteAtlas/0.1';

/**
 * Fetches for ingestion, politely and safely: every address a host resolves to is checked at
 * connect time (so a DNS answer cannot swap in an internal address after the check), redirects
 * are followed by hand (at most five, each checked again and each allowed by robots.txt), one
 * request per host per second, a total deadline, and a body cap enforced while reading.
 */
export class Fetcher {
  /** Made on the first request: undici is a megabyte of code that a process serving pages never needs. */
  private agent: Promise<Agent> | null = null;
  private readonly pacer: HostPacer;
  private readonly robots: RobotsRules;
  readonly userAgent: string;

  constructor(private readonly options: FetcherOptions) {
    this.userAgent = `${TOOL} (+${options.publicUrl ?? 'https://github.com/statute-atlas'}; news-report ingestion)`;
    this.pacer = new HostPacer(options.hostIntervalMs ?? 1000);
    this.robots = new RobotsRules((url) => this.request(url, {}, 'text/plain'), this.userAgent);
  }

  async close(): Promise<void> {
    if (this.agent) await (await this.agent).close();
  }

  private dispatcher(): Promise<Agent> {
    const { timeoutMs, allowPrivate } = this.options;
    this.agent ??= import('undici').then(
      ({ Agent }) =>
        new Agent({
          connect: { timeout: Math.min(10_000, timeoutMs), lookup: allowPrivate ? undefined : guardedLookup },
          headersTimeout: timeoutMs,
          bodyTimeout: timeoutMs,
        }),
    );
    return this.agent;
  }

  /** GET with conditional headers; a 304 comes back as status 304 with no body. Throws FetchRefusedError with the reason. */
  async get(
    url: string,
    validators: Validators = {},
    accept = 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5',
  ): Promise<Fetched> {
    let current = checkUrl(url);
    for (let hop = 0; ; hop++) {
      if (!(await this.robots.allows(current)))
        throw new FetchRefusedError(`robots.txt of ${current.host} disallows ${current.pathname}`);
      const res = await this.request(current, hop === 0 ? validators : {}, accept);
      if (res.location === null) return { ...res.fetched, url };
      if (hop >= MAX_REDIRECTS)
        throw new FetchRefusedError(`too many redirects (more than ${MAX_REDIRECTS}), last to ${res.location}`);
      current = checkUrl(res.location);
    }
  }

  private async request(
    target: URL,
    validators: Validators,
    accept: string,
  ): Promise<{ fetched: Fetched; location: string | null }> {
    this.checkLiteral(target);
    await this.pacer.wait(target.host);
    const headers: Record<string, string> = { 'user-agent': this.userAgent, accept, 'accept-language': '*' };
    if (validators.etag) headers['if-none-match'] = validators.etag;
    if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
    const signal = AbortSignal.timeout(this.options.timeoutMs);
    try {
      const [{ fetch }, dispatcher] = await Promise.all([import('undici'), this.dispatcher()]);
      const res = await fetch(target, { headers, redirect: 'manual', signal, dispatcher });
      const location = res.status >= 300 && res.status < 400 && res.status !== 304 ? res.headers.get('location') : null;
      const bytes = location !== null || res.status === 304 ? Buffer.alloc(0) : await this.readCapped(res);
      if (location !== null) await res.body?.cancel();
      return {
        location: location === null ? null : new URL(location, target).href,
        fetched: {
          url: target.href,
          finalUrl: target.href,
          status: res.status,
          contentType: res.headers.get('content-type') ?? '',
          bytes,
          etag: res.headers.get('etag'),
          lastModified: res.headers.get('last-modified'),
          fetchedAt: new Date(),
        },
      };
    } catch (error) {
      throw explain(error, this.options.timeoutMs);
    }
  }

  private checkLiteral(target: URL): void {
    const host = target.hostname.replace(/^\[|\]$/g, '');
    if (this.options.allowPrivate || isIP(host) === 0) return;
    const reason = forbiddenAddressReason(host);
    if (reason) throw refusal(host, host, reason);
  }

  private async readCapped(res: Response): Promise<Buffer> {
    const cap = this.options.maxBytes;
    const mb = `${Math.round(cap / 1024 / 1024)} MB`;
    if (Number(res.headers.get('content-length') ?? 0) > cap) {
      await res.body?.cancel();
      throw new FetchRefusedError(`response larger than ${mb} (Content-Length ${res.headers.get('content-length')})`);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    if (!res.body) return Buffer.alloc(0);
    for await (const chunk of res.body) {
      size += chunk.byteLength;
      if (size > cap) {
        await res.body.cancel().catch(() => {});
        throw new FetchRefusedError(`response larger than ${mb}`);
      }
      chunks.push(Buffer.from(chunk));
    }
    return Buffer.concat(chunks);
  }
}

function checkUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new FetchRefusedError(`not a URL: ${url}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new FetchRefusedError(`not an http(s) URL: ${url}`);
  if (parsed.username || parsed.password)
    throw new FetchRefusedError('URLs with a user name or password are not fetched');
  parsed.hash = '';
  return parsed;
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | dns.LookupAddress[],
  family?: number,
) => void;

/** dns.lookup, refusing every answer that is not a public address (the connect-time half of the SSRF guard). */
function guardedLookup(hostname: string, options: dns.LookupOptions, callback: LookupCallback): void {
  dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    for (const a of addresses) {
      const reason = forbiddenAddressReason(a.address);
      if (reason) return callback(refusal(hostname, a.address, reason) as NodeJS.ErrnoException, []);
    }
    if (options.all) return callback(null, addresses);
    callback(null, addresses[0]!.address, addresses[0]!.family);
  });
}

const CODES: Record<string, string> = {
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name could not be resolved',
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  UND_ERR_HEADERS_TIMEOUT: 'no answer in time',
  UND_ERR_BODY_TIMEOUT: 'body not received in time',
  UND_ERR_SOCKET: 'connection closed',
};

/** The one sentence a person needs from a failed fetch: the refusal, the timeout or the network error. */
function explain(error: unknown, timeoutMs: number): Error {
  // Not instanceof Error: undici's DOMException may come from another realm (as under Jest).
  for (
    let e = error as { name?: string; code?: string; cause?: unknown } | null;
    e && typeof e === 'object';
    e = e.cause as typeof e
  ) {
    if (e instanceof FetchRefusedError) return e;
    if (e.name === 'TimeoutError' || e.name === 'AbortError')
      return new FetchRefusedError(`timed out after ${timeoutMs / 1000} s`);
    const code = e.code;
    if (code && CODES[code]) return new FetchRefusedError(CODES[code]!);
  }
  let inner: unknown = error;
  while (inner instanceof Error && inner.cause instanceof Error) inner = inner.cause;
  return new FetchRefusedError(`fetch failed: ${inner instanceof Error ? inner.message : String(inner)}`);
}
