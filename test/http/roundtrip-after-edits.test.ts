import type request from 'supertest';
import { createUser } from '../../src/admin/auth.service.ts';
import { exportDocument, serializeCsv, serializeJson } from '../../src/interchange/export/export.service.ts';
import { importFiles } from '../../src/interchange/apply/import.service.ts';
import { csrfFrom, signIn, tokenOf } from '../setup/admin-agent.ts';
import { createTestApp } from '../setup/test-app.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

/**
 * Export → import → export gives the same bytes after every kind of admin edit, into the same
 * database and into an empty one: nothing an editor did is undone or re-suggested by a round trip.
 */
type Agent = ReturnType<typeof request.agent>;
const ADMIN = { email: 'roundtrip@example.org', password: 'round trip password' };
const encode = (text: string) => new TextEncoder().encode(text);

let tdb: TestDatabase;
let agent: Agent;
beforeEach(async () => {
  tdb = await createTestDatabase({ seeded: true });
  await createUser(tdb.db, ADMIN.email, 'admin', ADMIN.password);
  agent = await signIn(createTestApp(tdb.db), ADMIN.email, ADMIN.password);
});
afterEach(() => tdb.drop());

const fieldOf = (html: string, name: string) => html.match(new RegExp(`name="${name}" value="([^"]*)"`))?.[1] ?? '';
const lockOf = (html: string) => fieldOf(html, 'lock_version');

async function aSuggestion() {
  return tdb.db
    .selectFrom('citation')
    .innerJoin('report', 'report.id', 'citation.report_id')
    .select(['citation.id', 'report.slug'])
    .where('citation.status', '=', 'suggested')
    .where('citation.quote_start', 'is not', null)
    .orderBy('citation.id')
    .executeTakeFirstOrThrow();
}

