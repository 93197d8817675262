import path from 'node:path';
import { pingDatabase } from './db/health.repository.ts';
import express from 'express';
import type { Logger } from 'pino';
import { type Config, DEFAULT_TRUST_PROXY, EXTRACT_RATE_LIMIT_DEFAULT, PAGE_CACHE_MB_DEFAULT } from './config.ts';
import type { Db } from './db/connect.ts';
import type { ReadRouter } from './db/read-routing.ts';
import { adminRoutes } from './admin/admin.routes.ts';
import { extractRoutes } from './citations/extract.routes.ts';
import { apiBody } from './http/dual-route.ts';
import { errorHandler, notFoundHandler } from './http/error-handlers.ts';
import { urls } from './http/urls.ts';
import { VersionedMemo } from './lib/versioned-memo.ts';
import { getHomePage } from './home/home.service.ts';
import { lawsRoutes } from './laws/laws.routes.ts';
import { offencesRoutes } from './offences/offences.routes.ts';
import { glossaryRoutes } from './search/glossary.routes.ts';
import { reportsRoutes } from './reports/reports.routes.ts';
import { searchRoutes } from './search/search.routes.ts';
import { penaltiesUrl } from './search/search.urls.ts';
import { citeRoutes } from './cite/cite.routes.ts';
import { downloadsRoutes } from './downloads/downloads.routes.ts';
import { feedsRoutes } from './feeds/feeds.routes.ts';
import { originLocal } from './http/origin.ts';
import { projectRoot } from './lib/project-root.ts';
import { PageCache, pageCacheMiddleware } from './http/page-cache.ts';
import { readRouting } from './http/read-routing.middleware.ts';
import { perMinuteLimit } from './http/rate-limit.ts';
import { securityHeaders } from './http/security-headers.ts';
import { openapiRoutes } from './openapi/openapi.routes.ts';
import { HomePage } from './api-schema/reports.ts';
import { reportSlugRedirects } from './reports/slug-redirect.routes.ts';
import type { PollScheduler } from './ingest/poll-scheduler.ts';

export interface AppDeps {
  db: Db;
  /** the others default to their config.ts defaults (so tests run with the page cache on) */
  config: Pick<Config, 'publicUrl'> &
    Partial<
      Pick<
        Config,
        | 'trustProxy'
        | 'extractRateLimit'
        | 'fetchAllowPrivate'
        | 'fetchTimeoutMs'
        | 'fetchMaxBytes'
        | 'pageCacheBytes'
        | 'pageCacheSMaxAge'
      >
    >;
  logger: Logger;
  /** feed polling, for "poll now"; absent in tests and when polling is off */
  scheduler?: PollScheduler | null;
  /** with read replicas: routes each request's reads */
  reads?: ReadRouter;
}

/** Builds the Express app; no I/O here, so tests create as many as they like. */
export function createApp({ db, config, logger, scheduler, reads }: AppDeps): express.Express {
  const app = express();
  app.set('views', path.join(projectRoot, 'views'));
  app.set('view engine', 'ejs');
  // Compile each template once; Express only does this by default when NODE_ENV=production.
  app.set('view cache', true);
  app.set('trust proxy', config.trustProxy ?? DEFAULT_TRUST_PROXY);
  app.disable('x-powered-by');
  app.locals.urls = urls;
  app.locals.penaltiesUrl = penaltiesUrl;
  app.locals.publicUrl = config.publicUrl;
  app.locals.currentPath = '';
  app.locals.query = '';
  app.use(securityHeaders());
  app.use(requestLogger(logger));
  // Before the page cache: the version a page is cached under is read where its rows are.
  if (reads) app.use(readRouting(reads));
  const pageCache = new PageCache(config.pageCacheBytes ?? PAGE_CACHE_MB_DEFAULT * 1024 * 1024);
  if (pageCache.enabled)
    app.use(
      pageCacheMiddleware({
        cache: pageCache,
        db,
        publicUrl: config.publicUrl,
        sMaxAge: config.pageCacheSMaxAge ?? 0,
        shareVersionReads: !reads,
      }),
    );
  app.use('/assets', express.static(path.join(projectRoot, 'public'), { maxAge: '1h' }));
  app.use((req, res, next) => {
    res.locals.currentPath = req.path;
    res.locals.query = typeof req.query.q === 'string' ? req.query.q : '';
    next();
  });
  app.use(originLocal(config.publicUrl));
  app.get('/healthz', async (_req, res) => {
    try {
      await pingDatabase(db);
      res.json({
        status: 'ok',
        database: 'reachable',
        pid: process.pid,
        pageCache: pageCache.stats(),
        ...(reads ? { replicas: reads.status() } : {}),
      });
    } catch {
      res.status(503).json({ status: 'error', database: 'unreachable', pid: process.pid });
    }
  });
  const memo = new VersionedMemo();
  const home = async () => ({ title: 'Statute Atlas', canonical: '/', ...(await getHomePage(db, memo)) });
  app.get('/', async (_req, res) => res.render('home', await home()));
  app.get('/api', async (_req, res) => res.json(apiBody(HomePage, await home())));
  const fetch = {
    fetchAllowPrivate: config.fetchAllowPrivate ?? false,
    fetchTimeoutMs: config.fetchTimeoutMs ?? 20_000,
    fetchMaxBytes: config.fetchMaxBytes ?? 5 * 1024 * 1024,
    publicUrl: config.publicUrl,
  };
  app.use('/admin', adminRoutes(db, { fetch, scheduler: scheduler ?? null }));
  app.post(
    '/api/extract',
    perMinuteLimit(config.extractRateLimit ?? EXTRACT_RATE_LIMIT_DEFAULT, 'extraction requests'),
  );
  app.use('/api', extractRoutes(db, memo));
  app.use('/api', openapiRoutes());
  // Feeds, downloads and citation files sit beside their pages, so they go first:
  // /laws/:law/citations.atom would otherwise be taken for a version of the law.
  app.use(feedsRoutes(db, config.publicUrl));
  app.use(downloadsRoutes(db, config.publicUrl));
  app.use(citeRoutes(db, config.publicUrl));
  for (const feature of [
    lawsRoutes(db, memo),
    offencesRoutes(db, memo),
    reportsRoutes(db),
    searchRoutes(db, memo),
    glossaryRoutes(),
  ]) {
    app.use(feature.html);
    app.use('/api', feature.api);
  }
  app.use(notFoundHandler());
  app.use(reportSlugRedirects(db));
  app.use(errorHandler(logger));
  return app;
}

function requestLogger(logger: Logger): express.RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      logger.debug({ method: req.method, url: req.originalUrl, status: res.statusCode, ms: Math.round(ms) }, 'request');
    });
    next();
  };
}
