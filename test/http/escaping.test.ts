import request from 'supertest';
import { findArticleId, insertCitation, insertOutlet, insertReport } from '../factories/reports.ts';
import { createTestApp } from '../setup/test-app.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

let tdb: TestDatabase;
let app: ReturnType<typeof createTestApp>;
beforeAll(async () => {
  tdb = await createTestDatabase({ seeded: true });
  app = createTestApp(tdb.db);
});
afterAll(() => tdb.drop());

const evil = '<script>alert(1)</script>';

describe('escaping', () => {
  it('renders a hostile title, outlet name and quote escaped everywhere they appear', async () => {
    const outlet = await insertOutlet(tdb.db, { name: `Outlet ${evil}` });
    const art = await findArticleId(tdb.db, 'kp-criminal-code', '2015', '222');
    const r = await insertReport(tdb.db, {
      outlet_id: outlet.id,
      title: `Title ${evil}`,
      published_on: '2031-01-01',
      excerpt: `Quote ${evil} end`,
    });
    await insertCitation(tdb.db, {
      report_id: r.id,
      article: art,
      quote_exact: evil,
      quote_start: 6,
      quote_end: 6 + evil.length,
    });
    for (const url of [
      '/',
      '/reports',
      `/reports/${r.slug}`,
      `/outlets/${outlet.slug}`,
      '/laws/kp-criminal-code/2015/articles/222',
      '/reports/dailynk-crackdown-chinese-mobile-phones',
    ]) {
      const res = await request(app).get(url).expect(200);
      expect(res.text).not.toContain('<script>');
      if (url !== '/reports/dailynk-crackdown-chinese-mobile-phones')
        expect(res.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    }
  });

  it('uses unescaped output only for includes', async () => {
    const { execFileSync } = await import('node:child_process');
    const out = execFileSync('grep', ['-rn', '<%-', 'views'], { encoding: 'utf8' });
    const raw = out.split('\n').filter((l) => l && !/<%-\s*include\(/.test(l));
    expect(raw).toEqual([]);
  });
});
