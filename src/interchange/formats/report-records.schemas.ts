import { z } from 'zod';
import { isValidIsoDate } from '../../lib/dates.ts';
import { penaltyKindSchema } from './law-records.schemas.ts';
import { SLUG } from '../../lib/slug.ts';

/** Outlets, places and reports with their citations (docs/import-format.md, "Reports"). */

const slug = z.string().regex(SLUG, 'must be lower-case words joined by hyphens');
const text = z.string().trim().min(1, 'must not be empty');
const optionalText = z.string().trim().min(1, 'must not be empty').nullable().optional();
const url = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });
const isoDate = z.string().refine(isValidIsoDate, 'must be a date YYYY-MM-DD');
const textKey = z.union([z.string(), z.number()]).transform(String).pipe(z.string().trim().min(1, 'must not be empty'));
/** "2016-03-16", "2016-03" or "2016": as much of the date as the source gives. */
const partialDate = z
  .union([z.string(), z.number()])
  .transform(String)
  .refine(
    (v) => /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v) && isValidIsoDate(completeDate(v)),
    'must be YYYY, YYYY-MM or YYYY-MM-DD',
  );

export function completeDate(value: string): string {
  if (/^\d{4}$/.test(value)) return `${value}-01-01`;
  if (/^\d{4}-\d{2}$/.test(value)) return `${value}-01`;
  return value;
}

/** The last day of a partial date's period: the latest moment a "2009" report can speak of. */
export function periodEnd(value: string): string {
  if (/^\d{4}$/.test(value)) return `${value}-12-31`;
  if (/^\d{4}-\d{2}$/.test(value)) {
    const [y, m] = value.split('-').map(Number) as [number, number];
    return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  }
  return value;
}

export const outletSchema = z.strictObject({
  slug,
  name: text.optional(),
  url: url.nullable().optional(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'must be a two-letter country code')
    .nullable()
    .optional(),
});

export const placeSchema = z.strictObject({
  slug,
  name: text.optional(),
  name_ko: optionalText,
  kind: z
    .enum(['country', 'province', 'city', 'county', 'district', 'town', 'village', 'facility', 'region'])
    .optional(),
  parent: slug.nullable().optional(),
});

const months = z
  .number()
  .int('must be a whole number of months')
  .min(0, 'must not be negative')
  .nullable()
  .default(null);

/** What the report says the punishment was, in the penalty structure, so it can be compared. */
const reportedPenaltySchema = z
  .strictObject({
    tier: z.enum(['basic', 'grave', 'especially_grave']).nullable().default(null),
    kind: penaltyKindSchema,
    min_months: months,
    max_months: months,
  })
  .refine((p) => p.min_months === null || p.max_months === null || p.min_months <= p.max_months, {
    message: 'min_months must not exceed max_months',
    path: ['min_months'],
  });

/**
 * A citation is identified within its report by its target (law, version, article) and its quote
 * (the span the quote selects), so `quote` is part of the key: left out, it means "no quote".
 */
export const citationSchema = z.strictObject({
  as_written: text.optional(),
  law: slug.nullable().optional(),
  version: textKey.nullable().optional(),
  article: textKey.nullable().optional(),
  quote: z
    .strictObject({ exact: text, prefix: z.string().nullable().optional(), suffix: z.string().nullable().optional() })
    .nullable()
    .optional(),
  claim_type: z
    .enum([
      'charged_under',
      'sentenced_under',
      'law_described',
      'amendment_reported',
      'official_statement',
      'commentary',
    ])
    .optional(),
  reported_penalty: reportedPenaltySchema.nullable().optional(),
  resolution: z
    .enum(['stated_version', 'in_force_on_event', 'in_force_on_publication', 'latest', 'unresolved'])
    .optional(),
  resolution_note: optionalText,
  confidence: z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1').optional(),
  status: z.enum(['suggested', 'confirmed', 'rejected']).optional(),
  /** why it waits for review; with it, a quote that no longer occurs in the excerpt is kept unplaced */
  review_reason: optionalText,
});

export const reportSchema = z
  .strictObject({
    slug,
    outlet: slug.optional(),
    title: text.optional(),
    url: url.nullable().optional(),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'must be a language code such as en or ko')
      .optional(),
    translation_of: slug.nullable().optional(),
    published_on: partialDate.nullable().optional(),
    date_precision: z.enum(['day', 'month', 'season', 'year', 'unknown']).optional(),
    date_note: optionalText,
    event_date: isoDate.nullable().optional(),
    source_type: z
      .enum([
        'inside_source',
        'escapee_testimony',
        'state_media',
        'ngo',
        'un',
        'government',
        'court',
        'academic',
        'press',
      ])
      .optional(),
    status: z.enum(['draft', 'published']).optional(),
    authors: z.array(text).optional(),
    places: z.array(slug).optional(),
    summary: optionalText,
    excerpt: optionalText,
    citations: z.array(citationSchema).optional(),
    /** false: the file's citations are the whole curated set (an export); do not run the extractor */
    suggest_citations: z.boolean().optional(),
  })
  // Checked here when the record states both; a record stating one is checked against the stored other.
  .refine(
    (r) =>
      r.date_precision === undefined ||
      r.published_on === undefined ||
      (r.date_precision === 'unknown') === !r.published_on,
    {
      message: 'published_on must be given unless date_precision is unknown (and only then may it be null)',
      path: ['published_on'],
    },
  );

export type OutletRecord = z.infer<typeof outletSchema>;
export type PlaceRecord = z.infer<typeof placeSchema>;
export type ReportRecord = z.infer<typeof reportSchema>;
export type CitationRecord = z.infer<typeof citationSchema>;