const citationForm = (html: string, changes: Record<string, string>) => ({
  _csrf: csrfFrom(html),
  lock_version: lockOf(html),
  law: fieldOf(html, 'law'),
  version: fieldOf(html, 'version'),
  number: fieldOf(html, 'number'),
  as_written: fieldOf(html, 'as_written'),
  quote_exact: html
    .match(/<textarea id="f-quote_exact"[^>]*>([\s\S]*?)<\/textarea>/)![1]!
    .replace(/&#39;/g, "'")
    .replace(/&#34;/g, '"')
    .replace(/&amp;/g, '&'),
  claim_type: 'law_described',
  reported_kind: '',
  reported_tier: '',
  reported_min_months: '',
  reported_max_months: '',
  confidence: '0.9',
  status: 'confirmed',
  ...changes,
});

const edits: [string, () => Promise<void>][] = [
  [
    'a suggestion confirmed in the review queue',
    async () => {
      const c = await aSuggestion();
      await agent
        .post('/admin/review')
        .type('form')
        .send({ _csrf: await tokenOf(agent, '/admin/review'), action: 'confirm', ids: String(c.id) })
        .expect(303);
    },
  ],
  [
    'a suggestion rejected in the review queue',
    async () => {
      const c = await aSuggestion();
      await agent
        .post('/admin/review')
        .type('form')
        .send({ _csrf: await tokenOf(agent, '/admin/review'), action: 'reject', ids: String(c.id) })
        .expect(303);
    },
  ],
  [
    'a suggestion re-pointed to an article the extractor did not find',
    async () => {
      const c = await aSuggestion();
      await agent
        .post(`/admin/citations/${c.id}/repoint`)
        .type('form')
        .send({ _csrf: await tokenOf(agent, '/admin/review'), law: 'kp-criminal-code', version: '2015', number: '1' })
        .expect(303);
    },
  ],
  [
    'a citation edited in the citation editor (target, claim, reported penalty)',
    async () => {
      const c = await aSuggestion();
      const page = (await agent.get(`/admin/citations/${c.id}`).expect(200)).text;
      const form = citationForm(page, {
        version: '2015',
        number: '1',
        claim_type: 'sentenced_under',
        reported_kind: 'fixed_term_correctional_labor',
        reported_max_months: '60',
      });
      await agent.post(`/admin/citations/${c.id}`).type('form').send(form).expect(303);
    },
  ],
  [
    'a citation added by hand',
    async () => {
      const report = 'dailynk-crackdown-chinese-mobile-phones';
      const page = (await agent.get(`/admin/reports/${report}/citations/new`).expect(200)).text;
      const { excerpt } = await tdb.db
        .selectFrom('report')
        .select('excerpt')
        .where('slug', '=', report)
        .executeTakeFirstOrThrow();
      const words = excerpt!.split(' ').slice(2, 5).join(' ');
      await agent
        .post(`/admin/reports/${report}/citations/new`)
        .type('form')
        .send({
          ...citationForm(page, {}),
          lock_version: undefined,
          law: 'kp-criminal-code',
          version: '2015',
          number: '1',
          as_written: words,
          quote_exact: words,
        })
        .expect(303);
    },
  ],
  [
    'an article edited in its form',
    async () => {
      const url = '/admin/laws/kp-criminal-code/2015/articles/222';
      const page = (await agent.get(url).expect(200)).text;
      await agent
        .post(url)
        .type('form')
        .send({
          _csrf: csrfFrom(page),
          lock_version: lockOf(page),
          heading: 'Illegal international communications (edited)',
          summary: 'Edited summary.',
          text_en: '',
          text_ko: '',
          provenance: 'Edited provenance.',
          source_url: '',
          chapter: 'Chapter 6 › Section 1',
        })
        .expect(303);
    },
  ],
  [
    "a report's title, summary and status edited",
    async () => {
      const url = '/admin/reports/dailynk-crackdown-chinese-mobile-phones';
      const page = (await agent.get(url).expect(200)).text;
      await agent
        .post(url)
        .type('form')
        .send({
          _csrf: csrfFrom(page),
          lock_version: lockOf(page),
          title: 'An edited title',
          summary: 'An edited summary.',
          status: 'draft',
        })
        .expect(303);
    },
  ],
  [
    "a report's excerpt edited so that a quote loses its place",
    async () => {
      const slug = 'dailynk-crackdown-chinese-mobile-phones';
      const { excerpt } = await tdb.db
        .selectFrom('report')
        .select('excerpt')
        .where('slug', '=', slug)
        .executeTakeFirstOrThrow();
      const quoted = await tdb.db
        .selectFrom('citation')
        .innerJoin('report', 'report.id', 'citation.report_id')
        .select('citation.quote_exact')
        .where('report.slug', '=', slug)
        .where('citation.quote_start', 'is not', null)
        .executeTakeFirstOrThrow();
      const page = (await agent.get(`/admin/reports/${slug}`).expect(200)).text;
      const edited = `New words first. ${excerpt!.replace(quoted.quote_exact!, 'something else')}`;
      await agent
        .post(`/admin/reports/${slug}`)
        .type('form')
        .send({
          _csrf: csrfFrom(page),
          lock_version: lockOf(page),
          title: 'Title',
          summary: '',
          status: 'published',
          excerpt: edited,
        })
        .expect(303);
    },
  ],
  [
    'a law saved in the law editor',
    async () => {
      const url = '/admin/laws/kp-juvenile-crime-prevention-law/edit';
      const page = (await agent.get(url).expect(200)).text;
      const yaml = page
        .match(/<textarea id="law-yaml"[^>]*>([\s\S]*?)<\/textarea>/)![1]!
        .replace(/&#34;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&');
      const edited = yaml.replace(
        /penalties: \[\]/,
        'penalties:\n              - { tier: basic, kind: disciplinary_labor, max_months: 12 }',
      );
      await agent
        .post(url)
        .type('form')
        .send({ _csrf: csrfFrom(page), base_hash: fieldOf(page, 'base_hash'), yaml: edited, action: 'save' })
        .expect(303);
    },
  ],
  [
    'a file imported on the upload page',
    async () => {
      const file = Buffer.from(
        'laws:\n  - slug: kp-criminal-code\n    versions:\n      - slug: "2015"\n        articles:\n          - { number: "999", heading: Uploaded article }\n',
      );
      const preview = await agent
        .post('/admin/import')
        .field('_csrf', await tokenOf(agent, '/admin/import'))
        .attach('files', file, 'partial.yaml')
        .expect(200);
      const apply = preview.text.match(/action="(\/admin\/import\/[0-9a-f]+\/apply)"/)![1]!;
      await agent
        .post(apply)
        .type('form')
        .send({ _csrf: csrfFrom(preview.text) })
        .expect(200);
    },
  ],
  [
    'a report added with the new-report form (the extractor suggests its citations)',
    async () => {
      const page = (await agent.get('/admin/reports/new').expect(200)).text;
      await agent
        .post('/admin/reports/new')
        .type('form')
        .send({
          _csrf: csrfFrom(page),
          slug: 'roundtrip-new-report',
          outlet: 'daily-nk',
          title: 'New report',
          language: 'en',
          published_on: '2020-05-01',
          date_precision: 'day',
          source_type: 'press',
          status: 'published',
          excerpt: 'He was charged under Article 60 of the Criminal Code.',
        })
        .expect(303);
    },
  ],
];

/** Imports `first` (and its CSV form) into two empty databases and expects the same export back. */
async function roundTripIntoEmptyDatabases(first: string) {
  const csv = serializeCsv(await exportDocument(tdb.db));
  const [json, fromCsv] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  try {
    await importFiles(json.db, [{ name: 'export.json', bytes: encode(first) }]);
    expect(serializeJson(await exportDocument(json.db))).toBe(first);
    await importFiles(
      fromCsv.db,
      csv.map((f) => ({ name: f.file, bytes: encode(f.text) })),
    );
    expect(serializeCsv(await exportDocument(fromCsv.db))).toEqual(csv);
  } finally {
    await Promise.all([json.drop(), fromCsv.drop()]);
  }
}

describe('export → import → export after every kind of admin edit', () => {
  // Every test starts from the same seeded clone, so its export before the edit is exported once.
  let untouched: string | undefined;
  it.each(edits)('gives the same bytes after %s, into the same database', async (_name, edit) => {
    untouched ??= serializeJson(await exportDocument(tdb.db));
    await edit();
    const first = serializeJson(await exportDocument(tdb.db));
    expect(first).not.toBe(untouched);

    const again = await importFiles(tdb.db, [{ name: 'export.json', bytes: encode(first) }]);
    const changed = Object.entries(again.counts).filter(([, c]) => c.inserted + c.updated + c.deleted > 0);
    expect(changed).toEqual([]);
    expect(serializeJson(await exportDocument(tdb.db))).toBe(first);
  });

  // Into empty databases once, after all the edits: each full import of the seeds costs seconds,
  // and every edit's traces are in this one export (a failure names the file and field).
  it('gives the same bytes after all of them, into an empty database from JSON and from CSV', async () => {
    for (const [, edit] of edits) await edit();
    await roundTripIntoEmptyDatabases(serializeJson(await exportDocument(tdb.db)));
  }, 120_000);
});
