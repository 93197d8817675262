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
  await createUser(tdb.db, 'a@example.org', 'editor', 'first law editor');
  await createUser(tdb.db, 'b@example.org', 'editor', 'second law editor');
});
afterAll(() => tdb.drop());

const path = '/admin/laws/kp-juvenile-crime-prevention-law/edit';
const decode = (s: string) =>
  s.replace(/&#34;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const formOf = (html: string) => ({
  _csrf: csrfFrom(html),
  base_hash: html.match(/name="base_hash" value="([0-9a-f]*)"/)![1]!,
  yaml: decode(html.match(/<textarea id="law-yaml"[^>]*>([\s\S]*?)<\/textarea>/)![1]!),
});

describe('law editor', () => {
  it('previews, saves a penalty added to an article, and refuses a stale save', async () => {
    const a = await signIn(app, 'a@example.org', 'first law editor');
    const b = await signIn(app, 'b@example.org', 'second law editor');
    const formA = formOf((await a.get(path).expect(200)).text);
    const formB = formOf((await b.get(path).expect(200)).text);
    expect(formA.yaml).toContain('slug: kp-juvenile-crime-prevention-law');
    const edited = formA.yaml.replace(
      /penalties: \[\]/,
      'penalties:\n              - { tier: basic, kind: disciplinary_labor, max_months: 12 }',
    );
    expect(edited).not.toBe(formA.yaml);
    const preview = await a
      .post(path)
      .type('form')
      .send({ ...formA, yaml: edited, action: 'preview' })
      .expect(200);
    expect(visibleText(preview.text)).toMatch(/penalty 1 0 0/);
    const before = await tdb.db.selectFrom('penalty').select('id').execute();
    await a
      .post(path)
      .type('form')
      .send({ ...formA, yaml: edited, action: 'save' })
      .expect(303);
    expect((await tdb.db.selectFrom('penalty').select('id').execute()).length).toBe(before.length + 1);
    const stale = await b
      .post(path)
      .type('form')
      .send({ ...formB, yaml: formB.yaml.replace('Juvenile', 'Youthful'), action: 'save' })
      .expect(409);
    expect(visibleText(stale.text)).toContain('Someone else saved this law after you opened it. Nothing was saved.');
    const law = await tdb.db
      .selectFrom('law')
      .select('title')
      .where('slug', '=', 'kp-juvenile-crime-prevention-law')
      .executeTakeFirstOrThrow();
    expect(law.title).not.toContain('Youthful');
    const history = await a.get('/admin/audit?entity=penalty').expect(200);
    expect(history.text).toContain('a@example.org');
  });

  it('shows line-level problems and saves nothing for invalid YAML', async () => {
    const a = await signIn(app, 'a@example.org', 'first law editor');
    const form = formOf((await a.get(path).expect(200)).text);
    const bad = form.yaml.replace('kind: law', 'kind: statute');
    const res = await a
      .post(path)
      .type('form')
      .send({ ...form, yaml: bad, action: 'save' })
      .expect(422);
    expect(visibleText(res.text)).toMatch(/line \d+: laws\[0\]\.kind: Invalid option/);
    await request(app).get('/laws/kp-juvenile-crime-prevention-law').expect(200);
  });

  it('creates a new law from the template', async () => {
    const a = await signIn(app, 'a@example.org', 'first law editor');
    const page = await a.get('/admin/laws/new').expect(200);
    const form = formOf(page.text);
    await a
      .post('/admin/laws/new')
      .type('form')
      .send({ ...form, action: 'save' })
      .expect(303);
    await request(app).get('/laws/kp-example-law/2024/articles/1').expect(200);
  });
});
