import request from 'supertest';
import { makeLaw } from '../factories/laws.ts';
import { makeOutlet } from '../factories/outlets.ts';
import { makeReport } from '../factories/reports.ts';
import { createTestApp } from '../setup/test-app.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

let tdb: TestDatabase;
let app: ReturnType<typeof createTestApp>;
beforeAll(async () => {
  tdb = await createTestDatabase();
  app = createTestApp(tdb.db);
});
afterAll(() => tdb.drop());

const evil = '<script>alert(1)</script>';

describe('escaping', () => {
  it('renders a hostile title, outlet name and quote escaped everywhere they appear', async () => {
    const law = await makeLaw(tdb.db);
    const article = law.article('2020', '1');
    const outlet = await makeOutlet(tdb.db, { name: `Outlet ${evil}` });
    const r = await makeReport(tdb.db, {
      outlet,
      title: `Title ${evil}`,
      published_on: '2031-01-01',
      excerpt: `Quote ${evil} end`,
      citations: [{ article, quote: evil }],
    });
    const plain = await makeReport(tdb.db, { citations: [{ article }] });
    for (const url of ['/', '/reports', r.path, outlet.path, article.path, plain.path]) {
      const res = await request(app).get(url).expect(200);
      expect(res.text).not.toContain('<script>');
      if (url !== plain.path) expect(res.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    }
    const stored = await tdb.db
      .selectFrom('citation')
      .select(['quote_exact', 'quote_start'])
      .where('report_id', '=', r.id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ quote_exact: evil, quote_start: 6 });
  });

  it('uses unescaped output only for includes', async () => {
    const { execFileSync } = await import('node:child_process');
    const out = execFileSync('grep', ['-rn', '<%-', 'views'], { encoding: 'utf8' });
    const raw = out.split('\n').filter((l) => l && !/<%-\s*include\(/.test(l));
    expect(raw).toEqual([]);
  });
});
