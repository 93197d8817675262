import fs from 'node:fs';
import path from 'node:path';
import type { ExtractionContext } from '../../src/extractor/citation.types.ts';
import { extractCitations } from '../../src/extractor/extract.ts';
import { ADVERSARIAL, SIZE } from './adversarial.ts';

/**
 * Extraction throughput on ~5 MB of mixed text: the gold-set sentences (English, Korean,
 * Japanese, German, with and without citations) interleaved with citation-free report prose, each
 * document with a title and summary as context; and the worst time on the hostile 100 kB inputs.
 */
const fixtures = new URL('../fixtures/citations/', import.meta.url);
const PROSE =
  'A source in the province said inspections at the customs house had intensified since the autumn, and that ' +
  'traders who once crossed the river every week now wait for weeks before moving goods. 소식통은 최근 국경 ' +
  '지역의 단속이 강화되면서 중국산 손전화를 쓰는 사람들이 크게 줄었다고 전했다. ';
const CONTEXT = {
  title: 'North Korea tightens border controls',
  summary: 'A source describes arrests under the criminal code.',
};

function loadContext(): ExtractionContext {
  return JSON.parse(fs.readFileSync(new URL('context.json', fixtures), 'utf8')) as ExtractionContext;
}

export function measureExtraction(targetBytes = 5 * 1024 * 1024) {
  const ctx = loadContext();
  const gold = fs
    .readFileSync(new URL('gold.jsonl', fixtures), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);
  const docs: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < targetBytes; i++) {
    // Documents of a few kB, like report excerpts: prose with a gold sentence every few lines.
    const doc = `${PROSE}${gold[i % gold.length]} ${PROSE}${PROSE}${gold[(i * 7) % gold.length]}\n`.repeat(4);
    docs.push(doc);
    bytes += Buffer.byteLength(doc);
  }
  // One pass to compile the context's patterns and warm the JIT, then the best of three timed passes.
  const pass = () =>
    docs.reduce((n, doc) => n + extractCitations(doc, ctx, { date: '2017-04-02', context: CONTEXT }).length, 0);
  const citations = pass();
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    const started = process.hrtime.bigint();
    pass();
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e9);
  }
  return { megabytes: bytes / 2 ** 20, mbPerSecond: bytes / 2 ** 20 / best, citations, ...worstCase(ctx) };
}

function worstCase(ctx: ExtractionContext): { worstMs: number; worstInput: string } {
  let worst = { worstMs: 0, worstInput: '' };
  for (const [label, text] of ADVERSARIAL) {
    const started = performance.now();
    extractCitations(text, ctx, { date: '2016-01-01' });
    const ms = performance.now() - started;
    if (ms > worst.worstMs) worst = { worstMs: ms, worstInput: label };
  }
  return worst;
}

const START = '<!-- bench:extraction start -->';
const END = '<!-- bench:extraction end -->';

export function extractionSection(e: ReturnType<typeof measureExtraction>): string {
  return [
    START,
    '## Citation extraction',
    '',
    `Measured on ${new Date().toISOString().slice(0, 10)} (\`npm run bench\`, or \`npm run bench -- extraction\` for this section alone):`,
    `${e.megabytes.toFixed(1)} MB of mixed English/Korean text with a title and summary per document (best of three passes after a warm-up): ` +
      `${e.mbPerSecond.toFixed(1)} MB/s, ${e.citations} citations found (target ≥ 5 MB/s${e.mbPerSecond >= 5 ? ', met' : ', missed'}).`,
    `Worst of ${ADVERSARIAL.length} hostile ${SIZE / 1000} kB inputs (test/bench/adversarial.ts): ${e.worstMs.toFixed(0)} ms (${e.worstInput}).`,
    END,
  ].join('\n');
}

/** Replaces one marked section of docs/benchmarks.md, or appends it. */
export function replaceSection(file: string, start: string, end: string, body: string): void {
  const doc = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmarks\n';
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  const next =
    from >= 0 && to > from ? doc.slice(0, from) + body + doc.slice(to + end.length) : `${doc.trimEnd()}\n\n${body}\n`;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, next);
}

export function recordExtraction(file: string, e: ReturnType<typeof measureExtraction>): void {
  replaceSection(file, START, END, extractionSection(e));
}

/** The sections other tools write into docs/benchmarks.md, kept when the bench rewrites the rest. */
export function keptSections(file: string): string {
  if (!fs.existsSync(file)) return '';
  const doc = fs.readFileSync(file, 'utf8');
  // Everything from the evaluation's marker on is written by other commands or by hand (dated
  // side-by-side runs): a new bench run replaces the sections above it and keeps all of these.
  const from = doc.indexOf('<!-- eval:extract start -->');
  return from >= 0 ? `\n${doc.slice(from).trimEnd()}\n` : '';
}
