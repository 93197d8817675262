import { sql } from 'kysely';
import { Ingester } from '../../src/ingest/ingest.service.ts';
import { Fetcher } from '../../src/ingest/safe-fetch.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';
import { BAD_CASES, type FixtureSite, startFixtureSite } from './fixture-site.ts';
import { EN_SUBVERSION, EN_TRIAL, EN_UNDATED, JA_SPY, KO_TRIAL } from './fixture-pages.ts';

let tdb: TestDatabase;
let site: FixtureSite;
let fetcher: Fetcher;
const options = { actor: 'ingest test', actorSource: 'cli' as const };

beforeAll(async () => {
  tdb = await createTestDatabase({ seeded: true });
  site = await startFixtureSite();
  fetcher = new Fetcher({
    allowPrivate: true,
    timeoutMs: 1500,
    maxBytes: 5 * 1024 * 1024,
    publicUrl: 'https://atlas.example.org',
    hostIntervalMs: 5,
  });
});
afterAll(async () => {
  await fetcher.close();
  await site.close();
  await tdb.drop();
});

async function draftByUrl(url: string) {
  return tdb.db
    .selectFrom('report')
    .innerJoin('outlet', 'outlet.id', 'report.outlet_id')
    .leftJoin('report as t', 't.id', 'report.translation_of_id')
    .select([
      'report.id',
      'report.slug',
      'report.title',
      'report.status',
      'report.language',
      'report.published_on',
      'report.date_precision',
      'report.summary',
      'report.excerpt',
      'outlet.slug as outlet',
      't.url as translation_of_url',
    ])
    .where('report.url', '=', url)
    .executeTakeFirst();
}

async function citationsOf(reportId: number) {
  return tdb.db
    .selectFrom('citation')
    .leftJoin('article', 'article.id', 'citation.article_id')
    .select([
      'citation.as_written',
      'citation.status',
      'citation.origin',
      'citation.quote_exact',
      'citation.quote_start',
      'article.number',
    ])
    .where('citation.report_id', '=', reportId)
    .execute();
}

