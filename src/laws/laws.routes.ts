import { Router } from 'express';
import type { AppContext } from '../http/app-context.ts';
import { apiBody, dualRoute } from '../http/dual-route.ts';
import { getArticlePage } from './article-page.service.ts';
import { resolveInForce } from './in-force.service.ts';
import { afterQuery } from '../reports/reports.schemas.ts';
import { articleParams, lawParams, parseOn, pointInTimeParams, searchedNotice, versionParams } from './laws.schemas.ts';
import { getLawPage, getRenumberingMap, getVersionPage, listLaws, resolveArticleOn } from './laws.service.ts';
import { routeParams } from '../http/params.ts';
import { ArticlePage, InForcePage, LawPage, LawsPage, RenumberingMapPage, VersionPage } from '../api-schema/laws.ts';

export function lawsRoutes(ctx: AppContext): { html: Router; api: Router } {
  const { db } = ctx;
  const routers = { html: Router(), api: Router() };
  dualRoute(
    routers,
    '/laws',
    'laws/index',
    async () => ({ title: 'Laws', canonical: '/laws', ...(await listLaws(db)) }),
    LawsPage,
  );
  for (const [router, prefix] of [
    [routers.html, ''],
    [routers.api, '/api'],
  ] as const) {
    router.get('/laws/:law/articles/:number', async (req, res) => {
      const on = parseOn(req.query);
      const { law, number } = routeParams(req, pointInTimeParams);
      res.redirect(302, prefix + (await resolveArticleOn(db, law, number, on)));
    });
    router.get('/laws/:law/:version/articles/:number/in-force', async (req, res) => {
      const on = parseOn(req.query);
      const { law, version, number } = routeParams(req, articleParams);
      const outcome = await resolveInForce(db, law, version, number, on);
      if (outcome.kind === 'redirect') res.redirect(302, prefix + outcome.url);
      else if (prefix) res.json(apiBody(InForcePage, outcome.page));
      else res.render('laws/in-force', outcome.page);
    });
  }
  dualRoute(
    routers,
    '/laws/:law',
    'laws/law',
    async (req) => {
      const page = await getLawPage(db, routeParams(req, lawParams).law);
      return { title: page.law.title, canonical: page.law.url, ...page };
    },
    LawPage,
  );
  dualRoute(
    routers,
    '/laws/:law/lineage',
    'laws/lineage',
    async (req) => {
      const page = await getRenumberingMap(db, routeParams(req, lawParams).law);
      return { title: `${page.law.title}: renumbering map`, canonical: `${page.law.url}/lineage`, ...page };
    },
    RenumberingMapPage,
  );
  dualRoute(
    routers,
    '/laws/:law/:version',
    'laws/version',
    async (req) => {
      const { law, version } = routeParams(req, versionParams);
      const page = await getVersionPage(db, law, version);
      return { title: `${page.law.title} — ${page.version.label}`, canonical: page.version.url, ...page };
    },
    VersionPage,
  );
  dualRoute(
    routers,
    '/laws/:law/:version/articles/:number',
    'laws/article',
    async (req) => {
      const { after } = afterQuery.parse(req.query);
      const { law, version, number } = routeParams(req, articleParams);
      const page = await getArticlePage(ctx, law, version, number, after);
      const title = `${page.article.label}${page.article.offenceName ? ` — ${page.article.offenceName}` : ''} (${page.law.title}, ${page.version.slug})`;
      return { title, canonical: page.article.url, ...page, searchedFor: searchedNotice(req.query) };
    },
    ArticlePage,
  );
  return routers;
}
