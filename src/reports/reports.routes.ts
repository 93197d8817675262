import { Router } from 'express';
import type { AppContext } from '../http/app-context.ts';
import { dualRoute } from '../http/dual-route.ts';
import { getOutletPage, getPlacePage, getReportsPage } from './browse.service.ts';
import { afterQuery, reportsQuery } from './reports.schemas.ts';
import { getReportPage } from './reports.service.ts';
import { routeParams, slugParams } from '../http/params.ts';

import { OutletPage, PlacePage, ReportPage, ReportsPage } from '../api-schema/reports.ts';

export function reportsRoutes(ctx: AppContext): { html: Router; api: Router } {
  const { db } = ctx;
  const routers = { html: Router(), api: Router() };
  dualRoute(
    routers,
    '/reports',
    'reports/index',
    async (req) => {
      const page = await getReportsPage(db, reportsQuery.parse(req.query));
      return { title: 'Reports', canonical: '/reports', ...page };
    },
    ReportsPage,
  );
  dualRoute(
    routers,
    '/reports/:slug',
    'reports/report',
    async (req) => {
      const page = await getReportPage(ctx, routeParams(req, slugParams).slug);
      return { title: page.report.title, canonical: page.report.url, ...page };
    },
    ReportPage,
  );
  dualRoute(
    routers,
    '/outlets/:slug',
    'reports/outlet',
    async (req) => {
      const page = await getOutletPage(db, routeParams(req, slugParams).slug, afterQuery.parse(req.query).after);
      return { title: page.outlet.name, canonical: page.outlet.url, ...page };
    },
    OutletPage,
  );
  dualRoute(
    routers,
    '/places/:slug',
    'reports/place',
    async (req) => {
      const page = await getPlacePage(db, routeParams(req, slugParams).slug, afterQuery.parse(req.query).after);
      return { title: page.place.name, canonical: page.place.url, ...page };
    },
    PlacePage,
  );
  return routers;
}
