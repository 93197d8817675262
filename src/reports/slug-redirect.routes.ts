import type { ErrorRequestHandler } from 'express';
import type { AppContext } from '../http/app-context.ts';
import { NotFoundError } from '../http/errors.ts';
import { urls } from '../http/urls.ts';
import { currentReportSlug } from './slug-history.service.ts';

// /reports/:slug and everything under it (downloads, citation files), HTML or /api twin.
const reportPath = /^(\/api)?\/reports\/([a-z0-9]+(?:-[a-z0-9]+)*)(\/.*)?$/;

/**
 * Old report URLs keep working: a 404 under /reports/:slug whose slug a report used to have
 * becomes a 301 to the same path under the current slug. Placed after the routes, so pages of
 * current slugs cost no extra query; only misses look in the history.
 */
export function reportSlugRedirects({ db }: AppContext): ErrorRequestHandler {
  return async (error, req, res, next) => {
    const match = req.path.match(reportPath);
    if (!(error instanceof NotFoundError) || !match || (req.method !== 'GET' && req.method !== 'HEAD')) {
      next(error);
      return;
    }
    const renamed = await currentReportSlug(db, match[2]!);
    if (!renamed) {
      next(error);
      return;
    }
    const search = new URL(req.originalUrl, 'http://localhost').search;
    res.redirect(301, `${match[1] ?? ''}${urls.report(renamed)}${match[3] ?? ''}${search}`);
  };
}
