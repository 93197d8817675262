import request from 'supertest';
import { createTestApp } from '../setup/test-app.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

let tdb: TestDatabase;
let app: ReturnType<typeof createTestApp>;
beforeAll(async () => {
  tdb = await createTestDatabase({ seeded: true });
  app = createTestApp(tdb.db);
});
afterAll(() => tdb.drop());

describe('POST /api/extract', () => {
  it('returns the citations with their resolution', async () => {
    const res = await request(app).post('/api/extract').send({ text: 'He was charged under Article 60 of the Criminal Code.', date: '2016-03-16' }).expect(200);
    expect(res.body).toEqual([
      expect.objectContaining({ asWritten: 'Article 60 of the Criminal Code', law: 'kp-criminal-code', article: '60', version: '2015' }),
    ]);
  });

  it.each([
    [{}, 'text is required'],
    [{ text: '' }, 'text must not be empty'],
    [{ text: 'Art. 60', date: 'yesterday' }, 'date must be a date written YYYY-MM-DD'],
  ])('answers %j with 400 "%s"', async (body, message) => {
    const res = await request(app).post('/api/extract').send(body).expect(400);
    expect(res.body.error.message).toContain(message);
  });

  it('refuses malformed JSON and bodies over 1 MB with 400', async () => {
    const bad = await request(app).post('/api/extract').set('content-type', 'application/json').send('{"text": ').expect(400);
    expect(bad.body.error.message).toContain('must be JSON');
    const big = await request(app).post('/api/extract').send({ text: 'x'.repeat(1_100_000) }).expect(400);
    expect(big.body.error.message).toBe('The request body is larger than the 1 MB limit.');
  });
});
