import { timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Db } from '../db/connect.ts';
import { readCookie, setCookie } from '../http/cookies.ts';
import { HttpError } from '../http/errors.ts';
import { safeNext } from './admin.schemas.ts';
import { SESSION_COOKIE } from '../http/session-cookie.ts';
import { type Role, type SessionUser, SESSION_MAX_MS, loadSession, token } from './auth.service.ts';

/** Before sign-in there is no session: the login form uses a double-submit cookie instead. */
export const PRELOGIN_CSRF_COOKIE = 'atlas_csrf';

declare module 'express-serve-static-core' {
  interface Locals {
    user?: SessionUser;
    csrfToken?: string;
  }
}

/** Session ids and CSRF tokens are 32 random bytes in base64url; any other cookie value is no cookie. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;
const readToken = (req: Request, name: string) => {
  const value = readCookie(req, name);
  return value && TOKEN_SHAPE.test(value) ? value : null;
};

export function loadUser(db: Db): RequestHandler {
  return async (req, res, next) => {
    const sid = readToken(req, SESSION_COOKIE);
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
  let t = readToken(req, PRELOGIN_CSRF_COOKIE);
  if (!t) {
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
    next(
      new HttpError(
        403,
        'This form has expired or did not come from this site (missing or wrong security token). Reload the page and try again.',
      ),
    );
    return;
  }
  next();
}

export function requireUser(req: Request, res: Response, next: NextFunction): void {
  if (res.locals.user) {
    next();
    return;
  }
  if (req.method === 'GET' || req.method === 'HEAD') {
    // The page asked for comes back after sign-in, unless it could not (too long, or not an admin path).
    const back = req.originalUrl;
    res.redirect(303, safeNext(back) === back ? `/admin/login?next=${encodeURIComponent(back)}` : '/admin/login');
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
