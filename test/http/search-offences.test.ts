import { sql } from 'kysely';
import request from 'supertest';
import { visibleText } from '../setup/html.ts';
import { type RenumberedLaw, makeCriminalCode } from '../factories/renumbered-law.ts';
import { makeReport } from '../factories/reports.ts';
import { createTestApp } from '../setup/test-app.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

// The Criminal Code of our own (six versions, Korean offence names) and reports citing its offences.
let tdb: TestDatabase;
let app: ReturnType<typeof createTestApp>;
let law: RenumberedLaw;
beforeAll(async () => {
  tdb = await createTestDatabase();
  app = createTestApp(tdb.db);
  law = await makeCriminalCode(tdb.db);
  await makeReport(tdb.db, {
    excerpt: 'Two residents were caught making illegal international calls, Article 60-1 says.',
    citations: [{ article: law.communications }],
  });
  await makeReport(tdb.db, {
    language: 'ko',
    title: '중국 손전화로 통화하다 적발',
    excerpt: '그는 비법국제통신죄로 형법 제60조의1에 따라 처벌되었다.',
    citations: [{ article: law.communications, as_written: '형법 제60조의1' }],
  });
  await makeReport(tdb.db, {
    excerpt: 'He was charged with terrorism under Article 61.',
    citations: [{ article: law.terrorism.after }],
  });
  await makeReport(tdb.db, {
    excerpt: 'A terrorism charge under Article 60 of the 2004 code.',
    citations: [{ article: law.terrorism.before, quote: 'Article 60' }],
  });
});
afterAll(() => tdb.drop());

type Hit = {
  label: string;
  version: string;
  offenceUrl: string | null;
  also: { number: string; versions: string[] }[];
};
const api = async (q: string, extra = '') =>
  (
    await request(app)
      .get(`/api/search?q=${encodeURIComponent(q)}${extra}`)
      .expect(200)
  ).body;

async function reportsCiting(lineage: string): Promise<string[]> {
  const { rows } = await sql<{ slug: string }>`
    select distinct r.slug from citation c join report r on r.id = c.report_id join article a on a.id = c.article_id
    join article_lineage ln on ln.id = a.lineage_id
    where ln.slug = ${lineage} and c.status = 'confirmed' and r.status = 'published'`.execute(tdb.db);
  return rows.map((r) => r.slug);
}

describe('search by offence', () => {
  it('takes the offence name 비법국제통신죄 to the offence page, with 2015 Art. 60-1 and its citing reports', async () => {
    const res = await request(app)
      .get(`/search?q=${encodeURIComponent('비법국제통신죄')}`)
      .expect(302);
    expect(res.headers.location).toMatch(new RegExp(`^/offences/${law.slug}/illegal-communications\\?searched=`));
    const page = await request(app).get(res.headers.location!).expect(200);
    expect(page.text).toContain(`href="${law.communications.path}"`);
    const citing = await reportsCiting('illegal-communications');
    expect(citing).toHaveLength(2);
    for (const slug of citing) expect(page.text).toContain(`href="/reports/${slug}"`);
    expect(visibleText(page.text)).toContain(
      'You searched for “비법국제통신죄”, which names this offence. Search articles and reports for this text instead.',
    );
  });

  it.each([
    ['illegal international communications', 'illegal-communications'],
    ['Conspiracy to Overthrow the State', 'state-overthrow'],
    ['the crime of illegal international communications', 'illegal-communications'],
    ['테로죄', 'terrorism'],
  ])('takes the offence name “%s” to its offence page', async (q, slug) => {
    const res = await request(app)
      .get(`/search?q=${encodeURIComponent(q)}`)
      .expect(302);
    expect(res.headers.location).toMatch(new RegExp(`^/offences/${law.slug}/${slug}\\?searched=`));
  });

  it('searches the text instead when asked, grouping the versions into one result', async () => {
    const body = await api('국가전복음모죄', '&jump=off');
    expect(body.kind).toBe('results');
    const hits = body.articles.hits as Hit[];
    expect(hits.map((h) => h.label)).toEqual(['Art. 60']);
    expect(hits[0]!.also.map((o) => [o.number, o.versions])).toEqual([
      ['59', ['2004', '2009']],
      ['44', ['1999']],
    ]);
    const calls = await api('비법국제통신죄', '&jump=off');
    expect((calls.articles.hits as Hit[]).map((h) => h.label)).toEqual(['Art. 60-1']);
    expect(calls.reports.total).toBeGreaterThan(0);
  });

  it('shows one result for state overthrow, not one per version', async () => {
    const body = await api('state overthrow');
    const hits = body.articles.hits as Hit[];
    const overthrow = hits.filter((h) => h.offenceUrl === `/offences/${law.slug}/state-overthrow`);
    expect(overthrow).toHaveLength(1);
    expect(overthrow[0]).toMatchObject({ label: 'Art. 60', version: '2015' });
    expect(overthrow[0]!.also.map((o) => [o.number, o.versions])).toEqual([
      ['59', ['2004', '2009']],
      ['44', ['1999']],
    ]);
    const urls = hits.map((h) => h.offenceUrl);
    expect(new Set(urls).size).toBe(urls.length);
    expect(body.articles.total).toBe(hits.length);
    const html = visibleText((await request(app).get('/search?q=state+overthrow').expect(200)).text);
    expect(html).toContain(
      'Criminal Code as amended 22 July 2015 (the same number in 2012) · maximum: death also Art. 59 (2004, 2009), Art. 44 (1999)',
    );
  });

  it('counts offences in the article facets, not articles', async () => {
    const body = await api('terrorism', '&jump=off');
    expect(body.articles.total).toBe(1);
    const versions = body.articles.facets.find((f: { key: string }) => f.key === 'version').values;
    expect(versions.map((v: { value: string; count: number }) => [v.value, v.count]).sort()).toEqual([
      [`${law.slug}/1999`, 1],
      [`${law.slug}/2004`, 1],
      [`${law.slug}/2015`, 1],
    ]);
  });

  it('names the version really in force in the chooser and says its text is unknown', async () => {
    const res = await request(app).get('/search?q=Art.+60').expect(200);
    const text = visibleText(res.text);
    expect(text).toContain(
      'The version in force today is the Criminal Code as revised 24 December 2023 (in force since 24 December 2023). Its text is not available',
    );
    expect(text).not.toContain('the version in force today');
    expect(res.text).toContain('href="/search?q=Art.+60&amp;jump=off"');
    const body = await api('Art. 60');
    expect(body.options.every((o: { inForceToday: boolean }) => !o.inForceToday)).toBe(true);
    expect(body.inForce).toMatchObject({ textKnown: false, hasArticle: false });
  });

  it('finds the reports citing an offence when a misspelt query matched it by trigrams', async () => {
    const body = await api('terorism');
    expect(body.approximate).toBe(true);
    expect((body.articles.hits as Hit[]).map((h) => h.label)).toContain('Art. 61');
    const citing = await reportsCiting('terrorism');
    expect(citing).toHaveLength(2);
    const found = body.reports.hits.map((h: { url: string }) => h.url);
    for (const slug of citing) expect(found).toContain(`/reports/${slug}`);
  });
});
