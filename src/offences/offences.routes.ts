import { Router } from 'express';
import type { AppContext } from '../http/app-context.ts';
import { dualRoute } from '../http/dual-route.ts';
import { routeParams } from '../http/params.ts';
import { lineageParams, parseOptionalOn, searchedNotice } from '../laws/laws.schemas.ts';
import { afterQuery } from '../reports/reports.schemas.ts';
import { getOffencePage } from './offences.service.ts';
import { OffencePage } from '../api-schema/offences.ts';

/** /offences/:law/:lineage and its /api twin; mount `html` at the root and `api` under /api. */
export function offencesRoutes(ctx: AppContext): { html: Router; api: Router } {
  const routers = { html: Router(), api: Router() };
  dualRoute(
    routers,
    '/offences/:law/:lineage',
    'offences/offence',
    async (req) => {
      const { after } = afterQuery.parse(req.query);
      const { law, lineage } = routeParams(req, lineageParams);
      const page = await getOffencePage(ctx, law, lineage, parseOptionalOn(req.query), after);
      return { ...page, searchedFor: searchedNotice(req.query) };
    },
    OffencePage,
  );
  return routers;
}
