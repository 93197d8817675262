import { Worker } from 'node:worker_threads';
import { HttpError } from '../http/errors.ts';
import type { ExtractedCitation, ExtractionContext, ExtractOptions } from '../extractor/citation.types.ts';

// Compiled (dist/…/*.js), the worker is the compiled module itself; run from the TypeScript
// sources, it needs the shim that registers tsx first.
const workerEntry = import.meta.url.endsWith('.ts') ? './extract-worker.mjs' : './extract-worker.js';

/** Texts at least this long are extracted in the worker thread; shorter ones cost less than the hand-off. */
export const OFF_THREAD_CHARS = 32 * 1024;
/** The CPU budget of one request: past it the worker is stopped and the request refused. */
export const EXTRACT_BUDGET_MS = 10_000;
/** An idle worker is stopped after this long, so it neither holds memory nor keeps a process from exiting. */
const IDLE_MS = 500;

interface Pending {
  resolve: (c: ExtractedCitation[]) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

/**
 * One worker thread, started on first use, for the extractor on large bodies: a 1 MB hostile text
 * costs seconds of CPU, which on the main thread would stall every other request. Jobs queue in
 * the worker; a job over its budget terminates the worker (the next job starts a fresh one).
 */
export class OffThreadExtractor {
  private worker: Worker | null = null;
  private workerVersion: number | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private idle: NodeJS.Timeout | null = null;

  run(
    text: string,
    options: ExtractOptions,
    version: number,
    context: ExtractionContext,
  ): Promise<ExtractedCitation[]> {
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    const worker = this.ensureWorker();
    const id = this.nextId++;
    const sendContext = this.workerVersion !== version;
    this.workerVersion = version;
    return new Promise<ExtractedCitation[]>((resolve, reject) => {
      const timer = setTimeout(() => this.overBudget(id), EXTRACT_BUDGET_MS);
      this.pending.set(id, { resolve, reject, timer });
      worker.postMessage({ id, text, options, version, ...(sendContext ? { context } : {}) });
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    await w?.terminate();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL(workerEntry, import.meta.url));
    // An idle worker must not keep the process alive at shutdown.
    worker.unref();
    worker.on('message', (m: { id: number; citations?: ExtractedCitation[]; error?: string }) => {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      clearTimeout(p.timer);
      if (m.citations) p.resolve(m.citations);
      else p.reject(new Error(m.error ?? 'extraction failed'));
      if (this.pending.size === 0) this.stopWhenIdle(worker);
    });
    worker.on('error', (error) => this.failAll(error));
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = null;
      this.failAll(new HttpError(503, 'The extraction worker restarted while this text waited; send it again.'));
    });
    this.worker = worker;
    this.workerVersion = null;
    return worker;
  }

  private stopWhenIdle(worker: Worker): void {
    this.idle = setTimeout(() => {
      if (this.worker !== worker || this.pending.size > 0) return;
      this.worker = null;
      void worker.terminate();
    }, IDLE_MS);
    this.idle.unref();
  }

  private overBudget(id: number): void {
    const p = this.pending.get(id);
    if (!p) return;
    this.pending.delete(id);
    p.reject(
      new HttpError(
        503,
        `Extraction of this text took longer than ${EXTRACT_BUDGET_MS / 1000} s and was stopped. Send a shorter text.`,
      ),
    );
    const w = this.worker;
    this.worker = null;
    void w?.terminate();
  }

  private failAll(error: Error): void {
    for (const [id, p] of this.pending) {
      clearTimeout(p.timer);
      p.reject(error);
      this.pending.delete(id);
    }
  }
}
