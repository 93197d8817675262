import { parentPort } from 'node:worker_threads';
import type { ExtractionContext, ExtractOptions } from '../extractor/citation.types.ts';
import { extractCitations } from '../extractor/extract.ts';

/** Runs in a worker thread: keeps the context of the last data version (its compiled patterns are cached per object). */
let context: { version: number; value: ExtractionContext } | null = null;

parentPort?.on(
  'message',
  (job: { id: number; text: string; options: ExtractOptions; version: number; context?: ExtractionContext }) => {
    try {
      if (job.context) context = { version: job.version, value: job.context };
      if (!context || context.version !== job.version)
        throw new Error('extraction worker: no context for this data version');
      parentPort!.postMessage({ id: job.id, citations: extractCitations(job.text, context.value, job.options) });
    } catch (error) {
      parentPort!.postMessage({ id: job.id, error: String((error as Error)?.message ?? error) });
    }
  },
);
