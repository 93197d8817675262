import { createUser } from '../../src/admin/auth.service.ts';
import { generateSyntheticData } from '../../src/generate/generate.service.ts';
import { importFiles } from '../../src/interchange/apply/import.service.ts';
import { signIn } from '../setup/admin-agent.ts';
import { createTestApp } from '../setup/test-app.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

// The law the admin forms start on and `atlas generate` cites is the database's default law
// (law.is_default), not a slug written into the code: moving the flag moves them.
let tdb: TestDatabase;
let app: ReturnType<typeof createTestApp>;
beforeEach(async () => {
  tdb = await createTestDatabase({ seeded: true });
  app = createTestApp(tdb.db);
  await createUser(tdb.db, 'defaults@example.org', 'editor', 'default law pass');
});
afterEach(() => tdb.drop());

const yaml = (text: string) => [{ name: 'd.yaml', bytes: new TextEncoder().encode(text) }];
const seedReport = 'dailynk-crackdown-chinese-mobile-phones';
const lawField = (html: string, id: string) => html.match(new RegExp(`id="${id}" name="law" value="([^"]*)"`))?.[1];

const moveDefault = () =>
  importFiles(
    tdb.db,
    yaml(`laws:
  - { slug: kp-criminal-code, default: false }
  - slug: kp-test-code
    jurisdiction: kp
    title: Test Code
    kind: code
    default: true
    versions: [{ slug: "2020", label: As adopted, adopted_on: 2020-01-01, text_status: partial, articles: [{ number: "1" }, { number: "2" }] }]
`),
  );

describe('forms that start on the default law', () => {
  it('the new-citation form, the dashboard and the review queue follow law.is_default', async () => {
    await importFiles(
      tdb.db,
      yaml(`reports:
  - slug: ${seedReport}
    citations:
      - { as_written: Article 9, claim_type: law_described, resolution: unresolved, confidence: 0.3, status: suggested }
`),
    );
    const agent = await signIn(app, 'defaults@example.org', 'default law pass');
    const pages = async () => ({
      form: lawField((await agent.get(`/admin/reports/${seedReport}/citations/new`).expect(200)).text, 'f-law'),
      dashboard: lawField((await agent.get('/admin').expect(200)).text, 'e-law'),
      review:
        (await agent.get('/admin/review').expect(200)).text.match(/id="law-\d+" name="law" value="([^"]*)"/g) ?? [],
    });
    const before = await pages();
    expect(before.form).toBe('kp-criminal-code');
    expect(before.dashboard).toBe('kp-criminal-code');
    expect(before.review.some((field) => field.endsWith('value="kp-criminal-code"'))).toBe(true);

    await moveDefault();
    const after = await pages();
    expect(after.form).toBe('kp-test-code');
    expect(after.dashboard).toBe('kp-test-code');
    // The law-less suggestion is offered the new default; citations bound to a law keep theirs.
    expect(after.review.filter((field) => field.endsWith('value="kp-test-code"'))).toHaveLength(1);

    await importFiles(tdb.db, yaml('laws:\n  - { slug: kp-test-code, default: null }\n'));
    expect((await pages()).form).toBe('');
  });
});

describe('atlas generate', () => {
  const targets = async (runId: string) =>
    tdb.db
      .selectFrom('citation')
      .innerJoin('report', 'report.id', 'citation.report_id')
      .innerJoin('law', 'law.id', 'citation.law_id')
      .select('law.slug')
      .distinct()
      .where('report.slug', 'like', `synthetic-${runId}-%`)
      .execute();

  it('cites articles of the default law, and none when no law is marked', async () => {
    await moveDefault();
    const run = await generateSyntheticData(tdb.db, 5, 2, new Date('2026-01-01T00:00:00Z'));
    expect(run).toMatchObject({ law: 'kp-test-code', reports: 5 });
    expect(run.citations).toBeGreaterThan(0);
    expect(await targets(run.runId)).toEqual([{ slug: 'kp-test-code' }]);

    await importFiles(tdb.db, yaml('laws:\n  - { slug: kp-test-code, default: false }\n'));
    const none = await generateSyntheticData(tdb.db, 3, 2, new Date('2026-01-02T00:00:00Z'));
    expect(none).toMatchObject({ law: null, reports: 3, citations: 0 });
  });
});
