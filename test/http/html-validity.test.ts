import { HtmlValidate } from 'html-validate';
import request from 'supertest';
import { createUser } from '../../src/admin/auth.service.ts';
import { signIn } from '../setup/admin-agent.ts';
import { createTestApp } from '../setup/test-app.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

let tdb: TestDatabase;
let app: ReturnType<typeof createTestApp>;
beforeAll(async () => {
  tdb = await createTestDatabase({ seeded: true });
  app = createTestApp(tdb.db);
  await createUser(tdb.db, 'html@example.org', 'admin', 'html validity pass');
});
afterAll(() => tdb.drop());

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
  ['/laws/kp-criminal-code', 200],
  ['/laws/kp-criminal-code/2015', 200],
  ['/laws/kp-criminal-code/2015/articles/222', 200],
  ['/laws/kp-criminal-code/lineage', 200],
  ['/reports', 200],
  ['/reports/dailynk-crackdown-chinese-mobile-phones', 200],
  ['/reports/nocutnews-2017-criminal-code-2015-outside-information', 200],
  ['/outlets/daily-nk', 200],
  ['/places/yanggang', 200],
  ['/no/such/page', 404],
  ['/reports?year=abcd', 400],
  ['/admin/login', 200],
  ['/search?q=international+communications', 200],
  ['/search?q=', 200],
  ['/search?q=Art.+60', 200],
  ['/search?q=' + 'x'.repeat(501), 400],
  ['/penalties', 200],
  ['/penalties/death?law=kp-criminal-code&version=2015', 200],
  ['/penalties/disciplinary_labor?law=kp-criminal-code', 200],
  ['/offences/kp-criminal-code/illegal-international-communications', 200],
  ['/offences/kp-criminal-code/decadent-culture?on=2016-01-01&searched=decadent', 200],
  ['/laws/kp-criminal-code/2015/articles/222/in-force', 200],
  ['/laws/kp-criminal-code/2015/articles/183/in-force?on=2024-06-01', 200],
  ['/laws/kp-criminal-code/2015/articles/60?searched=Art.+60', 200],
  ['/laws/kp-criminal-code/2009/articles/193', 200],
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
  '/admin/reports/dailynk-crackdown-chinese-mobile-phones',
  '/admin/reports/new',
  '/admin/reports/from-url',
  '/admin/sources',
  '/admin/export',
  '/admin/laws',
  '/admin/laws/new',
  '/admin/laws/kp-criminal-code/edit',
  '/admin/citations/1',
  '/admin/reports/dailynk-crackdown-chinese-mobile-phones/citations/new',
  '/admin/laws/kp-criminal-code/2015/articles/222',
];

describe('valid HTML', () => {
  it.each(publicPages)('%s has no html-validate errors', async (url, status) => {
    const res = await request(app).get(url).expect(status);
    expect(await problems(res.text)).toEqual([]);
  });

  it.each(adminPages)('%s has no html-validate errors', async (url) => {
    const agent = await signIn(app, 'html@example.org', 'html validity pass');
    const res = await agent.get(url).expect(200);
    expect(await problems(res.text)).toEqual([]);
  });
});
