import request from 'supertest';
import { createUser } from '../../src/admin/auth.service.ts';
import { csrfFrom, signIn } from '../setup/admin-agent.ts';
import { visibleText } from '../setup/html.ts';
import { createTestApp } from '../setup/test-app.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

let tdb: TestDatabase;
let app: ReturnType<typeof createTestApp>;
beforeAll(async () => {
  tdb = await createTestDatabase({ seeded: true });
  app = createTestApp(tdb.db);
  await createUser(tdb.db, 'cite@example.org', 'editor', 'citation editor pass');
});
afterAll(() => tdb.drop());

const seed = 'dailynk-crackdown-chinese-mobile-phones';

describe('citation curation', () => {
  it('adds a citation by hand, with its quote located in the excerpt, and shows it publicly', async () => {
    const agent = await signIn(app, 'cite@example.org', 'citation editor pass');
    const page = await agent.get(`/admin/reports/${seed}/citations/new`).expect(200);
    const form = {
      _csrf: csrfFrom(page.text),
      law: 'kp-criminal-code',
      version: '2015',
      number: '60',
      as_written: 'five years of correctional labor',
      quote_exact: 'five years of correctional labor',
      claim_type: 'commentary',
      reported_kind: 'fixed_term_correctional_labor',
      reported_tier: '',
      reported_min_months: '60',
      reported_max_months: '60',
      confidence: '0.6',
      status: 'confirmed',
    };
    const missing = await agent
      .post(`/admin/reports/${seed}/citations/new`)
      .type('form')
      .send({ ...form, quote_exact: 'words not in the excerpt' })
      .expect(422);
    expect(visibleText(missing.text)).toContain('must occur word for word');
    const ok = await agent.post(`/admin/reports/${seed}/citations/new`).type('form').send(form).expect(303);
    const id = Number(String(ok.headers.location).match(/citations\/(\d+)/)![1]);
    const row = await tdb.db
      .selectFrom('citation')
      .select(['origin', 'quote_start', 'quote_end', 'status'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ origin: 'manual', status: 'confirmed' });
    expect(row.quote_end! - row.quote_start!).toBe('five years of correctional labor'.length);
    const statute = await request(app).get('/laws/kp-criminal-code/2015/articles/60').expect(200);
    expect(statute.text).toContain(`href="/reports/${seed}"`);
  });

  it('edits a citation with optimistic locking', async () => {
    const agent = await signIn(app, 'cite@example.org', 'citation editor pass');
    const c = await tdb.db
      .selectFrom('citation')
      .innerJoin('report', 'report.id', 'citation.report_id')
      .select('citation.id')
      .where('report.slug', '=', seed)
      .where('citation.as_written', '=', 'Article 222')
      .executeTakeFirstOrThrow();
    const page = await agent.get(`/admin/citations/${c.id}`).expect(200);
    const field = (name: string) => page.text.match(new RegExp(`id="f-${name}" name="${name}" value="([^"]*)"`))![1]!;
    const form = {
      _csrf: csrfFrom(page.text),
      lock_version: page.text.match(/name="lock_version" value="(\d+)"/)![1]!,
      law: field('law'),
      version: field('version'),
      number: field('number'),
      as_written: field('as_written'),
      quote_exact: 'Article 222',
      claim_type: 'law_described',
      reported_kind: 'fixed_term_correctional_labor',
      reported_tier: 'grave',
      reported_min_months: '',
      reported_max_months: '60',
      confidence: '0.95',
      status: 'confirmed',
    };
    await agent.post(`/admin/citations/${c.id}`).type('form').send(form).expect(303);
    const stale = await agent
      .post(`/admin/citations/${c.id}`)
      .type('form')
      .send({ ...form, confidence: '0.5' })
      .expect(409);
    expect(visibleText(stale.text)).toContain('Someone else saved this citation after you opened it.');
    const row = await tdb.db
      .selectFrom('citation')
      .select(['reported_tier', 'confidence'])
      .where('id', '=', c.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ reported_tier: 'grave', confidence: 0.95 });
  });
});
