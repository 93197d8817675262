import { z } from 'zod';
import { type FacetKey, claimTypes, maxTermValues, penaltyKinds } from './search.facets.ts';
import { SLUG } from '../lib/slug.ts';

export const MAX_QUERY_LENGTH = 500;
export const MAX_PAGE = 50;
const MAX_VALUES = 20;

/** A parameter given once is a string, repeated an array (?kind=death&kind=fine); both become arrays. */
function many(valid: (value: string) => boolean, message: string, name: string) {
  return z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => [...new Set((v === undefined ? [] : Array.isArray(v) ? v : [v]).filter((s) => s !== ''))])
    .pipe(z.array(z.string().refine(valid, message)).max(MAX_VALUES, `at most ${MAX_VALUES} values of ${name}`));
}

const matches = (re: RegExp) => (value: string) => re.test(value);
const oneOf = (values: readonly string[]) => (value: string) => values.includes(value);

const page = z
  .string()
  .regex(/^\d{1,3}$/, 'page must be a number')
  .transform(Number)
  .pipe(
    z
      .number()
      .int()
      .min(1, 'pages start at 1')
      .max(MAX_PAGE, `results stop at page ${MAX_PAGE}; narrow the search instead`),
  )
  .optional()
  .transform((v) => v ?? 1);

const facetSchemas = {
  law: many(matches(SLUG), 'law must be a slug such as kp-criminal-code', 'law'),
  version: many(
    matches(/^[a-z0-9]+(-[a-z0-9]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/),
    'version must read law/version, e.g. kp-criminal-code/2015',
    'version',
  ),
  kind: many(oneOf(penaltyKinds), `kind must be one of ${penaltyKinds.join(', ')}`, 'kind'),
  max: many(oneOf(maxTermValues), `max must be one of ${maxTermValues.join(', ')}`, 'max'),
  outlet: many(matches(SLUG), 'outlet must be a slug such as daily-nk', 'outlet'),
  place: many(matches(SLUG), 'place must be a slug such as hyesan', 'place'),
  year: many(matches(/^(1[89]|2\d)\d\d$/), 'year must be a four-digit year', 'year'),
  claim: many(oneOf(claimTypes), `claim must be one of ${claimTypes.join(', ')}`, 'claim'),
} satisfies Record<FacetKey, z.ZodType>;

export const searchQuery = z.object({
  // NUL cannot reach PostgreSQL text; other control characters are just noise in a search box.
  q: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (Array.isArray(v) ? v.join(' ') : (v ?? '')).replace(/[\u0000-\u001f\u007f]/g, ' ')),
  ...facetSchemas,
  apage: page,
  rpage: page,
  /** 'off': search the text even when it is exactly a citation or an offence name */
  jump: z.literal('off', { error: 'jump can only be off' }).optional(),
});

export type SearchState = z.output<typeof searchQuery>;
