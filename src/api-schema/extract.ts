import { z } from 'zod';
import { isValidIsoDate } from '../lib/dates.ts';
import { nstr, resolution } from './common.ts';

/** POST /api/extract: what it takes and what it answers (src/citations/extract.routes.ts). */
const date = z
  .string()
  .refine(isValidIsoDate, 'must be a date written YYYY-MM-DD')
  .nullable()
  .optional()
  .meta({ format: 'date' });
const contextText = z.string({ error: 'must be a string' }).nullable().optional();

/** The request body, checked in the route; the document's ExtractRequest is generated from it. */
export const ExtractRequest = z.strictObject({
  text: z
    .string({ error: 'text is required: send {"text": "…", "date": "YYYY-MM-DD"}' })
    .min(1, 'text must not be empty'),
  date: date.refine(() => true, 'date must be a date written YYYY-MM-DD'),
  eventDate: date,
  context: z
    .strictObject(
      { title: contextText, summary: contextText },
      { error: 'context must be an object: {"title": "…", "summary": "…"}' },
    )
    .nullable()
    .optional()
    .meta({
      description:
        'The title and summary the text is published under. They help bind bare references ("Article 27 of the law") and are never returned as citations.',
    }),
});

export const ExtractedCitation = z.object({
  asWritten: z.string().meta({ description: 'The text the citation spans: input.slice(start, end).' }),
  start: z.int().meta({ description: 'UTF-16 code-unit offset into the input where asWritten starts.' }),
  end: z.int().meta({ description: 'UTF-16 code-unit offset just past asWritten.' }),
  law: nstr.meta({
    description: 'Slug of the law when the database holds it; null for another law, named in lawName.',
  }),
  lawName: nstr.meta({
    description:
      'The law as named in the text ("National Security Act", "한국 형법") when it is not one the database holds; null otherwise.',
  }),
  article: nstr,
  articleTo: nstr,
  paragraph: nstr,
  version: nstr.meta({
    description:
      'Slug of the version in force (stated, else on the event date, else on the publication date, else the latest), also for an article our partial data lacks; null when unresolved or for another law.',
  }),
  url: z.string().regex(/^\//).nullable().meta({
    description:
      "Path on this site: the article page when the database holds the article in that version, else the version's page (a range or a law named with a version too), the law's page for a law named alone; null for another law or an unresolved article.",
  }),
  resolution,
  confidence: z
    .number()
    .meta({ description: 'From 0 to 1; about 0.1 lower for an article our data lacks in that version.' }),
});

export const ExtractResponse = z.array(ExtractedCitation);
