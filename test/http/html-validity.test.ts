import { HtmlValidate } from 'html-validate';
import request from 'supertest';
import { makePlaceHierarchy } from '../factories/places.ts';
import { makeCriminalCode } from '../factories/renumbered-law.ts';
import { makeReport } from '../factories/reports.ts';
import { makeSource } from '../factories/sources.ts';
import { type MadeUser, makeUser } from '../factories/users.ts';
import { signIn } from '../setup/admin-agent.ts';
import { createTestApp } from '../setup/test-app.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

// Data of our own that reaches every branch of the templates: a code with renumbered, repealed and
// reported-only versions, a place hierarchy, an English report with authors, places and a compared
// penalty, a Korean one, a suggestion waiting in the review queue and a feed source.
let tdb: TestDatabase;
let app: ReturnType<typeof createTestApp>;
let admin: MadeUser;
let names: Record<string, string> = {};
beforeAll(async () => {
  tdb = await createTestDatabase();
  app = createTestApp(tdb.db);
  admin = await makeUser(tdb.db, { role: 'admin' });
  const law = await makeCriminalCode(tdb.db);
  const places = await makePlaceHierarchy(tdb.db);
  const report = await makeReport(tdb.db, {
    authors: ['Kang Mi Jin', 'Ri Son'],
    places: [places.town],
    summary: 'A source describes the lectures.',
    citations: [
      {
        article: law.communications,
        reported_penalty: { kind: 'fixed_term_correctional_labor', min_months: 60, max_months: 60 },
      },
      { article: law.overthrow.after, status: 'suggested' },
    ],
  });
  const korean = await makeReport(tdb.db, {
    language: 'ko',
    title: '형법 개정으로 외부 정보 처벌 강화',
    excerpt: '형법 제60조의1은 비법국제통신을 처벌한다.',
    citations: [{ article: law.communications, as_written: '형법 제60조의1' }],
  });
  await makeSource(tdb.db);
  names = {
    law: law.slug,
    report: report.slug,
    korean: korean.slug,
    outlet: report.outlet.slug,
    place: places.province.slug,
    citation: String(report.citations[1]!.id),
  };
});
afterAll(() => tdb.drop());
const fill = (url: string) => url.replace(/\{(\w+)\}/g, (_m, key: string) => names[key]!);

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Long titles are real here: article headings and report titles.
    'long-title': 'off',
    // EJS control lines leave trailing spaces in the output; they are not markup errors.
    'no-trailing-whitespace': 'off',
    // A group of checkboxes shares one name by design (the review queue's bulk selection).
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
});

async function problems(html: string): Promise<string[]> {
  const report = await validator.validateString(html);
  return report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}

// One URL per distinct template.
const publicPages: [string, number][] = [
  ['/', 200],
  ['/laws', 200],
  ['/laws/{law}', 200],
  ['/laws/{law}/2015', 200],
  ['/laws/{law}/2015/articles/60-1', 200],
  ['/laws/{law}/lineage', 200],
  ['/reports', 200],
  ['/reports/{report}', 200],
  ['/reports/{korean}', 200],
  ['/outlets/{outlet}', 200],
  ['/places/{place}', 200],
  ['/no/such/page', 404],
  ['/reports?year=abcd', 400],
  ['/admin/login', 200],
  ['/search?q=international+communications', 200],
  ['/search?q=', 200],
  ['/search?q=Art.+60', 200],
  ['/search?q=' + 'x'.repeat(501), 400],
  ['/penalties', 200],
  ['/penalties/death?law={law}&version=2015', 200],
  ['/penalties/disciplinary_labor?law={law}', 200],
  ['/offences/{law}/illegal-communications', 200],
  ['/offences/{law}/terrorism?on=2016-01-01&searched=terrorism', 200],
  ['/laws/{law}/2015/articles/60-1/in-force', 200],
  ['/laws/{law}/2015/articles/61/in-force?on=2024-06-01', 200],
  ['/laws/{law}/2015/articles/60?searched=Art.+60', 200],
  ['/laws/{law}/2004/articles/60', 200],
  ['/glossary', 200],
  ['/search?q=state+overthrow', 200],
];

const adminPages = [
  '/admin',
  '/admin/review',
  '/admin/audit',
  '/admin/users',
  '/admin/import',
  '/admin/reports',
  '/admin/reports/{report}',
  '/admin/reports/new',
  '/admin/reports/from-url',
  '/admin/sources',
  '/admin/export',
  '/admin/laws',
  '/admin/laws/new',
  '/admin/laws/{law}/edit',
  '/admin/citations/{citation}',
  '/admin/reports/{report}/citations/new',
  '/admin/laws/{law}/2015/articles/60-1',
];

describe('valid HTML', () => {
  it.each(publicPages)('%s has no html-validate errors', async (url, status) => {
    const res = await request(app).get(fill(url)).expect(status);
    expect(await problems(res.text)).toEqual([]);
  });

  it.each(adminPages)('%s has no html-validate errors', async (url) => {
    const agent = await signIn(app, admin.email, admin.password);
    const res = await agent.get(fill(url)).expect(200);
    expect(await problems(res.text)).toEqual([]);
  });
});
