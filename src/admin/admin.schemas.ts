import { z } from 'zod';
import { SLUG } from '../lib/slug.ts';

export const loginForm = z.object({
  email: z.string().trim().min(1, 'Enter your email address.').max(320),
  password: z.string().min(1, 'Enter your password.').max(1000),
  next: z.string().optional(),
});

const ids = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
  .pipe(
    z
      .array(
        z
          .string()
          .regex(/^\d{1,10}$/)
          .transform(Number),
      )
      .max(500),
  );

export const reviewForm = z.object({ action: z.enum(['confirm', 'reject']), ids });

export const repointForm = z.object({
  law: z.string().regex(SLUG, 'law must be a law slug such as kp-criminal-code'),
  version: z.string().trim().min(1, 'version is required').max(50),
  number: z.string().trim().min(1, 'article number is required').max(50),
});

const box = z
  .unknown()
  .optional()
  .transform((v) => v === '1');

/** The import upload's options: a ticked box posts "1"; anything else is unticked. */
export const importOptionsForm = z.object({ prune: box });

/** Applying a held upload: the deletions confirmed are the list the preview showed, as posted back. */
export const importApplyForm = z.object({
  prune: box,
  confirm_deletions: box,
  deletions: z.string().max(1_000_000).optional().catch(undefined),
});

export const pageQuery = z.object({
  page: z
    .string()
    .regex(/^\d{1,6}$/)
    .transform(Number)
    .optional(),
});

/** Longer return addresses are dropped: the Location header would outgrow what clients accept. */
export const MAX_NEXT_LENGTH = 512;

/** Only same-site admin paths of a sane length: never an open redirect, never a giant header. */
export function safeNext(next: string | undefined): string {
  return next &&
    next.length <= MAX_NEXT_LENGTH &&
    /^\/admin(\/[A-Za-z0-9/_?=&%.-]*)?$/.test(next) &&
    !next.startsWith('//')
    ? next
    : '/admin';
}
