import { z } from 'zod';
import { jurisdictionSchema, lawSchema } from './law-records.schemas.ts';
import { outletSchema, placeSchema, reportSchema } from './report-records.schemas.ts';

/** One import file: any subset of these keys, applied in this order. */
export const importDocumentSchema = z.strictObject({
  jurisdictions: z.array(jurisdictionSchema).default([]),
  laws: z.array(lawSchema).default([]),
  outlets: z.array(outletSchema).default([]),
  places: z.array(placeSchema).default([]),
  reports: z.array(reportSchema).default([]),
});

export type ImportDocument = z.infer<typeof importDocumentSchema>;
