import express from 'express';
import pino from 'pino';
import { createAppContext } from '../../src/app-context.ts';
import type { Db } from '../../src/db/connect.ts';
import { errorHandler, notFoundHandler } from '../../src/http/error-handlers.ts';
import { urls } from '../../src/http/urls.ts';
import { useViews } from '../../src/http/views.ts';
import { penaltiesRoutes } from '../../src/penalties/penalties.routes.ts';
import { type SearchRouteOptions, searchRoutes } from '../../src/search/search.routes.ts';

/**
 * An app set up as src/app.ts sets one up (views, locals, 404 and error handlers), with the
 * search and penalty routes mounted the way the integrator will mount them.
 */
export function createSearchApp(db: Db, options: SearchRouteOptions = {}) {
  const app = express();
  useViews(app);
  app.locals.urls = urls;
  app.locals.publicUrl = null;
  app.locals.currentPath = '';
  app.locals.query = '';
  app.use((req, res, next) => {
    res.locals.currentPath = req.path;
    res.locals.query = typeof req.query.q === 'string' ? req.query.q : '';
    next();
  });
  const logger = pino({ level: 'silent' });
  const ctx = createAppContext({ db, config: { publicUrl: null }, logger });
  for (const routers of [searchRoutes(ctx, options), penaltiesRoutes(ctx)]) {
    app.use(routers.html);
    app.use('/api', routers.api);
  }
  app.use(notFoundHandler());
  app.use(errorHandler(logger));
  return app;
}
