import { z } from 'zod';
import { penaltyKindSchema } from '../interchange/formats/law-records.schemas.ts';

/**
 * The editors' forms, checked in the route: a field that fails is a 422 re-rendering the form with
 * the user's values and a message beside the field; the services receive only parsed data.
 */
const optional = (max: number) =>
  z
    .string()
    .max(max, `must be at most ${max} characters`)
    .transform((v) => v.trim() || null);

export const articleForm = z.object({
  heading: optional(300),
  summary: optional(5000),
  text_en: optional(100_000),
  text_ko: optional(100_000),
  provenance: optional(2000),
  source_url: optional(2000).refine((v) => v === null || /^https?:\/\/\S+$/.test(v), 'must be an http(s) URL'),
  chapter: optional(1000),
  lock_version: z.string().regex(/^\d+$/).transform(Number),
});

export const reportForm = z.object({
  title: z.string().trim().min(1, 'must not be empty').max(500, 'must be at most 500 characters'),
  summary: optional(5000),
  // Left out of a form post, the excerpt stays as it is. Browsers send a textarea's line breaks
  // as CRLF: stored text uses LF, and a quote's offsets count every character.
  excerpt: z
    .string()
    .max(100_000, 'must be at most 100000 characters')
    .transform((v) => v.replace(/\r\n?/g, '\n').trim() || null)
    .optional(),
  status: z.enum(['draft', 'published'], { error: 'must be draft or published' }),
  lock_version: z.string().regex(/^\d+$/).transform(Number),
});

const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);
const months = z.preprocess(
  blank,
  z.coerce.number().int('must be a whole number of months').min(0, 'must not be negative').nullable(),
);

export const citationForm = z
  .object({
    law: z.string().trim().min(1, 'is required'),
    version: z.string().trim().min(1, 'is required'),
    number: z.string().trim().min(1, 'is required'),
    as_written: z.string().trim().min(1, 'must not be empty').max(500),
    quote_exact: z.preprocess(blank, z.string().max(2000).nullable()),
    claim_type: z.enum([
      'charged_under',
      'sentenced_under',
      'law_described',
      'amendment_reported',
      'official_statement',
      'commentary',
    ]),
    reported_kind: z.preprocess(blank, penaltyKindSchema.nullable()),
    reported_tier: z.preprocess(blank, z.enum(['basic', 'grave', 'especially_grave']).nullable()),
    reported_min_months: months,
    reported_max_months: months,
    confidence: z.coerce.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1'),
    status: z.enum(['suggested', 'confirmed', 'rejected']),
    lock_version: z.coerce.number().int().optional(),
  })
  .refine(
    (c) =>
      c.reported_min_months === null ||
      c.reported_max_months === null ||
      c.reported_min_months <= c.reported_max_months,
    {
      message: 'must not exceed the maximum',
      path: ['reported_min_months'],
    },
  );

export type ArticleForm = z.output<typeof articleForm>;
export type ReportForm = z.output<typeof reportForm>;
export type CitationForm = z.output<typeof citationForm>;

export function fieldErrors(error: z.ZodError): Record<string, string> {
  return Object.fromEntries(
    error.issues.map((i) => [String(i.path[0]), `${String(i.path[0]).replace('_', ' ')} ${i.message}`]),
  );
}

/** A form post parsed, or the 422 the route renders: each failing field with its message. */
export function parseForm<S extends z.ZodType>(
  schema: S,
  body: unknown,
): { ok: true; data: z.output<S> } | { ok: false; status: 422; errors: Record<string, string> } {
  const parsed = schema.safeParse(body ?? {});
  return parsed.success
    ? { ok: true, data: parsed.data }
    : { ok: false, status: 422, errors: fieldErrors(parsed.error) };
}
