import { type Response, Router } from 'express';
import type { AppContext } from '../http/app-context.ts';
import { HttpError } from '../http/errors.ts';
import { DuplicateCitationError } from '../writers/errors.ts';
import { pageQuery, repointForm, reviewForm } from './admin.schemas.ts';
import { getReviewQueue, repointCitation, reviewCitations } from './review.service.ts';

const notices: Record<string, string> = {
  confirmed: 'Citations confirmed.',
  rejected: 'Citations rejected.',
  repointed: 'Citation re-pointed and confirmed.',
};

/** 409: the change would make a second copy of a citation; the page links to the one that exists. */
export function renderDuplicate(res: Response, error: DuplicateCitationError, message: string) {
  res.status(409).render('admin/citation-duplicate', {
    title: 'Citation already exists',
    canonical: null,
    message,
    existingId: error.existingId,
    existingUrl: `/admin/citations/${error.existingId}`,
  });
}

export function reviewRoutes({ db }: AppContext): Router {
  const router = Router();
  router.get('/review', async (req, res) => {
    const { page } = pageQuery.parse(req.query);
    const queue = await getReviewQueue(db, page ?? 1);
    res.render('admin/review', {
      title: 'Review queue',
      canonical: null,
      ...queue,
      notice: notices[String(req.query.done)] ?? null,
      error: null,
    });
  });
  router.post('/review', async (req, res) => {
    const form = reviewForm.safeParse(req.body);
    if (!form.success) throw new HttpError(422, 'Choose confirm or reject, and at least one citation.');
    await reviewCitations(db, res.locals.user!, form.data.ids, form.data.action);
    res.redirect(303, `/admin/review?done=${form.data.action === 'confirm' ? 'confirmed' : 'rejected'}`);
  });
  router.post('/citations/:id/repoint', async (req, res) => {
    const id = Number(req.params.id);
    if (!Number.isInteger(id) || id < 1) throw new HttpError(404, 'There is no such citation.');
    const form = repointForm.safeParse(req.body);
    if (!form.success) throw new HttpError(422, form.error.issues[0]!.message);
    try {
      await repointCitation(db, res.locals.user!, id, form.data);
    } catch (error) {
      if (!(error instanceof DuplicateCitationError)) throw error;
      return renderDuplicate(
        res,
        error,
        `The report already cites Article ${form.data.number} of ${form.data.law} (${form.data.version}) with the same quote.`,
      );
    }
    res.redirect(303, '/admin/review?done=repointed');
  });
  return router;
}
