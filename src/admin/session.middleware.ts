import { timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Db } from '../db/connect.ts';
import { readCookie, setCookie } from '../http/cookies.ts';
import { HttpError } from '../http/errors.ts';
import { type Role, type SessionUser, SESSION_MAX_MS, loadSession, token } from './auth.service.ts';

export const SESSION_COOKIE = 'atlas_session';
/** Before sign-in there is no session: the login form uses a double-submit cookie instead. */
export const PRELOGIN_CSRF_COOKIE = 'atlas_csrf';

declare module 'express-serve-static-core' {
  interface Locals {
    user?: SessionUser;
    csrfToken?: string;
  }
}

export function loadUser(db: Db): RequestHandler {
  return async (req, res, next) => {
    const sid = readCookie(req, SESSION_COOKIE);
    const user = sid ? await loadSession(db, sid) : null;
    if (user) {
      res.locals.user = user;
      res.locals.csrfToken = user.csrfToken;
    }
    next();
  };
}

/** Gives an anonymous visitor a CSRF token for the login form. */
export function preloginCsrf(req: Request, res: Response, next: NextFunction): void {
  if (res.locals.user) {
    next();
    return;
  }
  let t = readCookie(req, PRELOGIN_CSRF_COOKIE);
  if (!t || !/^[A-Za-z0-9_-]{43}$/.test(t)) {
    t = token();
    setCookie(req, res, PRELOGIN_CSRF_COOKIE, t, SESSION_MAX_MS);
  }
  res.locals.csrfToken = t;
  next();
}

function sameToken(a: unknown, b: string | undefined): boolean {
  if (typeof a !== 'string' || !b || a.length !== b.length) return false;
  return timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

/** Every state-changing request must echo the token; otherwise 403 before anything runs. */
export function verifyCsrf(req: Request, res: Response, next: NextFunction): void {
  if (req.method === 'GET' || req.method === 'HEAD') {
    next();
    return;
  }
  const sent = (req.body as Record<string, unknown> | undefined)?._csrf ?? req.get('x-csrf-token');
  if (!sameToken(sent, res.locals.csrfToken)) {
    next(new HttpError(403, 'This form has expired or did not come from this site (missing or wrong security token). Reload the page and try again.'));
    return;
  }
  next();
}

export function requireUser(req: Request, res: Response, next: NextFunction): void {
  if (res.locals.user) {
    next();
    return;
  }
  if (req.method === 'GET') {
    res.redirect(303, `/admin/login?next=${encodeURIComponent(req.originalUrl)}`);
    return;
  }
  next(new HttpError(401, 'Please sign in again.'));
}

export function requireRole(role: Role): RequestHandler {
  return (_req, res, next) => {
    if (res.locals.user?.role === role) return next();
    next(new HttpError(403, role === 'admin' ? 'Only administrators may do this.' : 'You may not do this.'));
  };
}
