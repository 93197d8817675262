import { Router } from 'express';
import type { z } from 'zod';
import type { Db } from '../db/connect.ts';
import { dualRoute } from '../http/dual-route.ts';
import type { VersionedMemo } from '../lib/versioned-memo.ts';
import { getArticlePage } from './article-page.service.ts';
import { resolveInForce } from './in-force.service.ts';
import { afterQuery } from '../reports/reports.schemas.ts';
import { articleNumberParam, parseOn, searchedNotice } from './laws.schemas.ts';
import { getLawPage, getRenumberingMap, getVersionPage, listLaws, resolveArticleOn } from './laws.service.ts';
import { param } from '../http/params.ts';
import { ArticlePage, InForcePage, LawPage, LawsPage, RenumberingMapPage, VersionPage } from '../api-schema/laws.ts';

export function lawsRoutes(db: Db, memo: VersionedMemo): { html: Router; api: Router } {
  const routers = { html: Router(), api: Router() };
  dualRoute(routers, '/laws', 'laws/index', async () => ({ title: 'Laws', canonical: '/laws', ...(await listLaws(db)) }), LawsPage);
  for (const [router, prefix] of [
    [routers.html, ''],
    [routers.api, '/api'],
  ] as const) {
    router.get('/laws/:law/articles/:number', async (req, res) => {
      const on = parseOn(req.query);
      const number = articleNumberParam.parse(param(req.params.number));
      res.redirect(302, prefix + (await resolveArticleOn(db, param(req.params.law), number, on)));
    });
    router.get('/laws/:law/:version/articles/:number/in-force', async (req, res) => {
      const on = parseOn(req.query);
      const number = articleNumberParam.parse(param(req.params.number));
      const outcome = await resolveInForce(db, param(req.params.law), param(req.params.version), number, on);
      if (outcome.kind === 'redirect') res.redirect(302, prefix + outcome.url);
      else if (prefix) res.json(InForcePage.parse(outcome.page satisfies z.input<typeof InForcePage>));
      else res.render('laws/in-force', outcome.page);
    });
  }
  dualRoute(routers, '/laws/:law', 'laws/law', async (req) => {
    const page = await getLawPage(db, param(req.params.law));
    return { title: page.law.title, canonical: page.law.url, ...page };
  }, LawPage);
  dualRoute(routers, '/laws/:law/lineage', 'laws/lineage', async (req) => {
    const page = await getRenumberingMap(db, param(req.params.law));
    return { title: `${page.law.title}: renumbering map`, canonical: `${page.law.url}/lineage`, ...page };
  }, RenumberingMapPage);
  dualRoute(routers, '/laws/:law/:version', 'laws/version', async (req) => {
    const page = await getVersionPage(db, param(req.params.law), param(req.params.version));
    return { title: `${page.law.title} — ${page.version.label}`, canonical: page.version.url, ...page };
  }, VersionPage);
  dualRoute(routers, '/laws/:law/:version/articles/:number', 'laws/article', async (req) => {
    const { after } = afterQuery.parse(req.query);
    const page = await getArticlePage(db, memo, param(req.params.law), param(req.params.version), param(req.params.number), after);
    const title = `${page.article.label}${page.article.offenceName ? ` — ${page.article.offenceName}` : ''} (${page.law.title}, ${page.version.slug})`;
    return { title, canonical: page.article.url, ...page, searchedFor: searchedNotice(req.query) };
  }, ArticlePage);
  return routers;
}
