import { type Response, Router } from 'express';
import type { AppContext } from '../http/app-context.ts';
import { param } from '../http/params.ts';
import { fetcherFor } from '../ingest/fetcher-config.ts';
import { Ingester, type UrlResult } from '../ingest/ingest.service.ts';
import { summaryLine } from '../ingest/ingest-summary.ts';
import { getReportSource, outletExists } from '../ingest/sources.service.ts';
import { outletOptions } from '../reports/browse.service.ts';
import { requireRole } from './session.middleware.ts';
import { fromUrlForm } from './sources.schemas.ts';

/** /admin/reports/from-url: pasted article addresses, previewed (a dry run), then made drafts. */
export function fromUrlRoutes({ db, config }: AppContext): Router {
  const router = Router();
  const render = async (
    res: Response,
    status: number,
    data: {
      values: Record<string, unknown>;
      errors: Record<string, string>;
      results: UrlResult[] | null;
      action: string | null;
    },
  ) =>
    res.status(status).render('admin/from-url', {
      title: 'Add reports from URLs',
      canonical: null,
      outlets: await outletOptions(db),
      summary: data.results ? summaryLine(data.results, data.action === 'preview') : null,
      ...data,
    });
  router.get('/reports/from-url', async (_req, res) => {
    await render(res, 200, { values: { urls: '', outlet: '' }, errors: {}, results: null, action: null });
  });
  router.post('/reports/from-url', async (req, res) => {
    const values = {
      urls: typeof req.body.urls === 'string' ? req.body.urls : '',
      outlet: typeof req.body.outlet === 'string' ? req.body.outlet : '',
    };
    const form = fromUrlForm.safeParse(req.body);
    if (!form.success)
      return render(res, 422, {
        values,
        errors: Object.fromEntries(form.error.issues.map((i) => [String(i.path[0]), i.message])),
        results: null,
        action: null,
      });
    if (form.data.outlet && !(await outletExists(db, form.data.outlet)))
      return render(res, 422, {
        values,
        errors: { outlet: 'Choose an outlet from the list.' },
        results: null,
        action: null,
      });
    const fetcher = fetcherFor(config);
    const ingester = new Ingester(db, fetcher);
    const results: UrlResult[] = [];
    try {
      for (const url of form.data.urls) {
        results.push(
          await ingester.ingest(url, {
            dryRun: form.data.action === 'preview',
            outlet: form.data.outlet,
            actor: res.locals.user!.email,
            actorSource: 'ui',
          }),
        );
      }
    } finally {
      await fetcher.close();
    }
    await render(res, 200, { values, errors: {}, results, action: form.data.action });
  });
  // The fetched full text is kept for extraction and review, never published: administrators only.
  router.get('/reports/:slug/source', requireRole('admin'), async (req, res) => {
    const source = await getReportSource(db, param(req.params.slug));
    res.render('admin/report-source', { title: `Fetched text of ${source.title}`, canonical: null, source });
  });
  return router;
}
