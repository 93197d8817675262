import { readFileSync } from 'node:fs';
import type { ExtractedCitation, ExtractionContext, ExtractOptions } from '../../../src/extractor/citation.types.ts';
import { extractCitations } from '../../../src/extractor/extract.ts';

/** What named-laws.test.ts and bare-numbers.test.ts read of a citation: its law, or the name of one we do not hold. */
export const ctx = JSON.parse(
  readFileSync(new URL('../../fixtures/citations/context.json', import.meta.url), 'utf8'),
) as ExtractionContext;

export const CC = 'kp-criminal-code';

export type Brief = [law: string | null, lawName: string | null, article: string | null, articleTo: string | null];

export const extract = (text: string, opts: ExtractOptions = { date: '2019-03-01' }): ExtractedCitation[] =>
  extractCitations(text, ctx, opts);

export const briefs = (text: string, opts?: ExtractOptions): Brief[] =>
  extract(text, opts).map((c) => [c.law, c.lawName, c.article, c.articleTo]);
