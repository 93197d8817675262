import type { Request } from 'express';

/** The session cookie's name: the admin sets it; the page cache and read routing only look for it. */
export const SESSION_COOKIE = 'atlas_session';

/** Whether the request carries a session (valid or not): such requests bypass the cache and read the primary. */
export function hasSessionCookie(req: Request): boolean {
  return req.headers.cookie?.includes(`${SESSION_COOKIE}=`) === true;
}
