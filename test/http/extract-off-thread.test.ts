import type { AddressInfo } from 'node:net';
import { extractFromText, toOutput } from '../../src/citations/extract.service.ts';
import { OFF_THREAD_CHARS } from '../../src/citations/extract-off-thread.ts';
import { createReadContext } from '../../src/db/read-context.ts';
import { createTestApp } from '../setup/test-app.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

let tdb: TestDatabase;
let base: string;
let close: () => Promise<void>;
beforeAll(async () => {
  tdb = await createTestDatabase();
  const server = createTestApp(tdb.db, { extractRateLimit: 0 }).listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise((r) => server.close(() => r()));
});
afterAll(async () => {
  await close();
  await tdb.drop();
});

const extract = (text: string) =>
  fetch(`${base}/api/extract`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text, date: '2016-03-16' }),
  });

describe('POST /api/extract with a large body', () => {
  it('gives the same citations from the worker thread as the extractor gives in process', async () => {
    const paragraph =
      'He was charged under Article 60 of the Criminal Code and sentenced under Article 222. 형법 제63조에 따라 처벌되었다. ';
    const text = paragraph.repeat(Math.ceil(OFF_THREAD_CHARS / paragraph.length) + 1);
    expect(text.length).toBeGreaterThanOrEqual(OFF_THREAD_CHARS);
    const res = await extract(text);
    expect(res.status).toBe(200);
    const inProcess = (
      await extractFromText(createReadContext(tdb.db), text, { date: '2016-03-16', eventDate: null, context: null })
    ).map(toOutput);
    expect(inProcess.length).toBeGreaterThan(100);
    expect(await res.json()).toEqual(JSON.parse(JSON.stringify(inProcess)));
  });

  it('keeps answering other requests while a costly text is extracted', async () => {
    // A hostile text (hundreds of thousands of one-word sentences) costs seconds of CPU.
    const hostile = '형법. 1조. '.repeat(60_000);
    let extracted = false;
    const pending = extract(hostile).then(async (r) => {
      extracted = true;
      return r.status;
    });
    await new Promise((r) => setTimeout(r, 100));
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(extracted).toBe(false);
    expect([200, 503]).toContain(await pending);
  }, 30_000);
});
