import { z } from 'zod';

/**
 * Building blocks of the API's response schemas. z.object strips fields it does not declare when a
 * route parses its page through it, and the generated document says additionalProperties: false,
 * so the JSON twins carry the data the schema names and nothing of the HTML view-model.
 */
export const str = z.string();
export const nstr = z.string().nullable();
export const int = z.int();
export const nint = z.int().nullable();
/** A path on this site, e.g. /laws/kp-criminal-code */
export const path = z.string().regex(/^\//);
export const npath = path.nullable();
export const isoDate = z.iso.date();
/** A report's date as precise as it is known: 2016, 2016-03 or 2016-03-16; null when unknown. */
export const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
  .nullable()
  .meta({ description: 'ISO date only as precise as known: 2016, 2016-03 or 2016-03-16; null when unknown.' });
/** Timestamps arrive from the database as Date and leave as ISO 8601 text. */
export const timestamp = z.union([z.date().transform((d) => d.toISOString()), z.string()]).pipe(z.iso.datetime());

export const textStatus = z.enum(['full_text', 'partial', 'reported_only']);
export const cellState = z.enum(['this', 'present', 'absent', 'unknown', 'reported_only', 'repealed']);
export const claimType = z.enum([
  'charged_under',
  'sentenced_under',
  'law_described',
  'amendment_reported',
  'official_statement',
  'commentary',
]);
export const resolution = z.enum([
  'stated_version',
  'in_force_on_event',
  'in_force_on_publication',
  'latest',
  'unresolved',
]);
export const tier = z.enum(['basic', 'grave', 'especially_grave']);

/** Every page's JSON twin starts with the page's title and canonical path. */
export const page = <T extends z.ZodRawShape>(shape: T) => z.object({ title: str, canonical: path, ...shape });

export const link = z.object({ label: str, url: path });

export const errorBody = z.object({ error: z.object({ status: int, message: str }) });

export { errorBody as Error };
