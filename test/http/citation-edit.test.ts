import request from 'supertest';
import { type RenumberedLaw, makeRenumberedLaw } from '../factories/renumbered-law.ts';
import { type MadeReport, makeReport } from '../factories/reports.ts';
import { type MadeUser, makeUser } from '../factories/users.ts';
import { csrfFrom, signIn } from '../setup/admin-agent.ts';
import { visibleText } from '../setup/html.ts';
import { createTestApp } from '../setup/test-app.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

let tdb: TestDatabase;
let app: ReturnType<typeof createTestApp>;
let editor: MadeUser;
let law: RenumberedLaw;
/** cites 2015 Art. 60-1 as "Article 60-1", and mentions a sentence the editor can quote */
let report: MadeReport;
beforeAll(async () => {
  tdb = await createTestDatabase();
  app = createTestApp(tdb.db);
  editor = await makeUser(tdb.db);
  law = await makeRenumberedLaw(tdb.db);
  report = await makeReport(tdb.db, {
    excerpt: 'Callers abroad get five years of correctional labor under Article 60-1, the lecturer said.',
    citations: [{ article: law.communications }],
  });
});
afterAll(() => tdb.drop());

describe('citation curation', () => {
  it('adds a citation by hand, with its quote located in the excerpt, and shows it publicly', async () => {
    const agent = await signIn(app, editor.email, editor.password);
    const page = await agent.get(`/admin/reports/${report.slug}/citations/new`).expect(200);
    const form = {
      _csrf: csrfFrom(page.text),
      law: law.slug,
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
      .post(`/admin/reports/${report.slug}/citations/new`)
      .type('form')
      .send({ ...form, quote_exact: 'words not in the excerpt' })
      .expect(422);
    expect(visibleText(missing.text)).toContain('must occur word for word');
    const ok = await agent.post(`/admin/reports/${report.slug}/citations/new`).type('form').send(form).expect(303);
    const id = Number(String(ok.headers.location).match(/citations\/(\d+)/)![1]);
    const row = await tdb.db
      .selectFrom('citation')
      .select(['origin', 'quote_start', 'quote_end', 'status'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ origin: 'manual', status: 'confirmed' });
    expect(row.quote_end! - row.quote_start!).toBe('five years of correctional labor'.length);
    const statute = await request(app).get(law.overthrow.after.path).expect(200);
    expect(statute.text).toContain(`href="${report.path}"`);
    expect(visibleText(statute.text)).toContain('“five years of correctional labor”');
  });

  it('edits a citation with optimistic locking', async () => {
    const agent = await signIn(app, editor.email, editor.password);
    const c = report.citations[0]!;
    const page = await agent.get(`/admin/citations/${c.id}`).expect(200);
    const field = (name: string) => page.text.match(new RegExp(`id="f-${name}" name="${name}" value="([^"]*)"`))![1]!;
    const form = {
      _csrf: csrfFrom(page.text),
      lock_version: page.text.match(/name="lock_version" value="(\d+)"/)![1]!,
      law: field('law'),
      version: field('version'),
      number: field('number'),
      as_written: field('as_written'),
      quote_exact: 'Article 60-1',
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
