import { z } from 'zod';
import { termOnlyValues } from '../search/search.facets.ts';
import { SLUG } from '../lib/slug.ts';

const slug = z.string().regex(SLUG, 'must be a slug such as kp-criminal-code');

export const penaltiesQuery = z.object({
  law: slug.optional().or(z.literal('').transform(() => undefined)),
  version: slug.optional().or(z.literal('').transform(() => undefined)),
  max: z
    .enum(termOnlyValues, { error: `max must be one of ${termOnlyValues.join(', ')}` })
    .optional()
    .or(z.literal('').transform(() => undefined)),
});

export type PenaltiesQuery = z.output<typeof penaltiesQuery>;
