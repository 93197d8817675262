import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';

/**
 * Sends a body with validators for conditional GET: a strong ETag over the exact bytes (so any
 * change, including a removed entry, changes it) and Last-Modified; 304 when the client's copy is
 * current (If-None-Match first, else If-Modified-Since, as RFC 9110 orders them).
 */
export function sendWithValidators(
  req: Request,
  res: Response,
  body: string,
  contentType: string,
  lastModified: Date,
): void {
  res.set({
    'Content-Type': contentType,
    ETag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`,
    'Last-Modified': lastModified.toUTCString(),
    // Caches may keep a copy but must revalidate, which the validators make cheap.
    'Cache-Control': 'no-cache',
  });
  if (req.fresh) {
    res.status(304).end();
    return;
  }
  res.send(body);
}
