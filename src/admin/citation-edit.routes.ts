import { type Response, Router } from 'express';
import type { AppContext } from '../http/app-context.ts';
import { HttpError } from '../http/errors.ts';
import { loadCitation, reportForCitation, saveCitation } from './citation-edit.service.ts';
import { type CitationForm, citationForm, parseForm } from './edit-forms.schemas.ts';
import { findHomeDefaultLaw } from '../laws/laws.service.ts';
import { DuplicateCitationError } from '../writers/errors.ts';

const conflictMessage =
  'Someone else saved this citation after you opened it. Your changes were not saved. Compare below, then reload to edit the latest version.';

function idOf(raw: unknown): number {
  const id = Number(raw);
  if (!Number.isInteger(id) || id < 1) throw new HttpError(404, 'There is no such citation.');
  return id;
}

function render(res: Response, status: number, data: Record<string, unknown>) {
  res.status(status).render('admin/citation-edit', {
    canonical: null,
    errors: {},
    conflict: null,
    notice: null,
    duplicate: null,
    ...data,
  });
}

/** A save that would duplicate another citation of the report: 409, the form as typed, a link to the other. */
async function saveOr409(body: unknown, save: (form: CitationForm) => ReturnType<typeof saveCitation>) {
  const form = parseForm(citationForm, body);
  if (!form.ok) return form;
  try {
    return await save(form.data);
  } catch (error) {
    if (!(error instanceof DuplicateCitationError)) throw error;
    return {
      ok: false as const,
      status: 409 as const,
      duplicate: { id: error.existingId, url: `/admin/citations/${error.existingId}` },
    };
  }
}

/** Edit any citation (target, quote, claim, reported penalty, status) or add one to a report by hand. */
export function citationEditRoutes({ db }: AppContext): Router {
  const router = Router();
  router.get('/citations/:id', async (req, res) => {
    const c = await loadCitation(db, idOf(req.params.id));
    render(res, 200, {
      title: `Citation ${c.id}`,
      action: `/admin/citations/${c.id}`,
      report: { title: c.report_title, slug: c.report_slug },
      values: c,
      notice: req.query.saved ? 'Saved.' : null,
    });
  });
  router.post('/citations/:id', async (req, res) => {
    const id = idOf(req.params.id);
    const result = await saveOr409(req.body, (form) => saveCitation(db, res.locals.user!, { id }, form));
    if (result.ok) return res.redirect(303, `/admin/citations/${id}?saved=1`);
    const c = await loadCitation(db, id);
    if ('duplicate' in result)
      return render(res, 409, {
        title: `Citation ${id}`,
        action: `/admin/citations/${id}`,
        report: { title: c.report_title, slug: c.report_slug },
        values: req.body,
        duplicate: result.duplicate,
      });
    const values = { ...req.body, lock_version: result.status === 409 ? c.lock_version : req.body.lock_version };
    const conflict = result.status === 409 ? { message: conflictMessage, diff: result.diff } : null;
    render(res, result.status, {
      title: `Citation ${id}`,
      action: `/admin/citations/${id}`,
      report: { title: c.report_title, slug: c.report_slug },
      values,
      errors: result.status === 422 ? result.errors : {},
      conflict,
    });
  });
  router.get('/reports/:slug/citations/new', async (req, res) => {
    const report = await reportForCitation(db, String(req.params.slug));
    // The form starts on the law a bare article number means (law.is_default), if one is marked.
    const values = {
      law: (await findHomeDefaultLaw(db)) ?? '',
      claim_type: 'law_described',
      confidence: '1',
      status: 'confirmed',
    };
    render(res, 200, {
      title: 'New citation',
      action: `/admin/reports/${encodeURIComponent(report.slug)}/citations/new`,
      report,
      values,
    });
  });
  router.post('/reports/:slug/citations/new', async (req, res) => {
    const report = await reportForCitation(db, String(req.params.slug));
    const result = await saveOr409(req.body, (form) =>
      saveCitation(db, res.locals.user!, { reportSlug: report.slug }, form),
    );
    if (result.ok) return res.redirect(303, `/admin/citations/${result.id}?saved=1`);
    const action = `/admin/reports/${encodeURIComponent(report.slug)}/citations/new`;
    if ('duplicate' in result)
      return render(res, 409, { title: 'New citation', action, report, values: req.body, duplicate: result.duplicate });
    const errors = result.status === 422 ? result.errors : {};
    render(res, 422, { title: 'New citation', action, report, values: req.body, errors });
  });
  return router;
}
