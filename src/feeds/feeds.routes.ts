import { type Request, type Response, Router } from 'express';
import type { AppContext } from '../http/app-context.ts';
import { sendWithValidators } from '../http/conditional-get.ts';
import { siteOrigin } from '../http/origin.ts';
import { type AtomFeed, renderAtom } from './atom.ts';
import { reportOutputQuery, reportsOutputQuery } from './feeds.schemas.ts';
import {
  getArticleFeed,
  getLawFeed,
  getOffenceFeed,
  getOutletFeed,
  getPlaceFeed,
  getReportListFeed,
} from './feeds.service.ts';
import { routeParams, slugParams } from '../http/params.ts';
import { articleParams, lawParams, lineageParams } from '../laws/laws.schemas.ts';

const offence = (req: Request) => {
  const { law, lineage } = routeParams(req, lineageParams);
  return [law, lineage] as const;
};

function sendAtom(req: Request, res: Response, feed: AtomFeed): void {
  sendWithValidators(req, res, renderAtom(feed), 'application/atom+xml; charset=utf-8', feed.updated);
}

/** Atom feeds, each beside the page it belongs to (URL shapes: README "Researcher outputs"). */
export function feedsRoutes({ db, config }: AppContext): Router {
  const router = Router();
  const origin = (req: Request) => siteOrigin(req, config.publicUrl);
  router.get('/laws/:law/:version/articles/:number/citations.atom', async (req, res) => {
    const { law, version, number } = routeParams(req, articleParams);
    sendAtom(req, res, await getArticleFeed(db, origin(req), law, version, number));
  });
  router.get('/offences/:law/:lineage/citations.atom', async (req, res) => {
    sendAtom(req, res, await getOffenceFeed(db, origin(req), ...offence(req)));
  });
  router.get('/laws/:law/citations.atom', async (req, res) => {
    sendAtom(req, res, await getLawFeed(db, origin(req), routeParams(req, lawParams).law));
  });
  router.get('/outlets/:slug/reports.atom', async (req, res) => {
    sendAtom(req, res, await getOutletFeed(db, origin(req), routeParams(req, slugParams).slug));
  });
  router.get('/places/:slug/reports.atom', async (req, res) => {
    sendAtom(req, res, await getPlaceFeed(db, origin(req), routeParams(req, slugParams).slug));
  });
  router.get('/reports.atom', async (req, res) => {
    sendAtom(req, res, await getReportListFeed(db, origin(req), 'reports', reportsOutputQuery.parse(req.query)));
  });
  router.get('/search.atom', async (req, res) => {
    sendAtom(req, res, await getReportListFeed(db, origin(req), 'search', reportOutputQuery.parse(req.query)));
  });
  return router;
}