describe("ingesting an RSS feed of outlets' article pages", () => {
  it('makes one draft per item with its title, date, language and suggested citations, and keeps the full text privately', async () => {
    const result = await new Ingester(tdb.db, fetcher).ingest(`${site.origin}/feed.xml`, options);
    expect(result.failure).toBeNull();
    expect(result.items.map((i) => [i.outcome, i.reason])).toEqual([
      ['new', null],
      ['new', null],
      ['new', null],
    ]);

    const en = (await draftByUrl(`${site.origin}${EN_TRIAL.path}`))!;
    expect(en).toMatchObject({
      title: EN_TRIAL.title,
      status: 'draft',
      language: 'en',
      published_on: '2024-03-05',
      date_precision: 'day',
      summary: null,
    });
    // Only the sentence that carries the citation is quoted publicly.
    expect(en.excerpt).toBe(EN_TRIAL.paragraphs[1]);
    const enCites = await citationsOf(en.id);
    expect(enCites).toEqual([expect.objectContaining({ status: 'suggested', origin: 'extractor', number: '222' })]);
    expect(en.excerpt!.slice(enCites[0]!.quote_start!).startsWith(enCites[0]!.quote_exact!)).toBe(true);

    const ko = (await draftByUrl(`${site.origin}${KO_TRIAL.path}`))!;
    expect(ko).toMatchObject({
      title: KO_TRIAL.title,
      language: 'ko',
      published_on: '2024-03-06',
      date_precision: 'day',
    });
    expect(ko.excerpt).toBe(KO_TRIAL.paragraphs[1]);
    expect(ko.translation_of_url).toBe(`${site.origin}${EN_TRIAL.path}`);
    expect((await citationsOf(ko.id)).map((c) => [c.number, c.status])).toEqual([['222', 'suggested']]);

    const ja = (await draftByUrl(`${site.origin}${JA_SPY.path}`))!;
    // The page gives only a month: the draft keeps that precision.
    expect(ja).toMatchObject({
      title: JA_SPY.title,
      language: 'ja',
      published_on: '2024-05-01',
      date_precision: 'month',
    });
    expect((await citationsOf(ja.id)).map((c) => [c.number, c.origin])).toEqual([['64', 'extractor']]);

    const stored = await tdb.db
      .selectFrom('report_source')
      .select(['full_text', 'text_sha256', 'http_status', 'final_url', 'fetched_at'])
      .where('report_id', '=', ko.id)
      .executeTakeFirstOrThrow();
    expect(stored.full_text).toBe(KO_TRIAL.paragraphs.join('\n\n'));
    expect(stored).toMatchObject({ http_status: 200, final_url: `${site.origin}${KO_TRIAL.path}` });
    expect(stored.text_sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('knows the items the second time, and writes nothing', async () => {
    const before = await sql<{ n: number }>`select count(*)::int as n from report`.execute(tdb.db);
    const result = await new Ingester(tdb.db, fetcher).ingest(`${site.origin}/feed.xml`, options);
    expect(result.items.map((i) => i.outcome)).toEqual(['known', 'known', 'known']);
    expect((await sql<{ n: number }>`select count(*)::int as n from report`.execute(tdb.db)).rows).toEqual(before.rows);
  });

  it('knows a story republished under another canonical URL by its text', async () => {
    const result = await new Ingester(tdb.db, fetcher).ingest(`${site.origin}/mirror/border-trial`, options);
    expect(result.items.map((i) => [i.outcome, i.slug])).toEqual([
      ['known', (await draftByUrl(`${site.origin}${EN_TRIAL.path}`))!.slug],
    ]);
    expect(await draftByUrl(`${site.origin}/mirror/border-trial`)).toBeUndefined();
  });

  it('reads an Atom feed, and a page that only links a feed', async () => {
    const atom = await new Ingester(tdb.db, fetcher).ingest(`${site.origin}/atom.xml`, options);
    expect(atom.items.map((i) => [i.url.replace(site.origin, ''), i.outcome])).toEqual([
      [EN_SUBVERSION.path, 'new'],
      [JA_SPY.path, 'known'],
    ]);
    const sub = (await draftByUrl(`${site.origin}${EN_SUBVERSION.path}`))!;
    expect(sub).toMatchObject({ published_on: '2023-11-20', date_precision: 'day', language: 'en' });
    expect((await citationsOf(sub.id)).map((c) => c.number)).toEqual(['60']);
    const home = await new Ingester(tdb.db, fetcher).ingest(`${site.origin}/home`, options);
    expect(home.items.map((i) => i.outcome)).toEqual(['known', 'known']);
  });

  it('dates a page that states no date by its feed item', async () => {
    const result = await new Ingester(tdb.db, fetcher).ingest(`${site.origin}/undated.xml`, options);
    expect(result.items.map((i) => i.outcome)).toEqual(['new']);
    const undated = (await draftByUrl(`${site.origin}${EN_UNDATED.path}`))!;
    expect(undated).toMatchObject({
      published_on: '2024-03-06',
      date_precision: 'day',
      excerpt: EN_UNDATED.paragraphs[1],
    });
    expect((await citationsOf(undated.id)).map((c) => c.number)).toEqual(['221']);
  });
});

describe('bad input', () => {
  it('skips each bad item with its reason and writes no report for it', async () => {
    const reports = async () =>
      (await sql<{ n: number }>`select count(*)::int as n from report`.execute(tdb.db)).rows[0]!.n;
    const before = await reports();
    const result = await new Ingester(tdb.db, fetcher).ingest(`${site.origin}/bad-feed.xml`, options);
    for (const bad of BAD_CASES) {
      const item = result.items.find((i) => i.url === `${site.origin}${bad.path}`)!;
      expect([bad.path, item.outcome]).toEqual([bad.path, 'skipped']);
      expect(item.reason).toMatch(bad.reason);
    }
    expect(result.items.at(-1)!.outcome).toBe('known');
    expect(await reports()).toBe(before);
  });

  it("fails a malformed feed with the parser's reason", async () => {
    const result = await new Ingester(tdb.db, fetcher).ingest(`${site.origin}/bad/malformed.xml`, options);
    expect(result.failure).toMatch(/^malformed feed: .*\(line 1\)/);
  });
});
