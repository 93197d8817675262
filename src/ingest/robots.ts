import robotsParserModule from 'robots-parser';
import { FetchRefusedError } from './address-guard.ts';

type Robots = { isAllowed(url: string, ua?: string): boolean | undefined };
// The package's declaration file does not type its CommonJS default export as callable.
const robotsParser = robotsParserModule as unknown as (url: string, contents: string) => Robots;
type Get = (url: URL) => Promise<{ fetched: { status: number; bytes: Buffer }; location: string | null }>;

/**
 * robots.txt, fetched once per origin an hour (RFC 9309): a 4xx means no rules, a 5xx or an
 * unreachable file means the site asked for nothing to be fetched for now.
 */
/** A long-lived poller reads a site's robots.txt again after this long. */
const RULES_TTL_MS = 60 * 60 * 1000;

export class RobotsRules {
  private readonly byOrigin = new Map<string, { at: number; rules: Promise<Robots | 'unavailable'> }>();

  constructor(
    private readonly get: Get,
    private readonly userAgent: string,
  ) {}

  async allows(url: URL): Promise<boolean> {
    let entry = this.byOrigin.get(url.origin);
    if (!entry || Date.now() - entry.at > RULES_TTL_MS) {
      entry = { at: Date.now(), rules: this.load(url) };
      this.byOrigin.set(url.origin, entry);
    }
    const r = await entry.rules;
    if (r === 'unavailable')
      throw new FetchRefusedError(
        `robots.txt of ${url.host} could not be read (server error), so nothing there is fetched for now`,
      );
    return r.isAllowed(url.href, this.userAgent) !== false;
  }

  private async load(url: URL): Promise<Robots | 'unavailable'> {
    const robotsUrl = new URL('/robots.txt', url.origin).href;
    // A refusal or a network failure here is the page's too: it propagates with its reason.
    const res = await this.get(new URL(robotsUrl));
    if (res.location !== null || (res.fetched.status >= 400 && res.fetched.status < 500))
      return robotsParser(robotsUrl, '');
    if (res.fetched.status >= 500) return 'unavailable';
    return robotsParser(robotsUrl, res.fetched.bytes.toString('utf8'));
  }
}
