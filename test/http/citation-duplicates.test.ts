import type { Insertable } from 'kysely';
import type { Database } from '../../src/db/database.ts';
import { importFiles } from '../../src/interchange/apply/import.service.ts';
import { type RenumberedLaw, makeRenumberedLaw } from '../factories/renumbered-law.ts';
import { makeReport } from '../factories/reports.ts';
import { type MadeUser, makeUser } from '../factories/users.ts';
import { csrfFrom, signIn, tokenOf } from '../setup/admin-agent.ts';
import { visibleText } from '../setup/html.ts';
import { createTestApp } from '../setup/test-app.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

let tdb: TestDatabase;
let app: ReturnType<typeof createTestApp>;
let EDITOR: MadeUser;
let law: RenumberedLaw;
beforeAll(async () => {
  tdb = await createTestDatabase();
  app = createTestApp(tdb.db);
  EDITOR = await makeUser(tdb.db);
  law = await makeRenumberedLaw(tdb.db);
});
afterAll(() => tdb.drop());

const excerpt = 'Two men were charged under Article 61 of the Criminal Code, which punishes treason.';

/** A report citing Art. 61 (confirmed) and, at the same words, a suggestion resolved to Art. 60. */
async function reportWithTwoTargets() {
  const report = await makeReport(tdb.db, {
    excerpt,
    citations: [
      { article: law.terrorism.after, as_written: 'Article 61' },
      { article: law.overthrow.after, as_written: 'Article 61', status: 'suggested' },
    ],
  });
  const [confirmed, suggested] = report.citations as [(typeof report.citations)[0], (typeof report.citations)[0]];
  expect([confirmed.status, suggested.status]).toEqual(['confirmed', 'suggested']);
  return { report, confirmed, suggested };
}

const noPenalty = { reported_kind: '', reported_tier: '', reported_min_months: '', reported_max_months: '' };
const citationsOf = (reportId: number) =>
  tdb.db
    .selectFrom('citation')
    .select(['id', 'article_id', 'quote_start', 'status'])
    .where('report_id', '=', reportId)
    .orderBy('id')
    .execute();

