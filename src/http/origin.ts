import type { Request, RequestHandler } from 'express';

/**
 * The scheme and host permanent URLs are built on: PUBLIC_URL when configured (set it in
 * production: without it the client's Host header decides), else the request's own origin.
 */
export function siteOrigin(req: Request, publicUrl: string | null): string {
  return (publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`).replace(/\/+$/, '');
}

/** Exposes `origin` to views, for the absolute URLs in "Cite this". */
export function originLocal(publicUrl: string | null): RequestHandler {
  return (req, res, next) => {
    res.locals.origin = siteOrigin(req, publicUrl);
    next();
  };
}
