import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { ZodError } from 'zod';
import { HttpError, NotFoundError } from './errors.ts';

export function notFoundHandler(): RequestHandler {
  return (_req, _res, next) => next(new NotFoundError());
}

function isApi(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}

/** Malformed bodies from express.json arrive as errors with a status; keep them 4xx. */
/** PostgreSQL errors that can only come from the values a request sent. */
function databaseInputStatus(error: unknown): number | null {
  const code = (error as { code?: unknown })?.code;
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) return null;
  if (code.startsWith('22')) return 400; // data exception: a value PostgreSQL cannot take (NUL, out of range)
  if (code === '23505') return 409; // unique violation: the record already exists
  return null;
}

const databaseInputMessages: Record<number, string> = {
  400: 'The request contained a value that cannot be stored or compared (for example a NUL character or an impossible date).',
  409: 'That record already exists; reload the page to see it.',
};

function statusOf(error: unknown): number {
  if (error instanceof HttpError) return error.status;
  if (error instanceof ZodError) return 400;
  const dbStatus = databaseInputStatus(error);
  if (dbStatus) return dbStatus;
  const status =
    (error as { status?: unknown; statusCode?: unknown })?.status ?? (error as { statusCode?: unknown })?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : 500;
}

/** The one error handler: 4xx pages say what went wrong; 500s are logged and say nothing internal. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const status = statusOf(error);
    const message =
      status === 500
        ? 'Something went wrong on our side. The error has been logged.'
        : error instanceof ZodError
          ? (error.issues[0]?.message ?? 'Invalid request')
          : databaseInputStatus(error)
            ? databaseInputMessages[status]!
            : (error as Error).message;
    if (status === 500) logger.error({ err: error, url: req.originalUrl }, 'request failed');
    if (res.headersSent) return;
    res.status(status);
    if (isApi(req.path)) {
      res.json({ error: { status, message } });
      return;
    }
    const view = status === 404 ? 'errors/404' : status === 500 ? 'errors/500' : 'errors/4xx';
    res.render(view, { title: status === 404 ? 'Not found' : `Error ${status}`, status, message, canonical: null });
  };
}
