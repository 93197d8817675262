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
    const res = await request(app)
      .post('/api/extract')
      .send({ text: 'He was charged under Article 60 of the Criminal Code.', date: '2016-03-16' })
      .expect(200);
    expect(res.body).toEqual([
      expect.objectContaining({
        asWritten: 'Article 60 of the Criminal Code',
        law: 'kp-criminal-code',
        article: '60',
        version: '2015',
      }),
    ]);
  });

  it('binds a bare reference to the law the context names, and never cites the context', async () => {
    const text = 'Article 58 of the Act punishes speaking in the South Korean style.';
    const body = {
      text,
      date: '2023-06-01',
      context: { title: 'Pyongyang Cultural Language Protection Act: the full text', summary: null },
    };
    const res = await request(app).post('/api/extract').send(body).expect(200);
    expect(res.body).toEqual([
      expect.objectContaining({
        law: 'kp-pyongyang-cultural-language-protection-act',
        lawName: null,
        article: '58',
        version: '2023',
        start: 0,
      }),
    ]);
    expect(text.slice(res.body[0].start, res.body[0].end)).toBe(res.body[0].asWritten);
  });

  it('returns an article of a law the database does not hold with law null and its name', async () => {
    const text = '서울중앙지법은 A씨에게 국가보안법 제7조를 적용했다. 같은 법 제8조도 적용됐다.';
    const res = await request(app).post('/api/extract').send({ text, date: '2020-01-01' }).expect(200);
    expect(
      res.body.map((c: { law: string | null; lawName: string | null; article: string }) => [
        c.law,
        c.lawName,
        c.article,
      ]),
    ).toEqual([
      [null, '국가보안법', '7'],
      [null, '국가보안법', '8'],
    ]);
  });

  it.each([
    [{}, 'text is required'],
    [{ text: 'Art. 60', context: 'North Korea' }, 'context must be an object'],
    [{ text: 'Art. 60', context: { title: 7 } }, 'context.title must be a string'],
    [{ text: 'Art. 60', context: { headline: 'x' } }, 'context'],
    [{ text: '' }, 'text must not be empty'],
    [{ text: 'Art. 60', date: 'yesterday' }, 'date must be a date written YYYY-MM-DD'],
  ])('answers %j with 400 "%s"', async (body, message) => {
    const res = await request(app).post('/api/extract').send(body).expect(400);
    expect(res.body.error.message).toContain(message);
  });

  it('refuses malformed JSON and bodies over 1 MB with 400', async () => {
    const bad = await request(app)
      .post('/api/extract')
      .set('content-type', 'application/json')
      .send('{"text": ')
      .expect(400);
    expect(bad.body.error.message).toContain('must be JSON');
    const big = await request(app)
      .post('/api/extract')
      .send({ text: 'x'.repeat(1_100_000) })
      .expect(400);
    expect(big.body.error.message).toBe('The request body is larger than the 1 MB limit.');
  });
});
