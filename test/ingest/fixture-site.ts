import http from 'node:http';
import type { AddressInfo } from 'node:net';
import iconv from 'iconv-lite';
import {
  EN_SUBVERSION,
  EN_TRIAL,
  EN_UNDATED,
  type FixtureArticle,
  JA_SPY,
  KO_TRIAL,
  articleHtml,
  atomFeed,
  menuHtml,
  rssFeed,
} from './fixture-pages.ts';

export const ARTICLES = [EN_TRIAL, KO_TRIAL, JA_SPY, EN_SUBVERSION, EN_UNDATED];

/** Each bad case a feed may point to, with the reason its item is skipped for. */
export const BAD_CASES: { path: string; reason: RegExp }[] = [
  { path: '/bad/missing', reason: /HTTP 404/ },
  { path: '/bad/broken', reason: /HTTP 500/ },
  { path: '/bad/slow', reason: /timed out/ },
  { path: '/bad/report.pdf', reason: /not an HTML page \(application\/pdf\)/ },
  { path: '/bad/huge', reason: /larger than 5 MB/ },
  { path: '/bad/loop', reason: /too many redirects/ },
  { path: '/bad/menu', reason: /no article text/ },
  { path: '/private/memo', reason: /robots\.txt .* disallows/ },
];

export interface FixtureSite {
  origin: string;
  /** requests per path, to prove politeness and that a poll happened once */
  hits: Map<string, number>;
  close(): Promise<void>;
}

function send(
  res: http.ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, { 'content-type': type, ...headers });
  res.end(body);
}

/** ETag and Last-Modified on every feed and article, answered with 304 when the client has them. */
function conditional(req: http.IncomingMessage, res: http.ServerResponse, type: string, body: Buffer) {
  const etag = `"${body.length.toString(16)}"`;
  const lastModified = 'Tue, 05 Mar 2024 00:00:00 GMT';
  if (req.headers['if-none-match'] === etag || req.headers['if-modified-since'] === lastModified) {
    res.writeHead(304, { etag, 'last-modified': lastModified });
    return res.end();
  }
  send(res, 200, type, body, { etag, 'last-modified': lastModified });
}

function article(a: FixtureArticle, origin: string): { type: string; body: Buffer } {
  const html = articleHtml(a, origin);
  // The Korean outlet states its charset only in the page, as many still do.
  if (a.charset === 'euc-kr') return { type: 'text/html', body: iconv.encode(html, 'euc-kr') };
  return { type: 'text/html; charset=utf-8', body: Buffer.from(html) };
}

function huge(res: http.ServerResponse) {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  const chunk = Buffer.alloc(64 * 1024, 'a');
  let sent = 0;
  const pump = () => {
    while (sent < 20 * 1024 * 1024) {
      sent += chunk.length;
      if (!res.write(chunk)) return res.once('drain', pump);
    }
    res.end();
  };
  res.on('close', () => {
    sent = Number.POSITIVE_INFINITY;
  });
  pump();
}

/** A local site on loopback: feeds, article pages and every bad case, in the test process. */
export async function startFixtureSite(): Promise<FixtureSite> {
  const hits = new Map<string, number>();
  let origin = '';
  const routes: Record<string, (req: http.IncomingMessage, res: http.ServerResponse) => void> = {
    '/robots.txt': (_q, r) => send(r, 200, 'text/plain', 'User-agent: *\nDisallow: /private/\n'),
    '/feed.xml': (q, r) =>
      conditional(
        q,
        r,
        'application/rss+xml',
        Buffer.from(rssFeed(origin, [EN_TRIAL.path, KO_TRIAL.path, JA_SPY.path])),
      ),
    '/atom.xml': (q, r) =>
      conditional(q, r, 'application/atom+xml', Buffer.from(atomFeed(origin, [EN_SUBVERSION.path, JA_SPY.path]))),
    '/bad-feed.xml': (q, r) =>
      conditional(
        q,
        r,
        'application/rss+xml',
        Buffer.from(rssFeed(origin, [...BAD_CASES.map((b) => b.path), EN_SUBVERSION.path])),
      ),
    '/undated.xml': (_q, r) =>
      send(
        r,
        200,
        'application/rss+xml',
        `<?xml version="1.0"?><rss version="2.0"><channel><title>Undated</title><item><title>Notice</title><link>${origin}${EN_UNDATED.path}</link><pubDate>Wed, 06 Mar 2024 12:00:00 GMT</pubDate></item></channel></rss>`,
      ),
    // The same story republished under another address (a syndication partner, a mobile edition).
    '/mirror/border-trial': (_q, r) =>
      send(
        r,
        200,
        'text/html; charset=utf-8',
        articleHtml(EN_TRIAL, origin)
          .replaceAll(`${origin}${EN_TRIAL.path}`, `${origin}/mirror/border-trial`)
          .replace('<h1 class="headline">', '<h1 class="headline">  '),
      ),
    '/bad/malformed.xml': (_q, r) =>
      send(
        r,
        200,
        'application/rss+xml',
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Cut short</title><item><title>One</item></channel>',
      ),
    '/home': (_q, r) =>
      send(
        r,
        200,
        'text/html; charset=utf-8',
        menuHtml(origin).replace(
          '</head>',
          `<link rel="alternate" type="application/rss+xml" href="${origin}/atom.xml"></head>`,
        ),
      ),
    '/bad/missing': (_q, r) => send(r, 404, 'text/html', '<h1>Not found</h1>'),
    '/bad/broken': (_q, r) => send(r, 500, 'text/html', '<h1>Server error</h1>'),
    '/bad/slow': () => {},
    '/bad/report.pdf': (_q, r) => send(r, 200, 'application/pdf', Buffer.from('%PDF-1.4\n%…\n')),
    '/bad/huge': (_q, r) => huge(r),
    '/bad/loop': (_q, r) => send(r, 302, 'text/plain', '', { location: '/bad/loop-again' }),
    '/bad/loop-again': (_q, r) => send(r, 302, 'text/plain', '', { location: '/bad/loop' }),
    '/bad/menu': (_q, r) => send(r, 200, 'text/html; charset=utf-8', menuHtml(origin)),
    '/private/memo': (_q, r) => send(r, 200, 'text/html', articleHtml(EN_TRIAL, origin)),
  };
  for (const a of ARTICLES) {
    routes[a.path] = (q, r) => {
      const { type, body } = article(a, origin);
      conditional(q, r, type, body);
    };
  }
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const route = routes[path];
    if (route) route(req, res);
    else send(res, 404, 'text/plain', 'not here');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
