import type { RequestHandler } from 'express';
import type { ReadRouter } from '../db/read-routing.ts';
import { hasSessionCookie } from './session-cookie.ts';

/** Public reads of anonymous visitors go to a replica; sessions, admin pages and writes read the primary (their own writes). */
export function readRouting(reads: ReadRouter): RequestHandler {
  return (req, _res, next) => {
    const publicRead =
      (req.method === 'GET' || req.method === 'HEAD') &&
      !req.path.startsWith('/admin') &&
      req.path !== '/healthz' &&
      !hasSessionCookie(req);
    reads.run(publicRead, next);
  };
}
