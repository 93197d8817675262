import { createUser } from '../../src/admin/auth.service.ts';
import { csrfFrom, signIn, tokenOf } from '../setup/admin-agent.ts';
import { createTestApp } from '../setup/test-app.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';
import { visibleText } from '../setup/html.ts';

let tdb: TestDatabase;
let app: ReturnType<typeof createTestApp>;
beforeAll(async () => {
  tdb = await createTestDatabase({ seeded: true });
  app = createTestApp(tdb.db);
  await createUser(tdb.db, 'boss@example.org', 'admin', 'administrator pass');
  await createUser(tdb.db, 'ed@example.org', 'editor', 'editor password!');
});
afterAll(() => tdb.drop());

const file = Buffer.from(`outlets:
  - { slug: upload-wire, name: Upload Wire }
reports:
  - slug: upload-wire-phones
    outlet: upload-wire
    title: Uploaded report about phones
    language: en
    published_on: "2019-10"
    date_precision: month
    source_type: inside_source
    excerpt: "Those caught were punished under Article 222 of the Criminal Code."
`);

const outletCount = async () =>
  (await tdb.db.selectFrom('outlet').select('id').where('slug', '=', 'upload-wire').execute()).length;

describe('export downloads', () => {
  it('refuses editors: the export holds drafts, as the import it feeds is for administrators', async () => {
    const editor = await signIn(app, 'ed@example.org', 'editor password!');
    for (const path of [
      '/admin/export',
      '/admin/export?format=json&download=1',
      '/admin/export?format=csv&file=reports.csv',
    ]) {
      const res = await editor.get(path).expect(403);
      expect(res.text).toContain('Only administrators may do this.');
    }
    expect((await editor.get('/admin').expect(200)).text).not.toContain('href="/admin/export"');
  });

  it('offers administrators the whole export as JSON and each table as CSV', async () => {
    const admin = await signIn(app, 'boss@example.org', 'administrator pass');
    const json = await admin.get('/admin/export?format=json&download=1').expect(200);
    expect(json.headers['content-disposition']).toContain('statute-atlas-export.json');
    expect(JSON.parse(json.text).laws.map((l: { slug: string }) => l.slug)).toContain('kp-criminal-code');
    const page = await admin.get('/admin/export').expect(200);
    expect(page.text).toContain('file=reports.csv');
    const csv = await admin.get('/admin/export?format=csv&file=reports.csv').expect(200);
    expect(csv.text.split('\n')[0]).toMatch(/^slug,outlet,title,/);
  });
});

describe('import upload', () => {
  it('previews exact counts without writing, then applies the same files', async () => {
    const admin = await signIn(app, 'boss@example.org', 'administrator pass');
    const token = await tokenOf(admin, '/admin/import');
    const preview = await admin
      .post('/admin/import')
      .field('_csrf', token)
      .attach('files', file, 'upload.yaml')
      .expect(200);
    const body = visibleText(preview.text);
    expect(body).toContain('Preview: nothing has been written yet.');
    expect(body).toMatch(/report 1 0 0/);
    expect(body).toMatch(/suggested_citation 1 0 0/);
    expect(await outletCount()).toBe(0);
    const applyPath = preview.text.match(/action="(\/admin\/import\/[0-9a-f]+\/apply)"/)![1]!;
    const applied = await admin
      .post(applyPath)
      .type('form')
      .send({ _csrf: csrfFrom(preview.text) })
      .expect(200);
    expect(visibleText(applied.text)).toContain('Imported: every change below was committed in one transaction.');
    expect(await outletCount()).toBe(1);
    const suggestion = await tdb.db
      .selectFrom('citation')
      .innerJoin('report', 'report.id', 'citation.report_id')
      .select(['citation.status', 'citation.origin'])
      .where('report.slug', '=', 'upload-wire-phones')
      .executeTakeFirstOrThrow();
    expect(suggestion).toEqual({ status: 'suggested', origin: 'extractor' });
    await admin
      .post(applyPath)
      .type('form')
      .send({ _csrf: csrfFrom(preview.text) })
      .expect(404);
  });

  it('lists every problem and writes nothing for a bad file', async () => {
    const admin = await signIn(app, 'boss@example.org', 'administrator pass');
    const token = await tokenOf(admin, '/admin/import');
    const bad = Buffer.from('outlets:\n  - { slug: Bad Slug, name: x }\n');
    const res = await admin.post('/admin/import').field('_csrf', token).attach('files', bad, 'bad.yaml').expect(422);
    expect(visibleText(res.text)).toContain(
      'bad.yaml:line 2 outlets[0].slug: must be lower-case words joined by hyphens',
    );
  });

  it('is for administrators only, and checks the CSRF token of the upload', async () => {
    const editor = await signIn(app, 'ed@example.org', 'editor password!');
    await editor.get('/admin/import').expect(403);
    await editor
      .post('/admin/import')
      .field('_csrf', await tokenOf(editor))
      .attach('files', file, 'upload.yaml')
      .expect(403);
    const admin = await signIn(app, 'boss@example.org', 'administrator pass');
    await admin.post('/admin/import').field('_csrf', 'x'.repeat(43)).attach('files', file, 'upload.yaml').expect(403);
    const stored = await tdb.db.selectFrom('import_upload').select('id').execute();
    expect(stored).toEqual([]);
  });
});
