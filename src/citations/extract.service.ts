import type { ReadContext } from '../db/read-context.ts';
import type { ExtractedCitation, ExtractOptions } from '../extractor/citation.types.ts';
import { getExtractionContext, getVersionedExtractionContext } from './context.service.ts';
import { OFF_THREAD_CHARS, type OffThreadExtractor } from './extract-off-thread.ts';
import { extractCitations } from '../extractor/extract.ts';

/** The element shape of `atlas extract --json` and POST /api/extract (DESIGN.md, CLI contract). */
export type CitationOutput = Omit<ExtractedCitation, 'offence' | 'reason' | 'item' | 'jurisdiction'>;

export function toOutput(c: ExtractedCitation): CitationOutput {
  return {
    asWritten: c.asWritten,
    start: c.start,
    end: c.end,
    law: c.law,
    lawName: c.lawName,
    article: c.article,
    articleTo: c.articleTo,
    paragraph: c.paragraph,
    version: c.version,
    url: c.url,
    resolution: c.resolution,
    confidence: c.confidence,
  };
}

/** Citations in `text`, resolved against the laws in the database. */
export async function extractFromText(
  ctx: ReadContext,
  text: string,
  options: ExtractOptions = {},
): Promise<ExtractedCitation[]> {
  return extractCitations(text, await getExtractionContext(ctx), options);
}

/** The same, with large texts extracted in a worker thread so the event loop stays free for other requests. */
export async function extractFromRequestText(
  ctx: ReadContext,
  offThread: OffThreadExtractor,
  text: string,
  options: ExtractOptions,
): Promise<ExtractedCitation[]> {
  if (text.length < OFF_THREAD_CHARS) return extractFromText(ctx, text, options);
  const { version, context } = await getVersionedExtractionContext(ctx);
  return offThread.run(text, options, version, context);
}
