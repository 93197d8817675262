import express, { Router } from 'express';
import type { z } from 'zod';
import { BadRequestError } from '../http/errors.ts';
import { ExtractRequest, type ExtractResponse } from '../api-schema/extract.ts';
import type { AppContext } from '../http/app-context.ts';
import { OffThreadExtractor } from './extract-off-thread.ts';
import { extractFromRequestText, toOutput } from './extract.service.ts';

export const EXTRACT_BODY_LIMIT = '1mb';

/** POST /api/extract: read-only, so no CSRF token; bodies over 1 MB are refused with 400. */
export function extractRoutes(ctx: AppContext, offThread = new OffThreadExtractor()): Router {
  const router = Router();
  const json = express.json({ limit: EXTRACT_BODY_LIMIT, strict: true });
  router.post('/extract', (req, res, next) => {
    json(req, res, (error?: unknown) => {
      if (!error) return next();
      const type = (error as { type?: string }).type;
      if (type === 'entity.too.large')
        return next(new BadRequestError('The request body is larger than the 1 MB limit.'));
      next(new BadRequestError('The request body must be JSON: {"text": "…", "date": "YYYY-MM-DD"}.'));
    });
  });
  router.post('/extract', async (req, res) => {
    const parsed = ExtractRequest.safeParse(req.body ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new BadRequestError(
        issue.path.length > 0 && !issue.message.startsWith(String(issue.path[0]))
          ? `${issue.path.join('.')} ${issue.message}`
          : issue.message,
      );
    }
    const { text, date: on, eventDate, context } = parsed.data;
    const citations = await extractFromRequestText(ctx, offThread, text, {
      date: on ?? null,
      eventDate: eventDate ?? null,
      context: context ?? null,
    });
    const body: z.infer<typeof ExtractResponse> = citations.map(toOutput);
    res.json(body);
  });
  return router;
}
