import request from 'supertest';
import { makeLaw } from '../factories/laws.ts';
import { type RenumberedLaw, makeRenumberedLaw } from '../factories/renumbered-law.ts';
import { visibleText as text } from '../setup/html.ts';
import { createTestApp } from '../setup/test-app.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

// A code of our own in which Art. 60 is terrorism in 2004 and state overthrow in 2015, with 1999 and
// 2009 versions around them and a 2023 version known only from reports: the pages are checked
// against data this file made.
let tdb: TestDatabase;
let app: ReturnType<typeof createTestApp>;
let law: RenumberedLaw;
let other: { slug: string };
let base = '';

beforeAll(async () => {
  tdb = await createTestDatabase();
  app = createTestApp(tdb.db);
  law = await makeRenumberedLaw(tdb.db, { history: true });
  other = await makeLaw(tdb.db, { jurisdiction: law.jurisdiction, kind: 'law' });
  base = law.path;
});
afterAll(() => tdb.drop());

describe('statute page', () => {
  it('shows Article 60-1 (2015) with its offence, both penalty tiers and the lineage panel', async () => {
    const res = await request(app).get(law.communications.path).expect(200);
    const body = text(res.text);
    expect(body).toContain('Article 60-1: Illegal international communications');
    expect(body).toContain('Offence: illegal international communications 비법국제통신죄');
    expect(body).toContain('up to 1 year of disciplinary labor (로동단련형)');
    expect(body).toContain('Grave cases up to 5 years of correctional labor (로동교화형)');
    expect(body).toContain('This offence across revisions');
    expect(body).toContain('2009 Did not exist yet 2015 Art. 60-1 (this page) new 2023 Text not available');
    expect(res.text).toContain('<span lang="ko"');
  });

  it('tells terrorism in 2004 from state overthrow in 2015 and links each to the other numbers', async () => {
    const terror = await request(app).get(law.terrorism.before.path).expect(200);
    const overthrow = await request(app).get(law.overthrow.after.path).expect(200);
    expect(law.terrorism.before.path).toBe(`${base}/2004/articles/60`);
    expect(law.overthrow.after.path).toBe(`${base}/2015/articles/60`);
    expect(text(terror.text)).toContain('Offence: terrorism');
    expect(text(overthrow.text)).toContain('Offence: conspiracy to overthrow the state');
    expect(terror.text).toContain(`href="${base}/2015/articles/61"`);
    expect(overthrow.text).toContain(`href="${base}/2004/articles/59"`);
    expect(overthrow.text).toContain(`href="${base}/1999/articles/44"`);
    expect(text(overthrow.text)).toContain(
      'Article 60 of the 2015 version was Art. 59 in 2004 and 2009, Art. 44 in 1999.',
    );
    expect(text(terror.text)).toContain(
      'Article 60 of the 2004 version was Art. 45 in 1999, and became Art. 61 in 2015.',
    );
  });

  it('links each penalty of the ladder to every article carrying it', async () => {
    const res = await request(app).get(law.overthrow.after.path).expect(200);
    const href = `/penalties/death?law=${law.slug}&amp;version=2015`;
    expect(res.text).toContain(`href="${href}"`);
    const list = await request(app).get(href.replace('&amp;', '&')).expect(200);
    expect(list.text).toContain(`href="${law.overthrow.after.path}"`);
    expect(list.text).toContain(`href="${law.terrorism.after.path}"`);
    expect(list.text).not.toContain(`href="${law.communications.path}"`);
  });

  it('says when no official text is available instead of inventing one', async () => {
    const res = await request(app).get(law.communications.path).expect(200);
    expect(text(res.text)).toContain('The official text of this article is not available');
  });

  it('serves a JSON twin with the structured penalties', async () => {
    const res = await request(app).get(`/api${law.communications.path}`).expect(200);
    expect(res.body.article).toMatchObject({ number: '60-1', lineageSlug: 'illegal-communications' });
    const kinds = res.body.ladder.flatMap((s: { groups: { kind: string; maxMonths: number }[][] }) => s.groups.flat());
    expect(kinds).toEqual([
      expect.objectContaining({ kind: 'disciplinary_labor', maxMonths: 12 }),
      expect.objectContaining({ kind: 'fixed_term_correctional_labor', maxMonths: 60 }),
    ]);
  });
});

describe('point-in-time redirect', () => {
  it.each([
    ['/articles/60-1?on=2016-06-01', '/2015/articles/60-1'],
    ['/articles/60?on=2016-06-01', '/2015/articles/60'],
    ['/articles/60?on=2005-01-01', '/2004/articles/60'],
    ['/articles/44?on=2000-01-01', '/1999/articles/44'],
  ])('redirects %s to %s, the number in the version in force that day', async (from, to) => {
    const res = await request(app).get(`${base}${from}`).expect(302);
    expect(res.headers.location).toBe(`${base}${to}`);
    const api = await request(app).get(`/api${base}${from}`).expect(302);
    expect(api.headers.location).toBe(`/api${base}${to}`);
  });

  it('passes over reported-only versions when no date is given', async () => {
    const res = await request(app).get(`${base}/articles/60-1`).expect(302);
    expect(res.headers.location).toBe(law.communications.path);
  });

  it('answers a date before the first version with a 404 page that says so', async () => {
    const res = await request(app).get(`${base}/articles/60?on=1960-01-01`).expect(404);
    expect(text(res.text)).toContain(`No version of ${law.title} in Statute Atlas was in force on 1 January 1960`);
  });

  it('rejects a malformed date with a 400 page naming the parameter', async () => {
    const res = await request(app).get(`${base}/articles/60?on=not-a-date`).expect(400);
    expect(text(res.text)).toContain('on must be a date written YYYY-MM-DD');
  });
});

