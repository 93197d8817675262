import { type Request, Router } from 'express';
import type { AppContext } from '../http/app-context.ts';
import { reportOutputQuery, reportsOutputQuery } from '../feeds/feeds.schemas.ts';
import { siteOrigin } from '../http/origin.ts';
import { articleCitationsDownload, reportCitationsDownload, reportListDownload } from './downloads.service.ts';
import { sendRows } from './stream-rows.ts';
import { routeParams, slugParams } from '../http/params.ts';
import { articleParams } from '../laws/laws.schemas.ts';

/** CSV and JSON downloads, streamed (URL shapes: README "Researcher outputs"). */
export function downloadsRoutes({ db, config }: AppContext): Router {
  const router = Router();
  const origin = (req: Request) => siteOrigin(req, config.publicUrl);
  for (const format of ['csv', 'json'] as const) {
    router.get(`/laws/:law/:version/articles/:number/citations.${format}`, async (req, res) => {
      const { law, version, number } = routeParams(req, articleParams);
      await sendRows(res, format, await articleCitationsDownload(db, origin(req), law, version, number));
    });
    router.get(`/reports/:slug/citations.${format}`, async (req, res) => {
      await sendRows(res, format, await reportCitationsDownload(db, origin(req), routeParams(req, slugParams).slug));
    });
    router.get(`/reports.${format}`, async (req, res) => {
      await sendRows(
        res,
        format,
        await reportListDownload(db, origin(req), 'reports', reportsOutputQuery.parse(req.query)),
      );
    });
    router.get(`/search.${format}`, async (req, res) => {
      await sendRows(
        res,
        format,
        await reportListDownload(db, origin(req), 'search', reportOutputQuery.parse(req.query)),
      );
    });
  }
  return router;
}
