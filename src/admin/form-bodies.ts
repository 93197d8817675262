import type { RequestHandler } from 'express';
import { HttpError } from '../http/errors.ts';

const FORM = 'application/x-www-form-urlencoded';
const MULTIPART = 'multipart/form-data';

/**
 * Admin routes read HTML form posts only: urlencoded everywhere, multipart where a route parses
 * it (the upload form). Any other body — JSON, text, no Content-Type — is refused with 415 before
 * a handler could read a body nothing has parsed; a POST without a body reaches it as `{}`.
 */
export function formBodiesOnly(multipartPaths: string[]): RequestHandler {
  return (req, _res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return next();
    const allowed = multipartPaths.includes(req.path) ? [FORM, MULTIPART] : [FORM];
    if (req.is(allowed) === false) {
      return next(
        new HttpError(
          415,
          `This address accepts ${allowed.join(' or ')} form posts only (got ${req.get('content-type') || 'no Content-Type'}).`,
        ),
      );
    }
    req.body ??= {};
    next();
  };
}