describe('law and version pages', () => {
  it('lists laws by jurisdiction', async () => {
    const res = await request(app).get('/laws').expect(200);
    expect(text(res.text)).toContain(`${law.jurisdiction.name} ${law.title} code · 5 versions`);
    expect(res.text).toContain(`href="${base}"`);
    expect(res.text).toContain(`href="/laws/${other.slug}"`);
  });

  it('shows the timeline and the contents of the latest version with known text', async () => {
    const res = await request(app).get(base).expect(200);
    const body = text(res.text);
    for (const slug of ['1999', '2004', '2009', '2015', '2023']) expect(res.text).toContain(`href="${base}/${slug}"`);
    expect(body).toContain('Reported only: text not available');
    expect(body).toContain(
      `Contents of the ${law.title} as amended 22 July 2015 Later revisions are reported (2023) but their text is not available`,
    );
    expect(res.text).toContain(`href="${law.communications.path}"`);
  });

  it('shows one version’s table of contents in article order, 60 before 60-1 before 61', async () => {
    const res = await request(app).get(`${base}/2015`).expect(200);
    const at = (n: string) => res.text.indexOf(`/2015/articles/${n}"`);
    expect(at('60')).toBeGreaterThan(0);
    expect(at('60-1')).toBeGreaterThan(at('60'));
    expect(at('61')).toBeGreaterThan(at('60-1'));
  });
});

describe('penalty history', () => {
  it('charts the heaviest penalty per tier across the offence’s versions, with a table twin', async () => {
    const res = await request(app).get(law.overthrow.after.path).expect(200);
    expect(res.text).toContain('aria-labelledby="penalty-chart-title"');
    const api = await request(app).get(`/api${law.overthrow.after.path}`).expect(200);
    const rows = api.body.penaltyHistory.rows as {
      versionSlug: string;
      tiers: { tier: string; heaviest: string | null; months: number | null }[];
    }[];
    const tier = (slug: string, name: string) =>
      rows.find((r) => r.versionSlug === slug)?.tiers.find((t) => t.tier === name);
    expect(tier('2004', 'basic')).toMatchObject({ heaviest: null, months: null });
    expect(tier('2015', 'basic')).toMatchObject({ heaviest: 'max_term', months: 120 });
    expect(text(res.text)).toContain(
      'Especially grave 1999 not recorded not recorded death 2004 not recorded not recorded not recorded 2009 not recorded not recorded not recorded 2015 up to 10 years not recorded death',
    );
  });
});

describe('renumbering map', () => {
  it('shows each offence’s number per version, marks renumberings, and has a table twin', async () => {
    const res = await request(app).get(`${base}/lineage`).expect(200);
    expect(res.text).toContain('<svg viewBox=');
    const row = res.text
      .slice(res.text.indexOf(`<th scope="row"><a href="/offences/${law.slug}/state-overthrow">`))
      .split('</tr>')[0]!;
    expect(text(row)).toMatch(/44 59 \* \(renumbered\) 59 60 \* \(renumbered\) —/);
    expect(res.text).toContain(`href="${law.terrorism.before.path}"`);
    const api = await request(app).get(`/api${base}/lineage`).expect(200);
    const terror = api.body.rows.find((r: { slug: string }) => r.slug === 'terrorism');
    expect(terror.cells.map((c: { numbers: string[] }) => c.numbers.join(','))).toEqual(['45', '60', '', '61', '']);
    expect(terror.cells.map((c: { changed: boolean }) => c.changed)).toEqual([false, true, false, true, false]);
  });
});

describe('errors', () => {
  it.each([
    '/laws/no-such-law',
    '{law}/1888',
    '{law}/2015/articles/9999',
    '{law}/2023/articles/60',
    '/laws/no-such-law/articles/1',
    '/no/such/page',
  ])('answers %s with a 404 page', async (url) => {
    const res = await request(app).get(url.replace('{law}', base)).expect(404);
    expect(res.text).toContain('<h1>Not found</h1>');
  });

  it('answers unknown API paths with JSON', async () => {
    const res = await request(app).get('/api/laws/no-such-law').expect(404);
    expect(res.body.error.status).toBe(404);
  });

  it('reports database reachability on /healthz', async () => {
    const res = await request(app).get('/healthz').expect(200);
    expect(res.body).toMatchObject({ status: 'ok', database: 'reachable', pageCache: { enabled: true } });
  });
});
