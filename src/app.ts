import path from 'node:path';
import express from 'express';
import type { Logger } from 'pino';
import { type AppDeps, createAppContext } from './app-context.ts';
import { pingDatabase } from './db/health.repository.ts';
import { adminRoutes } from './admin/admin.routes.ts';
import { extractRoutes } from './citations/extract.routes.ts';
import type { AppContext } from './http/app-context.ts';
import { apiBody } from './http/dual-route.ts';
import { errorHandler, notFoundHandler } from './http/error-handlers.ts';
import { urls } from './http/urls.ts';
import { getHomePage } from './home/home.service.ts';
import { lawsRoutes } from './laws/laws.routes.ts';
import { offencesRoutes } from './offences/offences.routes.ts';
import { glossaryRoutes } from './penalties/glossary.routes.ts';
import { penaltiesRoutes } from './penalties/penalties.routes.ts';
import { reportsRoutes } from './reports/reports.routes.ts';
import { searchRoutes } from './search/search.routes.ts';
import { penaltiesUrl } from './penalties/penalties.urls.ts';
import { citeRoutes } from './cite/cite.routes.ts';
import { downloadsRoutes } from './downloads/downloads.routes.ts';
import { feedsRoutes } from './feeds/feeds.routes.ts';
import { originLocal } from './http/origin.ts';
import { projectRoot } from './lib/project-root.ts';
import { useViews } from './http/views.ts';
import { PageCache, pageCacheMiddleware } from './http/page-cache.ts';
import { readRouting } from './http/read-routing.middleware.ts';
import { perMinuteLimit } from './http/rate-limit.ts';
import { securityHeaders } from './http/security-headers.ts';
import { openapiRoutes } from './openapi/openapi.routes.ts';
import { HomePage } from './api-schema/reports.ts';
import { reportSlugRedirects } from './reports/slug-redirect.routes.ts';
import type { PollScheduler } from './ingest/poll-scheduler.ts';

/** Builds the Express app; no I/O here, so tests create as many as they like. */
export function createApp({ scheduler, ...deps }: AppDeps): express.Express {
  const ctx = createAppContext(deps);
  const app = express();
  useViews(app);
  app.set('trust proxy', ctx.config.trustProxy);
  app.disable('x-powered-by');
  Object.assign(app.locals, { urls, penaltiesUrl, publicUrl: ctx.config.publicUrl, currentPath: '', query: '' });
  app.use(securityHeaders());
  app.use(requestLogger(ctx.logger));
  // Before the page cache: the version a page is cached under is read where its rows are.
  if (ctx.reads) app.use(readRouting(ctx.reads));
  const pageCache = usePageCache(app, ctx);
  app.use('/assets', express.static(path.join(projectRoot, 'public'), { maxAge: '1h' }));
  app.use((req, res, next) => {
    res.locals.currentPath = req.path;
    res.locals.query = typeof req.query.q === 'string' ? req.query.q : '';
    next();
  });
  app.use(originLocal(ctx.config.publicUrl));
  app.get('/healthz', healthz(ctx, pageCache));
  mountRoutes(app, ctx, scheduler ?? null);
  app.use(notFoundHandler());
  app.use(reportSlugRedirects(ctx));
  app.use(errorHandler(ctx.logger));
  return app;
}

function usePageCache(app: express.Express, ctx: AppContext): PageCache {
  const pageCache = new PageCache(ctx.config.pageCacheBytes);
  if (pageCache.enabled)
    app.use(
      pageCacheMiddleware({
        cache: pageCache,
        db: ctx.db,
        publicUrl: ctx.config.publicUrl,
        sMaxAge: ctx.config.pageCacheSMaxAge,
        shareVersionReads: !ctx.reads,
      }),
    );
  return pageCache;
}

function healthz({ db, reads }: AppContext, pageCache: PageCache): express.RequestHandler {
  return async (_req, res) => {
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
  };
}

function mountRoutes(app: express.Express, ctx: AppContext, scheduler: PollScheduler | null): void {
  const home = async () => ({ title: 'Statute Atlas', canonical: '/', ...(await getHomePage(ctx)) });
  app.get('/', async (_req, res) => res.render('home', await home()));
  app.get('/api', async (_req, res) => res.json(apiBody(HomePage, await home())));
  app.use('/admin', adminRoutes(ctx, scheduler));
  app.post('/api/extract', perMinuteLimit(ctx.config.extractRateLimit, 'extraction requests'));
  app.use('/api', extractRoutes(ctx));
  app.use('/api', openapiRoutes());
  // Feeds, downloads and citation files sit beside their pages, so they go first:
  // /laws/:law/citations.atom would otherwise be taken for a version of the law.
  app.use(feedsRoutes(ctx));
  app.use(downloadsRoutes(ctx));
  app.use(citeRoutes(ctx));
  for (const feature of [
    lawsRoutes(ctx),
    offencesRoutes(ctx),
    reportsRoutes(ctx),
    searchRoutes(ctx),
    penaltiesRoutes(ctx),
    glossaryRoutes(),
  ]) {
    app.use(feature.html);
    app.use('/api', feature.api);
  }
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
