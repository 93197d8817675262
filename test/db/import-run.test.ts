import { importFiles } from '../../src/interchange/apply/import.service.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

let tdb: TestDatabase;
beforeEach(async () => {
  tdb = await createTestDatabase({ seeded: true });
});
afterEach(() => tdb.drop());

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });
const report = (slug: string, excerpt: string, citations = '') => `  - slug: ${slug}
    outlet: daily-nk
    title: ${slug}
    language: en
    published_on: "2016-05-02"
    date_precision: day
    source_type: inside_source
    excerpt: "${excerpt}"
${citations}`;

describe('one import run across files', () => {
  it('resolves a later file citation against an article that file adds, after an earlier file looked it up', async () => {
    // The first file's suggestion looks article 998 up and finds nothing; the second adds it.
    const first = file(
      'a.yaml',
      `reports:\n${report('run-first', 'He was charged under Article 998 of the Criminal Code.')}`,
    );
    const second = file(
      'b.yaml',
      `laws:
  - slug: kp-criminal-code
    versions:
      - slug: "2015"
        articles:
          - number: "998"
            heading: An article the first file did not know
reports:
${report(
  'run-second',
  'Article 998 applies.',
  `    citations:
      - { as_written: Article 998, law: kp-criminal-code, version: "2015", article: "998", claim_type: charged_under, resolution: stated_version, confidence: 0.9 }
`,
)}`,
    );
    const summary = await importFiles(tdb.db, [first, second]);
    expect(summary.counts.citation).toMatchObject({ inserted: 1 });
    const cited = await tdb.db
      .selectFrom('citation')
      .innerJoin('report', 'report.id', 'citation.report_id')
      .innerJoin('article', 'article.id', 'citation.article_id')
      .select(['report.slug', 'article.number', 'citation.origin'])
      .where('report.slug', '=', 'run-second')
      .execute();
    expect(cited).toEqual([{ slug: 'run-second', number: '998', origin: 'import' }]);
  });
});
