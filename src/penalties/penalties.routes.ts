import { Router } from 'express';
import type { AppContext } from '../http/app-context.ts';
import { dualRoute } from '../http/dual-route.ts';
import { urls } from '../http/urls.ts';
import { routeParams, slugParam } from '../http/params.ts';
import { PenaltiesIndexPage, PenaltyPage } from '../api-schema/search.ts';
import { getPenaltiesIndex, getPenaltyPage } from './penalties.service.ts';
import { penaltiesQuery } from './penalties.schemas.ts';

const kindParams = { kind: slugParam };

/** /penalties and /penalties/:kind with their /api twins; mount `html` at the root and `api` under /api. */
export function penaltiesRoutes(ctx: AppContext): { html: Router; api: Router } {
  const { db } = ctx;
  const routers = { html: Router(), api: Router() };
  dualRoute(
    routers,
    '/penalties',
    'penalties/penalties-index',
    async () => ({
      title: 'Penalties',
      canonical: urls.penalties(),
      penaltiesIndex: urls.penalties(),
      ...(await getPenaltiesIndex(db)),
    }),
    PenaltiesIndexPage,
  );
  dualRoute(
    routers,
    '/penalties/:kind',
    'penalties/penalties',
    async (req) => {
      const page = await getPenaltyPage(db, routeParams(req, kindParams).kind, penaltiesQuery.parse(req.query));
      return { title: `Articles with ${page.kind.label}`, penaltiesIndex: urls.penalties(), ...page };
    },
    PenaltyPage,
  );
  return routers;
}
