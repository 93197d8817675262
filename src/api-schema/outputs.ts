import { z } from 'zod';
import { claimType, int, nstr, str } from './common.ts';

/** Rows of the CSV/JSON downloads (src/downloads) and the CSL-JSON citation file (src/cite). */
const uri = z.url();

export const CitationRow = z
  .object({
    citation_id: int,
    law: nstr,
    version: nstr,
    article: nstr,
    as_written: str,
    claim_type: claimType,
    quote: nstr,
    confidence: z.number(),
    report: str,
    report_title: str,
    report_date: nstr,
    report_language: str,
    outlet: str,
    report_url: uri,
    source_url: nstr,
  })
  .meta({
    description:
      'One confirmed citation; report_date is ISO and only as precise as known (2016, 2016-03 or 2016-03-16).',
  });

export const ReportRow = z.object({
  report: str,
  title: str,
  date: nstr,
  language: str,
  outlet: str,
  authors: str,
  places: str,
  cited: str,
  source_type: str,
  summary: nstr,
  report_url: uri,
  source_url: nstr,
});

export const CslItems = z.array(
  z.looseObject({
    id: str,
    type: str,
    title: str,
    URL: uri,
    accessed: z.object({ 'date-parts': z.array(z.array(int)) }),
  }),
);
