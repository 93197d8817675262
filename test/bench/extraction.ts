import { readFileSync } from 'node:fs';
import type { ExtractionContext } from '../../src/citations/citation.types.ts';
import { extractCitations } from '../../src/citations/extract.ts';

/**
 * Extraction throughput on ~5 MB of mixed text: the gold-set sentences (English, Korean,
 * Japanese, German, with and without citations) interleaved with citation-free report prose.
 */
const fixtures = new URL('../fixtures/citations/', import.meta.url);
const PROSE =
  'A source in the province said inspections at the customs house had intensified since the autumn, and that ' +
  'traders who once crossed the river every week now wait for weeks before moving goods. 소식통은 최근 국경 ' +
  '지역의 단속이 강화되면서 중국산 손전화를 쓰는 사람들이 크게 줄었다고 전했다. ';

export function measureExtraction(targetBytes = 5 * 1024 * 1024) {
  const ctx = JSON.parse(readFileSync(new URL('context.json', fixtures), 'utf8')) as ExtractionContext;
  const gold = readFileSync(new URL('gold.jsonl', fixtures), 'utf8')
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
  extractCitations(docs[0]!, ctx); // compile the context's patterns outside the timing
  const started = process.hrtime.bigint();
  let citations = 0;
  for (const doc of docs) citations += extractCitations(doc, ctx, { date: '2017-04-02' }).length;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { megabytes: bytes / 2 ** 20, mbPerSecond: bytes / 2 ** 20 / seconds, citations };
}
