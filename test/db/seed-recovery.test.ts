import type { ExtractedCitation, ExtractionContext } from '../../src/extractor/citation.types.ts';
import { loadExtractionContext } from '../../src/citations/context.service.ts';
import { extractCitations } from '../../src/extractor/extract.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

/**
 * The seed reports as a measure of the extractor: run over each excerpt with the report's title and
 * summary as context, it must find the article citations the curators recorded, and never cite a
 * law another jurisdiction's name is attached to ("일본 형법", "South Korea's National Security Act")
 * as one of the laws the database holds.
 */
let tdb: TestDatabase;
let ctx: ExtractionContext;
beforeAll(async () => {
  tdb = await createTestDatabase({ seeded: true });
  ctx = await loadExtractionContext(tdb.db);
});
afterAll(() => tdb.drop());

interface SeedReport {
  slug: string;
  title: string;
  summary: string | null;
  excerpt: string;
  published_on: string | null;
  event_date: string | null;
  curated: { law: string; article: string }[];
}

async function seedReports(): Promise<SeedReport[]> {
  const reports = await tdb.db
    .selectFrom('report')
    .select(['id', 'slug', 'title', 'summary', 'excerpt', 'published_on', 'event_date'])
    .where('excerpt', 'is not', null)
    .orderBy('id')
    .execute();
  const curated = await tdb.db
    .selectFrom('citation')
    .innerJoin('law', 'law.id', 'citation.law_id')
    .innerJoin('article', 'article.id', 'citation.article_id')
    .select(['citation.report_id', 'law.slug as law', 'article.number as article'])
    .where('citation.origin', '=', 'import')
    .execute();
  return reports.map((r) => ({
    ...r,
    excerpt: r.excerpt!,
    curated: curated.filter((c) => c.report_id === r.id).map(({ law, article }) => ({ law, article })),
  }));
}

function extract(report: SeedReport): ExtractedCitation[] {
  return extractCitations(report.excerpt, ctx, {
    date: report.published_on,
    eventDate: report.event_date,
    context: { title: report.title, summary: report.summary },
  });
}

/** A range ("Articles 34-38") covers each article in it. */
function covers(found: ExtractedCitation, wanted: { law: string; article: string }): boolean {
  if (found.law !== wanted.law || found.article === null) return false;
  if (found.articleTo === null) return found.article === wanted.article;
  const n = Number(wanted.article);
  return n >= Number(found.article) && n <= Number(found.articleTo);
}

/** Spans where a name of a jurisdiction whose laws we do not hold stands right before a law word. */
async function foreignLawSpans(excerpt: string): Promise<[number, number][]> {
  const names = await tdb.db
    .selectFrom('jurisdiction_alias')
    .innerJoin('jurisdiction', 'jurisdiction.id', 'jurisdiction_alias.jurisdiction_id')
    .select('jurisdiction_alias.name')
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('law').select('law.id').whereRef('law.jurisdiction_id', '=', 'jurisdiction.id'))),
    )
    .execute();
  const spans: [number, number][] = [];
  for (const { name } of names) {
    for (let at = excerpt.indexOf(name); at >= 0; at = excerpt.indexOf(name, at + 1)) {
      const after = excerpt.slice(at + name.length, at + name.length + 60);
      const law =
        /^(?:'s|의|の)?\s?(?:[가-힣]{0,8}?법|\p{Script=Han}{0,8}法|(?:\p{Lu}\w*\s){0,3}(?:Act|Law|Code)\b|(?:criminal|penal)\s(?:law|code|act)\b)/iu.exec(
          after,
        );
      if (law) spans.push([at, at + name.length + law[0].length]);
    }
  }
  return spans;
}

describe('the extractor on the seed reports', () => {
  it('recovers at least 95 % of the curated article citations, with title and summary as context', async () => {
    const reports = await seedReports();
    const missed: string[] = [];
    let total = 0;
    for (const report of reports) {
      const found = extract(report);
      for (const wanted of report.curated) {
        total += 1;
        if (!found.some((citation) => covers(citation, wanted)))
          missed.push(`${report.slug}: ${wanted.law} ${wanted.article}`);
      }
    }
    const share = (total - missed.length) / total;
    console.log(
      `seed recovery: ${total - missed.length} of ${total} curated article citations (${(share * 100).toFixed(1)} %)${missed.length ? `; missed ${missed.join(', ')}` : ''}`,
    );
    expect(total).toBeGreaterThanOrEqual(60);
    expect(share).toBeGreaterThanOrEqual(0.95);
  });

  it('cites no law named with another jurisdiction as a law the database holds', async () => {
    const reports = await seedReports();
    let checked = 0;
    for (const report of reports) {
      const spans = await foreignLawSpans(report.excerpt);
      checked += spans.length;
      for (const citation of extract(report).filter((c) => c.law !== null)) {
        const inside = spans.filter(([start, end]) => citation.start < end && start < citation.end);
        expect({ report: report.slug, asWritten: citation.asWritten, inside }).toEqual({
          report: report.slug,
          asWritten: citation.asWritten,
          inside: [],
        });
      }
    }
    expect(checked).toBeGreaterThanOrEqual(2);
  });

  it('slices asWritten out of the excerpt with every element it returns', async () => {
    for (const report of await seedReports()) {
      for (const citation of extract(report))
        expect(report.excerpt.slice(citation.start, citation.end)).toBe(citation.asWritten);
    }
  });
});
