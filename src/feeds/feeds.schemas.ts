import { z } from 'zod';
import { reportsQuery } from '../reports/reports.schemas.ts';

/** /reports.{atom,csv,json} and /search.{atom,csv,json}: the /reports facets, plus `q` for searches. */
export const reportOutputQuery = reportsQuery.omit({ after: true }).extend({
  q: z.string().trim().max(500, 'q must be at most 500 characters').optional(),
});

export const reportsOutputQuery = reportsQuery.omit({ after: true });
