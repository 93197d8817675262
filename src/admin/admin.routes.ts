import express, { Router } from 'express';
import type { AppContext } from '../http/app-context.ts';
import type { PollScheduler } from '../ingest/poll-scheduler.ts';
import { clearCookie, setCookie } from '../http/cookies.ts';
import { loginForm, safeNext } from './admin.schemas.ts';
import { LoginRateLimitError, SESSION_MAX_MS, login, logout } from './auth.service.ts';
import { reviewRoutes } from './review.routes.ts';
import { SESSION_COOKIE } from '../http/session-cookie.ts';
import { PRELOGIN_CSRF_COOKIE, loadUser, preloginCsrf, requireUser, verifyCsrf } from './session.middleware.ts';
import { getDashboard } from './dashboard.service.ts';
import { auditRoutes } from './audit.routes.ts';
import { usersRoutes } from './users.routes.ts';
import { curationRoutes } from './curation.routes.ts';
import { lawEditorRoutes } from './law-editor.routes.ts';
import { citationEditRoutes } from './citation-edit.routes.ts';
import { exportRoutes } from './export.routes.ts';
import { formBodiesOnly } from './form-bodies.ts';
import { importRoutes } from './import.routes.ts';
import { fromUrlRoutes } from './from-url.routes.ts';
import { sourcesRoutes } from './sources.routes.ts';

/**
 * /admin: sign-in, then curation behind a session and a CSRF token on every POST; `scheduler`
 * (feed polling, when this process runs it) is what "Poll now" wakes.
 */
export function adminRoutes(ctx: AppContext, scheduler: PollScheduler | null): Router {
  const { db } = ctx;
  const router = Router();
  router.use(express.urlencoded({ extended: false, limit: '200kb' }));
  router.use(formBodiesOnly(['/import']));
  router.use(loadUser(db));
  router.use((_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });

  router.get('/login', preloginCsrf, (req, res) => {
    if (res.locals.user) return res.redirect(303, '/admin');
    res.render('admin/login', {
      title: 'Sign in',
      canonical: null,
      error: null,
      email: '',
      next: safeNext(req.query.next as string | undefined),
    });
  });
  router.post('/login', preloginCsrf, verifyCsrf, async (req, res) => {
    const form = loginForm.safeParse(req.body);
    const email = typeof req.body?.email === 'string' ? req.body.email : '';
    const next = safeNext(typeof req.body?.next === 'string' ? req.body.next : undefined);
    const fail = (status: number, error: string) =>
      res.status(status).render('admin/login', { title: 'Sign in', canonical: null, error, email, next });
    if (!form.success) return fail(422, form.error.issues[0]!.message);
    try {
      const session = await login(db, form.data.email, form.data.password, req.ip ?? 'unknown');
      if (!session) return fail(401, 'That email and password do not match an account.');
      clearCookie(req, res, PRELOGIN_CSRF_COOKIE);
      setCookie(req, res, SESSION_COOKIE, session.sessionId, SESSION_MAX_MS);
      res.redirect(303, next);
    } catch (error) {
      if (!(error instanceof LoginRateLimitError)) throw error;
      res.set('Retry-After', String(error.retryAfterSeconds));
      fail(429, error.message);
    }
  });

  // The upload form is multipart: its route parses the body itself before checking the token.
  router.use(importRoutes(ctx));
  router.use(requireUser, verifyCsrf);
  router.post('/logout', async (req, res) => {
    await logout(db, res.locals.user!.sessionId);
    clearCookie(req, res, SESSION_COOKIE);
    res.redirect(303, '/admin/login?signed_out=1');
  });
  router.get('/', async (_req, res) => {
    res.render('admin/dashboard', { title: 'Admin', canonical: null, ...(await getDashboard(db)) });
  });
  router.use(reviewRoutes(ctx));
  router.use(auditRoutes(ctx));
  router.use(usersRoutes(ctx));
  router.use(sourcesRoutes(ctx, scheduler));
  // Before curation's /reports/:slug, which would take "from-url" for a slug.
  router.use(fromUrlRoutes(ctx));
  router.use(curationRoutes(ctx));
  router.use(lawEditorRoutes(ctx));
  router.use(citationEditRoutes(ctx));
  router.use(exportRoutes(ctx));
  return router;
}
