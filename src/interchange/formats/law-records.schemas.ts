import { z } from 'zod';
import { isValidIsoDate } from '../../lib/dates.ts';
import { SLUG } from '../../lib/slug.ts';

/**
 * The import document (docs/import-format.md): the one shape seeds, CLI and upload share.
 * Merge semantics: a key left out is absent (`undefined`) and leaves the stored value alone; an
 * explicit null clears it; a list that is given replaces the stored list. So only natural keys
 * are required here — a field a new record cannot do without is checked by the writer on insert.
 */

const slug = z.string().regex(SLUG, 'must be lower-case words joined by hyphens');
const text = z.string().trim().min(1, 'must not be empty');
const optionalText = z.string().trim().min(1, 'must not be empty').nullable().optional();
const isoDate = z.string().refine(isValidIsoDate, 'must be a date YYYY-MM-DD');
const url = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });
const months = z.number().int('must be a whole number of months').min(0, 'must not be negative').nullable();

// YAML reads an unquoted 2015 as a number; a version slug or article number is always text.
const textKey = z.union([z.string(), z.number()]).transform(String).pipe(z.string().trim().min(1, 'must not be empty'));

export const aliasSchema = z.strictObject({
  name: text,
  lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'must be a language code such as en or ko'),
});

export const penaltyKindSchema = z.enum([
  'disciplinary_labor',
  'fixed_term_correctional_labor',
  'unlimited_term_correctional_labor',
  'death',
  'confiscation',
  'fine',
  'deprivation_of_rights',
  'suspension_of_qualifications',
  'deprivation_of_qualifications',
]);

export const penaltySchema = z
  .strictObject({
    tier: z.enum(['basic', 'grave', 'especially_grave']),
    alternative_group: z.number().int().min(1).default(1),
    kind: penaltyKindSchema,
    min_months: months.default(null),
    max_months: months.default(null),
    note: optionalText,
  })
  .refine((p) => p.min_months === null || p.max_months === null || p.min_months <= p.max_months, {
    message: 'min_months must not exceed max_months',
    path: ['min_months'],
  });

export const articleSchema = z.strictObject({
  number: textKey,
  lineage: slug.nullable().optional(),
  chapter: z.array(text).optional(),
  heading: optionalText,
  summary: optionalText,
  text_en: optionalText,
  text_ko: optionalText,
  source_url: url.nullable().optional(),
  provenance: optionalText,
  penalties: z.array(penaltySchema).optional(),
});

export const lineageStepSchema = z.strictObject({
  lineage: slug,
  relation: z.enum(['same', 'renumbered', 'amended', 'split', 'merged', 'repealed', 'new']),
  note: optionalText,
});

export const versionSchema = z.strictObject({
  slug: textKey.pipe(slug),
  label: text.optional(),
  adopted_on: isoDate.nullable().optional(),
  effective_from: isoDate.nullable().optional(),
  amending_instrument: optionalText,
  text_status: z.enum(['full_text', 'partial', 'reported_only']).optional(),
  source_url: url.nullable().optional(),
  note: optionalText,
  articles: z.array(articleSchema).optional(),
  lineage_steps: z.array(lineageStepSchema).optional(),
});

export const lineageSchema = z.strictObject({
  slug,
  offence_name: text.optional(),
  offence_name_ko: optionalText,
  aliases: z.array(aliasSchema).optional(),
  note: optionalText,
});

export const lawSchema = z.strictObject({
  slug,
  jurisdiction: z
    .string()
    .regex(/^[a-z]{2,8}$/, 'must be a jurisdiction code such as kp')
    .optional(),
  title: text.optional(),
  title_ko: optionalText,
  kind: z.enum(['code', 'law', 'decree', 'regulation']).optional(),
  summary: optionalText,
  source_url: url.nullable().optional(),
  /** the law a bare "Article N" means in a text about its jurisdiction; null clears it (false) */
  default: z.boolean().nullable().optional(),
  aliases: z.array(aliasSchema).optional(),
  lineages: z.array(lineageSchema).optional(),
  versions: z.array(versionSchema).optional(),
});

export const jurisdictionSchema = z.strictObject({
  code: z.string().regex(/^[a-z]{2,8}$/, 'must be a jurisdiction code such as kp'),
  name: text.optional(),
  name_ko: optionalText,
  /** names texts use for the jurisdiction, which the extractor reads as markers; absent leaves them as they are */
  aliases: z.array(aliasSchema).optional(),
});

export type LawRecord = z.infer<typeof lawSchema>;
export type VersionRecord = z.infer<typeof versionSchema>;
export type ArticleRecord = z.infer<typeof articleSchema>;
export type PenaltyRecord = z.infer<typeof penaltySchema>;
export type LineageRecord = z.infer<typeof lineageSchema>;
export type JurisdictionRecord = z.infer<typeof jurisdictionSchema>;