describe('no duplicate citations', () => {
  it('answers 409 with a link to the existing citation when a re-point would duplicate it, and changes nothing', async () => {
    const { report, confirmed, suggested } = await reportWithTwoTargets();
    const before = await citationsOf(report.id);
    const agent = await signIn(app, EDITOR.email, EDITOR.password);
    const res = await agent
      .post(`/admin/citations/${suggested.id}/repoint`)
      .type('form')
      .send({ _csrf: await tokenOf(agent, '/admin/review'), law: law.slug, version: '2015', number: '61' })
      .expect(409);
    expect(visibleText(res.text)).toContain(
      `The report already cites Article 61 of ${law.slug} (2015) with the same quote.`,
    );
    expect(res.text).toContain(`href="/admin/citations/${confirmed.id}"`);
    expect(await citationsOf(report.id)).toEqual(before);
  });

  it('answers 409 with a link when a hand-made citation repeats one the report has', async () => {
    const { report, confirmed } = await reportWithTwoTargets();
    const before = await citationsOf(report.id);
    const agent = await signIn(app, EDITOR.email, EDITOR.password);
    const page = await agent.get(`/admin/reports/${report.slug}/citations/new`).expect(200);
    const form = {
      _csrf: csrfFrom(page.text),
      law: law.slug,
      version: '2015',
      number: '61',
      as_written: 'Article 61',
      quote_exact: 'Article 61',
      claim_type: 'charged_under',
      ...noPenalty,
      confidence: '1',
      status: 'confirmed',
    };
    const res = await agent.post(`/admin/reports/${report.slug}/citations/new`).type('form').send(form).expect(409);
    expect(visibleText(res.text)).toContain('The report already has this citation');
    expect(res.text).toContain(`href="/admin/citations/${confirmed.id}"`);
    expect(res.text).toContain('value="Article 61"');
    expect(await citationsOf(report.id)).toEqual(before);
  });

  it('answers 409 when an edit moves a citation onto another one', async () => {
    const { report, confirmed, suggested } = await reportWithTwoTargets();
    const before = await citationsOf(report.id);
    const agent = await signIn(app, EDITOR.email, EDITOR.password);
    const page = await agent.get(`/admin/citations/${suggested.id}`).expect(200);
    const form = {
      _csrf: csrfFrom(page.text),
      lock_version: page.text.match(/name="lock_version" value="(\d+)"/)![1]!,
      law: law.slug,
      version: '2015',
      number: '61',
      as_written: 'Article 61',
      quote_exact: 'Article 61',
      claim_type: 'law_described',
      ...noPenalty,
      confidence: '0.9',
      status: 'confirmed',
    };
    const res = await agent.post(`/admin/citations/${suggested.id}`).type('form').send(form).expect(409);
    expect(res.text).toContain(`href="/admin/citations/${confirmed.id}"`);
    expect(await citationsOf(report.id)).toEqual(before);
  });

  it('merges an imported citation onto the stored one with the same target and quote', async () => {
    const { report, confirmed } = await reportWithTwoTargets();
    const doc = `reports:
  - slug: ${report.slug}
    citations:
      - { as_written: "Article 61 of the Criminal Code", law: ${law.slug}, version: "2015", article: "61", quote: { exact: Article 61 }, claim_type: charged_under, resolution: stated_version, confidence: 0.95 }
`;
    const summary = await importFiles(tdb.db, [{ name: 'merge.yaml', bytes: new TextEncoder().encode(doc) }]);
    expect(summary.counts.citation).toMatchObject({ inserted: 0, updated: 1 });
    const rows = await tdb.db
      .selectFrom('citation')
      .select(['id', 'as_written', 'claim_type'])
      .where('report_id', '=', report.id)
      .where('article_id', '=', law.terrorism.after.id)
      .execute();
    expect(rows).toEqual([
      { id: confirmed.id, as_written: 'Article 61 of the Criminal Code', claim_type: 'charged_under' },
    ]);
  });

  it('is backed by a unique index, whatever path writes', async () => {
    const { report } = await reportWithTwoTargets();
    // Straight into the table, past the writer: the index, not the writer's check, must refuse.
    const insert = (row: Partial<Insertable<Database['citation']>>) =>
      tdb.db
        .insertInto('citation')
        .values({
          report_id: report.id,
          law_id: law.id,
          law_version_id: law.terrorism.after.versionId,
          article_id: law.terrorism.after.id,
          as_written: 'again',
          claim_type: 'law_described',
          resolution: 'stated_version',
          confidence: 0.9,
          origin: 'manual',
          ...row,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
    const quoted = {
      quote_exact: 'Article 61',
      quote_start: excerpt.indexOf('Article 61'),
      quote_end: excerpt.indexOf('Article 61') + 10,
    };
    await expect(insert(quoted)).rejects.toThrow(/citation_quoted_span_key/);
    const unquoted = await insert({ as_written: 'Art. 61' });
    expect(unquoted.id).toBeGreaterThan(0);
    await expect(insert({ as_written: 'Article 61' })).rejects.toThrow(/citation_unquoted_target_key/);
  });
});

describe('quotes that lost their place', () => {
  it('shows the reason on the review queue, the citation page and the report page after the excerpt is edited', async () => {
    const { report, confirmed } = await reportWithTwoTargets();
    const agent = await signIn(app, EDITOR.email, EDITOR.password);
    const page = await agent.get(`/admin/reports/${report.slug}`).expect(200);
    const form = {
      _csrf: csrfFrom(page.text),
      lock_version: page.text.match(/name="lock_version" value="(\d+)"/)![1]!,
      title: report.title,
      summary: '',
      status: 'published',
      excerpt: 'Two men were charged with treason under the Criminal Code.\r\nNothing else was said.',
    };
    const saved = await agent.post(`/admin/reports/${report.slug}`).type('form').send(form).expect(303);
    const edited = await agent.get(saved.headers.location!).expect(200);
    expect(visibleText(edited.text)).toContain(
      '2 citation(s) quote words the new excerpt no longer has: they went back to the review queue',
    );
    expect(visibleText(edited.text)).toContain(
      "Needs review: The quoted words no longer occur in the report's excerpt",
    );
    const stored = await tdb.db
      .selectFrom('report')
      .select('excerpt')
      .where('id', '=', report.id)
      .executeTakeFirstOrThrow();
    expect(stored.excerpt).toBe('Two men were charged with treason under the Criminal Code.\nNothing else was said.');
    const row = await tdb.db
      .selectFrom('citation')
      .select(['status', 'quote_start', 'quote_exact', 'review_reason'])
      .where('id', '=', confirmed.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'suggested', quote_start: null, quote_exact: 'Article 61' });
    const queue = visibleText((await agent.get('/admin/review').expect(200)).text);
    expect(queue).toContain("Needs review: The quoted words no longer occur in the report's excerpt");
    expect(queue).toContain('Quoted words, not found in the current excerpt: Article 61 ');
    const edit = visibleText((await agent.get(`/admin/citations/${confirmed.id}`).expect(200)).text);
    expect(edit).toContain("Needs review: The quoted words no longer occur in the report's excerpt");
  });
});

describe('the new-report form', () => {
  it('refuses a slug another report has instead of merging onto it', async () => {
    const agent = await signIn(app, EDITOR.email, EDITOR.password);
    const page = await agent.get('/admin/reports/new').expect(200);
    const existing = await makeReport(tdb.db);
    const taken = existing.slug;
    const before = await tdb.db
      .selectFrom('report')
      .select(['title', 'status', 'lock_version'])
      .where('slug', '=', taken)
      .executeTakeFirstOrThrow();
    const form = {
      _csrf: csrfFrom(page.text),
      slug: taken,
      outlet: existing.outlet.slug,
      title: 'A different story',
      language: 'en',
      date_precision: 'unknown',
      source_type: 'press',
      status: 'draft',
    };
    const res = await agent.post('/admin/reports/new').type('form').send(form).expect(422);
    expect(visibleText(res.text)).toContain(`a report "${taken}" already exists; edit it instead`);
    expect(
      await tdb.db
        .selectFrom('report')
        .select(['title', 'status', 'lock_version'])
        .where('slug', '=', taken)
        .executeTakeFirstOrThrow(),
    ).toEqual(before);
  });
});
