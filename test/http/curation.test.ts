import request from 'supertest';
import { makeOutlet } from '../factories/outlets.ts';
import { type RenumberedLaw, makeCriminalCode } from '../factories/renumbered-law.ts';
import { type MadeReport, makeReport } from '../factories/reports.ts';
import { type MadeUser, makeUser } from '../factories/users.ts';
import { csrfFrom, signIn } from '../setup/admin-agent.ts';
import { visibleText } from '../setup/html.ts';
import { createTestApp } from '../setup/test-app.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

let tdb: TestDatabase;
let app: ReturnType<typeof createTestApp>;
let first: MadeUser;
let second: MadeUser;
let law: RenumberedLaw;
let report: MadeReport;
let path = '';
beforeAll(async () => {
  tdb = await createTestDatabase();
  app = createTestApp(tdb.db);
  first = await makeUser(tdb.db);
  second = await makeUser(tdb.db);
  // Named "Criminal Code", so the extractor finds it in a new report's excerpt.
  law = await makeCriminalCode(tdb.db);
  report = await makeReport(tdb.db, { citations: [{ article: law.overthrow.after }] });
  path = `/admin${law.communications.path}`;
});
afterAll(() => tdb.drop());

const formOf = (html: string) => ({
  _csrf: csrfFrom(html),
  lock_version: html.match(/name="lock_version" value="(\d+)"/)![1]!,
  heading: html.match(/id="f-heading" name="heading" value="([^"]*)"/)![1]!,
  chapter: '',
  summary: '',
  text_en: '',
  text_ko: '',
  provenance: '',
  source_url: '',
});

describe('article curation', () => {
  it('refuses the second of two concurrent saves and shows the conflict', async () => {
    const one = await signIn(app, first.email, first.password);
    const two = await signIn(app, second.email, second.password);
    const formOne = formOf((await one.get(path).expect(200)).text);
    const formTwo = formOf((await two.get(path).expect(200)).text);
    await one
      .post(path)
      .type('form')
      .send({ ...formOne, heading: 'Heading from editor one' })
      .expect(303);
    const refused = await two
      .post(path)
      .type('form')
      .send({ ...formTwo, heading: 'Heading from editor two' })
      .expect(409);
    const body = visibleText(refused.text);
    expect(body).toContain('Someone else saved this record after you opened it. Your changes were not saved.');
    expect(body).toContain('heading Heading from editor one Heading from editor two');
    expect(refused.text).toContain('value="Heading from editor two"');
    const row = await tdb.db
      .selectFrom('article')
      .select('article.heading')
      .where('article.id', '=', law.communications.id)
      .executeTakeFirstOrThrow();
    expect(row.heading).toBe('Heading from editor one');
    const publicPage = await request(app).get(law.communications.path).expect(200);
    expect(publicPage.text).toContain('Heading from editor one');
    expect(visibleText(publicPage.text)).toMatch(/Last updated \d{4}-\d{2}-\d{2}/);
    const history = visibleText((await one.get(path).expect(200)).text);
    expect(history).toMatch(new RegExp(`History .*${first.email.replace('.', '\\.')} \\(ui\\) update: heading`));
  });

  it('re-renders with 422, field errors and the submitted values on bad input', async () => {
    const one = await signIn(app, first.email, first.password);
    const form = formOf((await one.get(path).expect(200)).text);
    const res = await one
      .post(path)
      .type('form')
      .send({ ...form, heading: 'Kept value', source_url: 'not a url' })
      .expect(422);
    expect(visibleText(res.text)).toContain('source url must be an http(s) URL');
    expect(res.text).toContain('value="Kept value"');
    expect(res.text).toContain('aria-invalid="true"');
  });

  it('publishes and unpublishes a report', async () => {
    const one = await signIn(app, first.email, first.password);
    const edit = `/admin${report.path}`;
    const page = await one.get(edit).expect(200);
    const lock = page.text.match(/name="lock_version" value="(\d+)"/)![1]!;
    const title = page.text.match(/id="f-title" name="title" value="([^"]*)"/)![1]!;
    await one
      .post(edit)
      .type('form')
      .send({ _csrf: csrfFrom(page.text), lock_version: lock, title, summary: '', status: 'draft' })
      .expect(303);
    await request(app).get(report.path).expect(404);
    const again = await one.get(edit).expect(200);
    const lock2 = again.text.match(/name="lock_version" value="(\d+)"/)![1]!;
    await one
      .post(edit)
      .type('form')
      .send({ _csrf: csrfFrom(again.text), lock_version: lock2, title, summary: '', status: 'published' })
      .expect(303);
    await request(app).get(report.path).expect(200);
  });

  it('refuses curation POSTs without a CSRF token', async () => {
    const one = await signIn(app, first.email, first.password);
    const form = formOf((await one.get(path).expect(200)).text);
    await one
      .post(path)
      .type('form')
      .send({ ...form, _csrf: undefined, heading: 'sneaky' })
      .expect(403);
    await one
      .post(`/admin${report.path}`)
      .type('form')
      .send({ title: 'sneaky', status: 'draft', lock_version: '1' })
      .expect(403);
    const row = await tdb.db.selectFrom('report').select('title').where('id', '=', report.id).executeTakeFirstOrThrow();
    expect(row.title).not.toBe('sneaky');
  });
});

describe('creating a report', () => {
  it('stores it through the import path and queues the extractor’s suggestions', async () => {
    const one = await signIn(app, first.email, first.password);
    const page = await one.get('/admin/reports/new').expect(200);
    const form = {
      _csrf: csrfFrom(page.text),
      slug: 'form-made-report',
      outlet: (await makeOutlet(tdb.db)).slug,
      title: 'Form-made report',
      language: 'en',
      published_on: '2019-11-02',
      date_precision: 'day',
      source_type: 'inside_source',
      status: 'draft',
      excerpt: 'The lecturer cited Article 61 of the Criminal Code.',
    };
    const bad = await one
      .post('/admin/reports/new')
      .type('form')
      .send({ ...form, slug: 'Not A Slug' })
      .expect(422);
    expect(visibleText(bad.text)).toContain('must be lower-case words joined by hyphens');
    expect(bad.text).toContain('value="Form-made report"');
    const ok = await one.post('/admin/reports/new').type('form').send(form).expect(303);
    expect(ok.headers.location).toBe('/admin/reports/form-made-report?saved=1&suggested=1');
    const queue = await one.get('/admin/review').expect(200);
    expect(queue.text).toContain('Form-made report');
    const suggested = await tdb.db
      .selectFrom('citation')
      .innerJoin('report', 'report.id', 'citation.report_id')
      .select(['citation.article_id', 'citation.status', 'citation.origin'])
      .where('report.slug', '=', 'form-made-report')
      .execute();
    expect(suggested).toEqual([{ article_id: law.terrorism.after.id, status: 'suggested', origin: 'extractor' }]);
  });
});
