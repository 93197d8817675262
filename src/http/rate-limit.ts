import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { HttpError } from './errors.ts';

/**
 * Requests per minute per client address (an IPv6 client by its /56) for an expensive endpoint:
 * extracting citations from a 1 MB text holds the event loop for about a second. Counted per
 * process, so N workers allow up to N times as many; 0 turns the limit off.
 */
export function perMinuteLimit(limit: number, what: string): RequestHandler {
  if (limit === 0) return (_req, _res, next) => next();
  return rateLimit({
    windowMs: 60_000,
    limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    // config.ts validates TRUST_PROXY itself; these checks would only print to the console.
    validate: { trustProxy: false, xForwardedForHeader: false, forwardedHeader: false },
    handler: (_req, _res, next, options) =>
      next(
        new HttpError(
          options.statusCode,
          `Too many ${what} from your address: at most ${limit} a minute. Try again shortly, or use the atlas command line for bulk work.`,
        ),
      ),
  });
}
