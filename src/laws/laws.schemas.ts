import { z } from 'zod';
import { urls } from '../http/urls.ts';
import { BadRequestError } from '../http/errors.ts';
import { slugParam } from '../http/params.ts';
import { isValidIsoDate, todayIso } from '../lib/dates.ts';

export const articleNumberParam = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(50, 'is longer than any article number (50 characters)');

/** Path parameters of the law pages, checked in the route (routeParams). */
export const lawParams = { law: slugParam };
export const versionParams = { law: slugParam, version: slugParam };
export const articleParams = { law: slugParam, version: slugParam, number: articleNumberParam };
export const pointInTimeParams = { law: slugParam, number: articleNumberParam };
export const lineageParams = { law: slugParam, lineage: slugParam };

export const onQuery = z.object({
  on: z
    .string()
    .optional()
    .refine((v) => v === undefined || isValidIsoDate(v), 'on must be a date written YYYY-MM-DD, e.g. ?on=2016-06-01')
    .meta({ format: 'date' }),
});

/** Parses `?on=`; a malformed date is the caller's mistake (400), absent means today. */
export function parseOn(query: unknown, now: Date = new Date()): string {
  const parsed = onQuery.safeParse(query);
  if (!parsed.success) throw new BadRequestError(parsed.error.issues[0]!.message);
  return parsed.data.on ?? todayIso(now);
}

/** Parses an optional `?on=`: null when absent, 400 when malformed. */
export function parseOptionalOn(query: unknown): string | null {
  const parsed = onQuery.safeParse(query);
  if (!parsed.success) throw new BadRequestError(parsed.error.issues[0]!.message);
  return parsed.data.on ?? null;
}

const searchedQuery = z.object({ searched: z.string().max(500).optional().catch(undefined) });

/** `?searched=` marks a page the search box jumped to: offer the text search instead. */
export function searchedNotice(query: unknown): { q: string; url: string } | null {
  const q = searchedQuery.parse(query).searched?.trim();
  return q ? { q, url: urls.searchText(q) } : null;
}
