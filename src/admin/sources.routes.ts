import { type Response, Router } from 'express';
import type { AppContext } from '../http/app-context.ts';
import { HttpError } from '../http/errors.ts';
import { param } from '../http/params.ts';
import { fetcherFor } from '../ingest/fetcher-config.ts';
import type { PollScheduler } from '../ingest/poll-scheduler.ts';
import { addSource, getSourcesPage, markSourceDue, setSourcePaused } from '../ingest/sources.service.ts';
import { outletOptions } from '../reports/browse.service.ts';
import { sourceForm, sourceIdParam } from './sources.schemas.ts';

const NOTICES: Record<string, string> = {
  added: 'Source added. It is polled at its interval; “Poll now” polls it at once.',
  paused: 'Source paused: it is not polled until resumed.',
  resumed: 'Source resumed.',
  queued: 'Poll requested: the source is polled within moments.',
  due: 'Poll requested: the source is polled at the server’s next round (polling is off in this process).',
};

const blank = { url: '', outlet: '', default_language: 'en', poll_interval_minutes: '60' };

/** /admin/sources: the feeds the server polls into draft reports (editors and admins). */
export function sourcesRoutes({ db, config }: AppContext, scheduler: PollScheduler | null): Router {
  const router = Router();
  const render = async (
    res: Response,
    status: number,
    values: Record<string, unknown>,
    errors: Record<string, string>,
    notice: string | null,
  ) =>
    res.status(status).render('admin/sources', {
      title: 'Sources',
      canonical: null,
      sources: await getSourcesPage(db),
      outlets: await outletOptions(db),
      values,
      errors,
      notice,
    });
  router.get('/sources', async (req, res) => {
    await render(res, 200, blank, {}, NOTICES[String(req.query.done ?? '')] ?? null);
  });
  router.post('/sources', async (req, res) => {
    const values = { ...blank, ...req.body };
    const form = sourceForm.safeParse(req.body);
    if (!form.success)
      return render(
        res,
        422,
        values,
        Object.fromEntries(form.error.issues.map((i) => [String(i.path[0]), i.message])),
        null,
      );
    const fetcher = fetcherFor(config);
    try {
      const result = await addSource(db, fetcher, { ...form.data });
      if (!result.ok) return render(res, result.status, values, result.errors, null);
    } finally {
      await fetcher.close();
    }
    res.redirect(303, '/admin/sources?done=added');
  });
  const sourceId = (raw: unknown) => {
    const id = sourceIdParam.safeParse(param(raw as string));
    if (!id.success) throw new HttpError(404, 'There is no such source.');
    return id.data;
  };
  router.post('/sources/:id/pause', async (req, res) => {
    await setSourcePaused(db, sourceId(req.params.id), true);
    res.redirect(303, '/admin/sources?done=paused');
  });
  router.post('/sources/:id/resume', async (req, res) => {
    await setSourcePaused(db, sourceId(req.params.id), false);
    res.redirect(303, '/admin/sources?done=resumed');
  });
  router.post('/sources/:id/poll', async (req, res) => {
    await markSourceDue(db, sourceId(req.params.id));
    scheduler?.wake();
    res.redirect(303, `/admin/sources?done=${scheduler ? 'queued' : 'due'}`);
  });
  return router;
}
