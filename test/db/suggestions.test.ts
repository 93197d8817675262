import { ImportRun } from '../../src/writers/import-run.ts';
import { editReport } from '../../src/writers/report-edit.writer.ts';
import { importFiles } from '../../src/interchange/apply/import.service.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

let tdb: TestDatabase;
beforeEach(async () => {
  tdb = await createTestDatabase({ seeded: true });
});
afterEach(() => tdb.drop());

const doc = (excerpt: string, citations = '', publishedOn = '2016-05-02') =>
  new TextEncoder().encode(`reports:
  - slug: suggestion-test
    outlet: daily-nk
    title: Suggestion test
    language: en
    published_on: "${publishedOn}"
    date_precision: day
    source_type: inside_source
    excerpt: "${excerpt}"
${citations}`);

const suggested = (tdb: TestDatabase) =>
  tdb.db
    .selectFrom('citation')
    .innerJoin('report', 'report.id', 'citation.report_id')
    .leftJoin('article', 'article.id', 'citation.article_id')
    .select([
      'citation.status',
      'citation.origin',
      'citation.as_written',
      'citation.quote_start',
      'citation.quote_end',
      'article.number',
    ])
    .where('report.slug', '=', 'suggestion-test')
    .orderBy('citation.id')
    .execute();

describe('extractor suggestions on import', () => {
  it('adds suggested citations with quote offsets, and a re-import adds none', async () => {
    const input = {
      name: 's.yaml',
      bytes: doc('Two men were charged under Article 60 and Article 64 of the Criminal Code.'),
    };
    const first = await importFiles(tdb.db, [input]);
    expect(first.counts.suggested_citation).toMatchObject({ inserted: 2 });
    const rows = await suggested(tdb);
    expect(rows).toEqual([
      expect.objectContaining({ status: 'suggested', origin: 'extractor', number: '60', as_written: 'Article 60' }),
      expect.objectContaining({ status: 'suggested', origin: 'extractor', number: '64' }),
    ]);
    expect(rows[0]!.quote_start).toBe('Two men were charged under '.length);
    const second = await importFiles(tdb.db, [input]);
    expect(second.counts.suggested_citation?.inserted ?? 0).toBe(0);
    expect(await suggested(tdb)).toHaveLength(2);
  });

  it('suggests citations of a law a later file of the same import adds', async () => {
    const report = (slug: string, excerpt: string) =>
      `  - { slug: ${slug}, outlet: daily-nk, title: ${slug}, language: en, published_on: "2024-05-02", ` +
      `date_precision: day, source_type: inside_source, excerpt: "${excerpt}" }\n`;
    const law = `laws:
  - slug: kp-lantern-ordinance
    jurisdiction: kp
    title: Lantern Festival Ordinance
    kind: law
    versions:
      - { slug: "2023", label: Ordinance of 2023, adopted_on: "2023-01-10", text_status: partial, articles: [{ number: "3" }] }
`;
    const summary = await importFiles(tdb.db, [
      {
        name: 'a.yaml',
        bytes: new TextEncoder().encode(`reports:\n${report('before-the-law', 'Article 60 of the Criminal Code.')}`),
      },
      {
        name: 'b.yaml',
        bytes: new TextEncoder().encode(
          `${law}reports:\n${report('after-the-law', 'Article 3 of the Lantern Festival Ordinance.')}`,
        ),
      },
    ]);
    const rows = await tdb.db
      .selectFrom('citation')
      .innerJoin('report', 'report.id', 'citation.report_id')
      .innerJoin('law', 'law.id', 'citation.law_id')
      .leftJoin('article', 'article.id', 'citation.article_id')
      .select(['report.slug as report', 'law.slug as law', 'article.number'])
      .where('report.slug', 'in', ['before-the-law', 'after-the-law'])
      .orderBy('report.slug')
      .execute();
    expect(rows).toEqual([
      { report: 'after-the-law', law: 'kp-lantern-ordinance', number: '3' },
      { report: 'before-the-law', law: 'kp-criminal-code', number: '60' },
    ]);
    expect(summary.counts.suggested_citation).toMatchObject({ inserted: 2 });
  });

  it('never suggests a target the report already cites', async () => {
    const citations = `    citations:
      - { as_written: Article 60, law: kp-criminal-code, version: "2015", article: "60", claim_type: charged_under, resolution: stated_version, confidence: 0.9, status: confirmed }
`;
    await importFiles(tdb.db, [
      { name: 's.yaml', bytes: doc('He was charged under Article 60 of the Criminal Code.', citations) },
    ]);
    const rows = await suggested(tdb);
    expect(rows).toEqual([expect.objectContaining({ status: 'confirmed', origin: 'import', number: '60' })]);
  });

  it("binds the excerpt's bare references through the report's title and summary", async () => {
    const bytes = new TextEncoder().encode(`reports:
  - slug: suggestion-test
    outlet: daily-nk
    title: Teenager exiled under the anti-reactionary thought law
    language: en
    published_on: "2021-02-01"
    date_precision: day
    source_type: inside_source
    summary: A source describes how the law is applied in Sinuiju.
    excerpt: "Article 27 of the law calls for five to 15 years of correctional labor."
`);
    await importFiles(tdb.db, [{ name: 's.yaml', bytes }]);
    const rows = await tdb.db
      .selectFrom('citation')
      .innerJoin('report', 'report.id', 'citation.report_id')
      .innerJoin('law', 'law.id', 'citation.law_id')
      .leftJoin('article', 'article.id', 'citation.article_id')
      .select([
        'law.slug',
        'article.number',
        'citation.as_written',
        'citation.quote_exact',
        'citation.quote_start',
        'citation.quote_end',
      ])
      .where('report.slug', '=', 'suggestion-test')
      .execute();
    expect(rows).toEqual([
      {
        slug: 'kp-reactionary-ideology-and-culture-rejection-act',
        number: '27',
        as_written: 'Article 27 of the law',
        quote_exact: 'Article 27 of the law',
        quote_start: 0,
        quote_end: 21,
      },
    ]);
  });

  it('suggests an article our data lacks at the version in force, with the version as target and the reason', async () => {
    await importFiles(tdb.db, [{ name: 's.yaml', bytes: doc('He was charged under Article 5 of the Criminal Code.') }]);
    const rows = await tdb.db
      .selectFrom('citation')
      .innerJoin('report', 'report.id', 'citation.report_id')
      .innerJoin('law', 'law.id', 'citation.law_id')
      .leftJoin('law_version', 'law_version.id', 'citation.law_version_id')
      .select([
        'law.slug as law',
        'law_version.slug as version',
        'citation.article_id',
        'citation.as_written',
        'citation.resolution',
        'citation.resolution_note',
      ])
      .where('report.slug', '=', 'suggestion-test')
      .execute();
    expect(rows).toEqual([
      {
        law: 'kp-criminal-code',
        version: '2015',
        article_id: null,
        as_written: 'Article 5 of the Criminal Code',
        resolution: 'in_force_on_publication',
        resolution_note: 'Article 5 is not in our data: our text of kp-criminal-code 2015 is partial',
      },
    ]);
  });

  it("reads a changed excerpt from the report form with the form's title and summary as context", async () => {
    await importFiles(tdb.db, [{ name: 's.yaml', bytes: doc('Nothing cited yet.', '', '2021-02-01') }]);
    const report = await tdb.db
      .selectFrom('report')
      .select(['id', 'lock_version'])
      .where('slug', '=', 'suggestion-test')
      .executeTakeFirstOrThrow();
    await tdb.db.transaction().execute((trx) =>
      editReport(new ImportRun(trx), report.id, report.lock_version, {
        title: 'Teenager exiled under the anti-reactionary thought law',
        summary: null,
        status: 'published',
        excerpt: 'Article 27 of the law calls for five to 15 years of correctional labor.',
      }),
    );
    const rows = await tdb.db
      .selectFrom('citation')
      .innerJoin('law', 'law.id', 'citation.law_id')
      .leftJoin('article', 'article.id', 'citation.article_id')
      .select(['law.slug', 'article.number', 'citation.status', 'citation.origin'])
      .where('citation.report_id', '=', report.id)
      .execute();
    expect(rows).toEqual([
      {
        slug: 'kp-reactionary-ideology-and-culture-rejection-act',
        number: '27',
        status: 'suggested',
        origin: 'extractor',
      },
    ]);
  });
});
