import { type Response, Router } from 'express';
import type { AppContext } from '../http/app-context.ts';
import type { Db } from '../db/connect.ts';
import { outletOptions } from '../reports/browse.service.ts';
import { pageQuery } from './admin.schemas.ts';
import { createReport } from './report-create.service.ts';
import { getAuditPage } from './audit.service.ts';
import { listReports, loadArticle, loadReport, saveArticle, saveReport } from './curation.service.ts';
import { articleForm, parseForm, reportForm } from './edit-forms.schemas.ts';
import { param } from '../http/params.ts';

const conflictMessage =
  'Someone else saved this record after you opened it. Your changes were not saved. Compare below, then reload to edit the latest version.';

async function renderForm(
  db: Db,
  res: Response,
  view: string,
  status: number,
  data: Record<string, unknown> & { history: { entity: string; id: number } },
) {
  const { events } = await getAuditPage(db, { entity: data.history.entity, entityId: data.history.id });
  res
    .status(status)
    .render(view, { canonical: null, errors: {}, conflict: null, notice: null, ...data, history: events });
}

function savedNotice(query: Record<string, unknown>): string | null {
  if (!query.saved) return null;
  const suggested = Number(query.suggested) || 0;
  const unplaced = Number(query.unplaced) || 0;
  return [
    'Saved.',
    suggested > 0 ? `The extractor suggested ${suggested} citation(s) for review.` : '',
    unplaced > 0
      ? `${unplaced} citation(s) quote words the new excerpt no longer has: they went back to the review queue (marked below).`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** Curation forms: every save is optimistic-locked and re-renders with the user's values. */
export function curationRoutes({ db }: AppContext): Router {
  const router = Router();
  const articlePath = '/laws/:law/:version/articles/:number';
  router.get('/article', (req, res) => {
    const q = (k: string) => encodeURIComponent(String(req.query[k] ?? '').trim());
    res.redirect(303, `/admin/laws/${q('law')}/${q('version')}/articles/${q('number')}`);
  });
  router.get(articlePath, async (req, res) => {
    const a = await loadArticle(db, param(req.params.law), param(req.params.version), param(req.params.number));
    const values = { ...a, chapter: a.chapter_path.join(' › ') };
    await renderForm(db, res, 'admin/article-edit', 200, {
      title: `Edit Article ${a.number}`,
      article: a,
      values,
      notice: req.query.saved ? 'Saved.' : null,
      history: { entity: 'article', id: a.id },
    });
  });
  router.post(articlePath, async (req, res) => {
    const key = { law: param(req.params.law), version: param(req.params.version), number: param(req.params.number) };
    const form = parseForm(articleForm, req.body);
    const result = form.ok ? await saveArticle(db, res.locals.user!, key, form.data) : form;
    if (result.ok) return res.redirect(303, `/admin${req.path}?saved=1`);
    const article = await loadArticle(db, key.law, key.version, key.number);
    const values = { ...req.body, lock_version: result.status === 409 ? article.lock_version : req.body.lock_version };
    const conflict = result.status === 409 ? { message: conflictMessage, diff: result.diff } : null;
    await renderForm(db, res, 'admin/article-edit', result.status, {
      title: `Edit Article ${article.number}`,
      article,
      values,
      errors: result.status === 422 ? result.errors : {},
      conflict,
      history: { entity: 'article', id: article.id },
    });
  });
  router.get('/reports', async (req, res) => {
    const { page } = pageQuery.parse(req.query);
    res.render('admin/reports', {
      title: 'Reports',
      canonical: null,
      reports: await listReports(db, page ?? 1),
      page: page ?? 1,
    });
  });
  router.get('/reports/new', async (_req, res) => {
    res.render('admin/report-new', {
      title: 'New report',
      canonical: null,
      values: { language: 'en', status: 'draft', date_precision: 'day' },
      errors: {},
      outlets: await outletOptions(db),
    });
  });
  router.post('/reports/new', async (req, res) => {
    const result = await createReport(db, res.locals.user!, req.body ?? {});
    if (result.ok)
      return res.redirect(
        303,
        `/admin/reports/${encodeURIComponent(String(req.body.slug).trim())}?saved=1&suggested=${result.suggested}`,
      );
    res.status(422).render('admin/report-new', {
      title: 'New report',
      canonical: null,
      values: req.body,
      errors: result.errors,
      outlets: await outletOptions(db),
    });
  });
  router.get('/reports/:slug', async (req, res) => {
    const r = await loadReport(db, param(req.params.slug));
    await renderForm(db, res, 'admin/report-edit', 200, {
      title: `Edit ${r.title}`,
      report: r,
      values: r,
      notice: savedNotice(req.query),
      history: { entity: 'report', id: r.id },
    });
  });
  router.post('/reports/:slug', async (req, res) => {
    const slug = param(req.params.slug);
    const form = parseForm(reportForm, req.body);
    const result = form.ok ? await saveReport(db, res.locals.user!, slug, form.data) : form;
    if (result.ok)
      return res.redirect(
        303,
        `/admin/reports/${encodeURIComponent(slug)}?saved=1&suggested=${result.suggested}&unplaced=${result.unplaced}`,
      );
    const report = await loadReport(db, slug);
    const values = { ...req.body, lock_version: result.status === 409 ? report.lock_version : req.body.lock_version };
    const conflict = result.status === 409 ? { message: conflictMessage, diff: result.diff } : null;
    await renderForm(db, res, 'admin/report-edit', result.status, {
      title: `Edit ${report.title}`,
      report,
      values,
      errors: result.status === 422 ? result.errors : {},
      conflict,
      history: { entity: 'report', id: report.id },
    });
  });
  return router;
}
