import { Router } from 'express';
import type { Db } from '../db/connect.ts';
import { HttpError } from '../http/errors.ts';
import { pageQuery, repointForm, reviewForm } from './admin.schemas.ts';
import { getReviewQueue, repointCitation, reviewCitations } from './review.service.ts';

const notices: Record<string, string> = { confirmed: 'Citations confirmed.', rejected: 'Citations rejected.', repointed: 'Citation re-pointed and confirmed.' };

export function reviewRoutes(db: Db): Router {
  const router = Router();
  router.get('/review', async (req, res) => {
    const { page } = pageQuery.parse(req.query);
    const queue = await getReviewQueue(db, page ?? 1);
    res.render('admin/review', { title: 'Review queue', canonical: null, ...queue, notice: notices[String(req.query.done)] ?? null, error: null });
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
    await repointCitation(db, res.locals.user!, id, form.data);
    res.redirect(303, '/admin/review?done=repointed');
  });
  return router;
}
