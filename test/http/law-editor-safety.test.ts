import { createUser } from '../../src/admin/auth.service.ts';
import { exportDocument, serializeJson } from '../../src/interchange/export/export.service.ts';
import { csrfFrom, signIn } from '../setup/admin-agent.ts';
import { visibleText } from '../setup/html.ts';
import { createTestApp } from '../setup/test-app.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

let tdb: TestDatabase;
let app: ReturnType<typeof createTestApp>;
const EDITOR = { email: 'laws@example.org', password: 'law editor password' };
beforeAll(async () => {
  tdb = await createTestDatabase({ seeded: true });
  app = createTestApp(tdb.db);
  await createUser(tdb.db, EDITOR.email, 'editor', EDITOR.password);
});
afterAll(() => tdb.drop());

const law = 'kp-juvenile-crime-prevention-law';
const path = `/admin/laws/${law}/edit`;
const decode = (s: string) =>
  s.replace(/&#34;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const formOf = (html: string) => ({
  _csrf: csrfFrom(html),
  base_hash: html.match(/name="base_hash" value="([0-9a-f]*)"/)![1]!,
  yaml: decode(html.match(/<textarea id="law-yaml"[^>]*>([\s\S]*?)<\/textarea>/)![1]!),
});
const exported = async () => serializeJson(await exportDocument(tdb.db));
const titleOf = async (slug: string) =>
  (await tdb.db.selectFrom('law').select('title').where('slug', '=', slug).executeTakeFirstOrThrow()).title;

describe('law editor safety', () => {
  it('lets only one of two saves from the same starting point through, however they interleave', async () => {
    const agent = await signIn(app, EDITOR.email, EDITOR.password);
    for (let round = 0; round < 5; round++) {
      const form = formOf((await agent.get(path).expect(200)).text);
      const title = (form.yaml.match(/title: (.*)\n/) ?? [])[1]!;
      const save = (suffix: string) =>
        agent
          .post(path)
          .type('form')
          .send({ ...form, yaml: form.yaml.replace(`title: ${title}`, `title: ${title} ${suffix}`), action: 'save' });
      const statuses = (await Promise.all([save('A'), save('B')])).map((r) => r.status).sort();
      expect(statuses).toEqual([303, 409]);
      expect(await titleOf(law)).toMatch(/ [AB]$/);
    }
  });

  it('refuses a document that names another law, and leaves that law alone', async () => {
    const agent = await signIn(app, EDITOR.email, EDITOR.password);
    const form = formOf((await agent.get(path).expect(200)).text);
    const before = await exported();
    const other = `laws:\n  - slug: kp-criminal-code\n    title: Rewritten through another law's page\n`;
    const res = await agent
      .post(path)
      .type('form')
      .send({ ...form, yaml: other, action: 'save' })
      .expect(422);
    expect(visibleText(res.text)).toContain(`This page edits the law "${law}"; the document names "kp-criminal-code".`);
    const both = `${form.yaml}  - slug: kp-criminal-code\n    title: Smuggled in as a second law\n`;
    await agent
      .post(path)
      .type('form')
      .send({ ...form, yaml: both, action: 'save' })
      .expect(422);
    expect(await exported()).toBe(before);
  });

  it('refuses reports and outlets in the document, so an editor cannot publish a report through it', async () => {
    const agent = await signIn(app, EDITOR.email, EDITOR.password);
    const form = formOf((await agent.get(path).expect(200)).text);
    const before = await exported();
    const smuggled = `${form.yaml}outlets:\n  - { slug: smuggled-wire, name: Smuggled Wire }\nreports:\n  - { slug: smuggled-report, outlet: smuggled-wire, title: Published by an editor, language: en, date_precision: unknown, source_type: press, status: published }\n`;
    for (const action of ['preview', 'save']) {
      const res = await agent
        .post(path)
        .type('form')
        .send({ ...form, yaml: smuggled, action })
        .expect(422);
      expect(visibleText(res.text)).toContain(
        'The law editor saves one law and nothing else; this document also holds outlets, reports.',
      );
    }
    const created = await tdb.db.selectFrom('report').select('id').where('slug', '=', 'smuggled-report').execute();
    expect(created).toEqual([]);
    expect(await exported()).toBe(before);
  });

  it('previews field-level changes, and deletes a removed article only once the deletion is confirmed', async () => {
    const agent = await signIn(app, EDITOR.email, EDITOR.password);
    const page = await agent.get('/admin/laws/new').expect(200);
    const yaml = `laws:
  - slug: kp-editor-prune-law
    jurisdiction: kp
    title: Editor Prune Law
    kind: law
    versions:
      - slug: "2024"
        label: As adopted
        text_status: partial
        articles:
          - { number: "1", heading: First }
          - { number: "2", heading: Second }
`;
    await agent
      .post('/admin/laws/new')
      .type('form')
      .send({ _csrf: csrfFrom(page.text), yaml, base_hash: '', action: 'save' })
      .expect(303);
    const form = formOf((await agent.get('/admin/laws/kp-editor-prune-law/edit').expect(200)).text);
    const edited = form.yaml
      .replace('heading: First', 'heading: First article')
      .replace(/\n {10}- number: "2"[\s\S]*?(?=\n {6}\S|\n {4}\S|\n?$)/, '');
    expect(edited).not.toContain('number: "2"');
    const url = '/admin/laws/kp-editor-prune-law/edit';
    const preview = await agent
      .post(url)
      .type('form')
      .send({ ...form, yaml: edited, action: 'preview', prune: '1' })
      .expect(200);
    const text = visibleText(preview.text);
    expect(text).toContain('Changed: article kp-editor-prune-law 2024 1');
    expect(text).toContain('heading: "First" → "First article"');
    expect(text).toContain('Deleted: 1 record');
    expect(text).toContain('article kp-editor-prune-law 2024 2');
    const unconfirmed = await agent
      .post(url)
      .type('form')
      .send({ ...form, yaml: edited, action: 'save', prune: '1' })
      .expect(422);
    expect(visibleText(unconfirmed.text)).toContain('Saving deletes the records listed below: tick the box to confirm');
    const numbers = async () =>
      (
        await tdb.db
          .selectFrom('article')
          .innerJoin('law_version', 'law_version.id', 'article.law_version_id')
          .innerJoin('law', 'law.id', 'law_version.law_id')
          .select('article.number')
          .where('law.slug', '=', 'kp-editor-prune-law')
          .orderBy('article.number')
          .execute()
      ).map((a) => a.number);
    expect(await numbers()).toEqual(['1', '2']);
    const fingerprint = unconfirmed.text.match(/name="deletions" value="([0-9a-f]+)"/)![1]!;
    await agent
      .post(url)
      .type('form')
      .send({ ...form, yaml: edited, action: 'save', prune: '1', deletions: fingerprint, confirm_deletions: '1' })
      .expect(303);
    expect(await numbers()).toEqual(['1']);
  });
});
