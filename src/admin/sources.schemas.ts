import { z } from 'zod';
import { SLUG } from '../lib/slug.ts';

const httpUrl = z
  .string()
  .trim()
  .max(2000, 'The address is too long.')
  .pipe(z.url({ protocol: /^https?$/, error: 'Enter an http:// or https:// address.' }));

export const sourceForm = z.object({
  url: httpUrl,
  outlet: z.string().regex(SLUG, 'Choose an outlet from the list.'),
  default_language: z
    .string()
    .trim()
    .regex(/^[a-z]{2,3}$/, 'Enter a language code such as en, ko or ja.'),
  poll_interval_minutes: z
    .string()
    .trim()
    .regex(/^\d{1,5}$/, 'Enter a whole number of minutes.')
    .transform(Number)
    .refine((n) => n >= 5 && n <= 10080, 'Poll every 5 minutes at most often, every week at least.'),
});

export const sourceIdParam = z
  .string()
  .regex(/^\d{1,9}$/)
  .transform(Number);

/** At most this many URLs per paste: each is fetched politely, one request per site per second. */
export const MAX_PASTED_URLS = 10;

export const fromUrlForm = z.object({
  urls: z
    .string()
    .max(20_000, 'Paste fewer addresses.')
    .transform((v) => [...new Set(v.split(/\s+/).filter(Boolean))])
    .pipe(
      z
        .array(
          z
            .url({ protocol: /^https?$/, error: 'Each line must be one http:// or https:// address.' })
            .max(2000, 'One address is too long.'),
        )
        .min(1, 'Paste at least one article address.')
        .max(MAX_PASTED_URLS, `Paste at most ${MAX_PASTED_URLS} addresses at once.`),
    ),
  outlet: z
    .string()
    .regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/, 'Choose an outlet from the list.')
    .optional()
    .transform((v) => v || null),
  action: z.enum(['preview', 'create'], { error: 'Choose preview or create.' }),
});
