import { sql } from 'kysely';
import request from 'supertest';
import { visibleText } from '../setup/html.ts';
import { createTestApp } from '../setup/test-app.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

let tdb: TestDatabase;
let app: ReturnType<typeof createTestApp>;
beforeAll(async () => {
  tdb = await createTestDatabase({ seeded: true });
  app = createTestApp(tdb.db);
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
  it('takes the offence name 비법국경출입죄 to the offence page, with 2009 Art. 233, 2015 Art. 221 and its citing reports', async () => {
    const res = await request(app)
      .get(`/search?q=${encodeURIComponent('비법국경출입죄')}`)
      .expect(302);
    expect(res.headers.location).toMatch(/^\/offences\/kp-criminal-code\/illegal-border-crossing\?searched=/);
    const page = await request(app).get(res.headers.location!).expect(200);
    expect(page.text).toContain('href="/laws/kp-criminal-code/2009/articles/233"');
    expect(page.text).toContain('href="/laws/kp-criminal-code/2015/articles/221"');
    const citing = await reportsCiting('illegal-border-crossing');
    expect(citing.length).toBeGreaterThan(1);
    for (const slug of citing) expect(page.text).toContain(`href="/reports/${slug}"`);
    expect(visibleText(page.text)).toContain(
      'You searched for “비법국경출입죄”, which names this offence. Search articles and reports for this text instead.',
    );
  });

  it.each([
    ['illegal international communications', 'illegal-international-communications'],
    ['Conspiracy to Overthrow the State', 'state-overthrow-conspiracy'],
    ['the crime of illegal international communications', 'illegal-international-communications'],
  ])('takes the offence name “%s” to its offence page', async (q, slug) => {
    const res = await request(app)
      .get(`/search?q=${encodeURIComponent(q)}`)
      .expect(302);
    expect(res.headers.location).toMatch(new RegExp(`^/offences/kp-criminal-code/${slug}\\?searched=`));
  });

  it('searches the text instead when asked, grouping the versions into one result', async () => {
    const body = await api('비법국경출입죄', '&jump=off');
    expect(body.kind).toBe('results');
    const hits = body.articles.hits as Hit[];
    expect(hits.map((h) => h.label)).toEqual(['Art. 221']);
    expect(hits[0]!.also.map((o) => [o.number, o.versions])).toEqual([['233', ['2004', '2009']]]);
    expect(body.reports.total).toBeGreaterThan(0);
  });

  it('shows one result for state overthrow, not one per version', async () => {
    const body = await api('state overthrow');
    const hits = body.articles.hits as Hit[];
    const overthrow = hits.filter((h) => h.offenceUrl === '/offences/kp-criminal-code/state-overthrow-conspiracy');
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
    expect(versions.map((v: { count: number }) => v.count)).toEqual([1, 1, 1, 1, 1]);
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
    expect(citing.length).toBeGreaterThan(0);
    const found = body.reports.hits.map((h: { url: string }) => h.url);
    for (const slug of citing) expect(found).toContain(`/reports/${slug}`);
  });
});
