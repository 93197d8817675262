import { z } from 'zod';
import { SLUG } from '../lib/slug.ts';

const slugFilter = z
  .string()
  .regex(SLUG, 'must be a slug such as daily-nk')
  .optional()
  .or(z.literal('').transform(() => undefined));

export const reportsQuery = z.object({
  outlet: slugFilter,
  place: slugFilter,
  law: slugFilter,
  year: z
    .string()
    .regex(/^\d{4}$/, 'year must be a four-digit year')
    .transform(Number)
    .optional()
    .or(z.literal('').transform(() => undefined)),
  after: z.string().max(100).optional(),
});

export const afterQuery = z.object({ after: z.string().max(100).optional() });
