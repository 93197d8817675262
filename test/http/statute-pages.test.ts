import request from 'supertest';
import { createTestApp } from '../setup/test-app.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

let tdb: TestDatabase;
let app: ReturnType<typeof createTestApp>;

beforeAll(async () => {
  tdb = await createTestDatabase({ seeded: true });
  app = createTestApp(tdb.db);
});
afterAll(() => tdb.drop());

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&#34;': '"', '&#39;': "'" };
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|#34|#39);/g, (m) => entities[m] ?? m)
    .replace(/\s+/g, ' ');

describe('statute page', () => {
  it('shows Article 222 (2015) with its offence, both penalty tiers and the lineage panel', async () => {
    const res = await request(app).get('/laws/kp-criminal-code/2015/articles/222').expect(200);
    const body = text(res.text);
    expect(body).toContain('Article 222');
    expect(body).toMatch(/illegal international communications/i);
    expect(body).toContain('up to 1 year of disciplinary labor (로동단련형)');
    expect(body).toContain('in grave cases up to 5 years of correctional labor (로동교화형)');
    expect(body).toContain('This offence across revisions');
    expect(res.text).toContain('<span lang="ko"');
  });

  it('tells terrorism in 2004 from state overthrow in 2015 and links each to the other numbers', async () => {
    const terror = await request(app).get('/laws/kp-criminal-code/2004/articles/60').expect(200);
    const overthrow = await request(app).get('/laws/kp-criminal-code/2015/articles/60').expect(200);
    expect(text(terror.text)).toMatch(/Offence: terrorism/i);
    expect(text(overthrow.text)).toMatch(/Offence: conspiracy to overthrow the state/i);
    // 2004 terrorism's lineage points to Art. 61 in 2015; 2015 overthrow's lineage points to Art. 59 in 2004.
    expect(terror.text).toContain('href="/laws/kp-criminal-code/2015/articles/61"');
    expect(terror.text).toContain('href="/laws/kp-criminal-code/1999/articles/45"');
    expect(overthrow.text).toContain('href="/laws/kp-criminal-code/2004/articles/59"');
    expect(overthrow.text).toContain('href="/laws/kp-criminal-code/1999/articles/44"');
    expect(text(overthrow.text)).toContain(
      'Article 60 of the 2015 version was Art. 59 in 2004 and 2009, Art. 44 in 1999.',
    );
    expect(text(terror.text)).toContain(
      'Article 60 of the 2004 version was Art. 45 in 1999, and became Art. 61 in 2012 and 2015.',
    );
  });

  it('links each penalty of the ladder to every article carrying it', async () => {
    const res = await request(app).get('/laws/kp-criminal-code/2015/articles/60').expect(200);
    const href = '/penalties/death?law=kp-criminal-code&amp;version=2015';
    expect(res.text).toContain(`href="${href}"`);
    const list = await request(app).get(href.replace('&amp;', '&')).expect(200);
    expect(list.text).toContain('href="/laws/kp-criminal-code/2015/articles/60"');
  });

  it('says when no official text is available instead of inventing one', async () => {
    const res = await request(app).get('/laws/kp-criminal-code/2015/articles/222').expect(200);
    expect(text(res.text)).toContain('The official text of this article is not available');
  });

  it('serves a JSON twin with the structured penalties', async () => {
    const res = await request(app).get('/api/laws/kp-criminal-code/2015/articles/222').expect(200);
    expect(res.body.article.number).toBe('222');
    const kinds = res.body.ladder.flatMap((s: { groups: { kind: string; maxMonths: number }[][] }) => s.groups.flat());
    expect(kinds).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'disciplinary_labor', maxMonths: 12 }),
        expect.objectContaining({ kind: 'fixed_term_correctional_labor', maxMonths: 60 }),
      ]),
    );
  });
});

describe('point-in-time redirect', () => {
  it.each([
    ['/laws/kp-criminal-code/articles/222?on=2016-06-01', '/laws/kp-criminal-code/2015/articles/222'],
    ['/laws/kp-criminal-code/articles/233?on=2009-08-18', '/laws/kp-criminal-code/2009/articles/233'],
    ['/laws/kp-criminal-code/articles/60?on=2005-01-01', '/laws/kp-criminal-code/2004/articles/60'],
    ['/api/laws/kp-criminal-code/articles/222?on=2016-06-01', '/api/laws/kp-criminal-code/2015/articles/222'],
  ])('redirects %s to %s', async (from, to) => {
    const res = await request(app).get(from).expect(302);
    expect(res.headers.location).toBe(to);
  });

  it('passes over reported-only versions when no date is given', async () => {
    const res = await request(app).get('/laws/kp-criminal-code/articles/222').expect(302);
    expect(res.headers.location).toBe('/laws/kp-criminal-code/2015/articles/222');
  });

  it('answers a date before the first version with a 404 page that says so', async () => {
    const res = await request(app).get('/laws/kp-criminal-code/articles/60?on=1960-01-01').expect(404);
    expect(text(res.text)).toContain('No version of Criminal Code in Statute Atlas was in force on 1 January 1960');
  });

  it('rejects a malformed date with a 400 page naming the parameter', async () => {
    const res = await request(app).get('/laws/kp-criminal-code/articles/222?on=not-a-date').expect(400);
    expect(text(res.text)).toContain('on must be a date written YYYY-MM-DD');
  });
});

describe('law and version pages', () => {
  it('lists laws by jurisdiction', async () => {
    const res = await request(app).get('/laws').expect(200);
    expect(text(res.text)).toContain("Democratic People's Republic of Korea");
    expect(res.text).toContain('href="/laws/kp-criminal-code"');
    expect(res.text).toContain('href="/laws/kp-reactionary-ideology-and-culture-rejection-act"');
  });

  it('shows the timeline and the contents of the latest version with known text', async () => {
    const res = await request(app).get('/laws/kp-criminal-code').expect(200);
    const body = text(res.text);
    for (const slug of ['1999', '2004', '2009', '2012', '2015', '2022', '2023']) {
      expect(res.text).toContain(`href="/laws/kp-criminal-code/${slug}"`);
    }
    expect(body).toContain('Reported only: text not available');
    expect(res.text).toContain('href="/laws/kp-criminal-code/2015/articles/222"');
  });

  it('shows one version’s table of contents in article order', async () => {
    const res = await request(app).get('/laws/kp-criminal-code/2015').expect(200);
    const i60 = res.text.indexOf('/2015/articles/60"');
    const i222 = res.text.indexOf('/2015/articles/222"');
    expect(i60).toBeGreaterThan(0);
    expect(i222).toBeGreaterThan(i60);
  });
});

describe('penalty history', () => {
  it('charts the heaviest penalty per tier across the offence’s versions, with a table twin', async () => {
    const res = await request(app).get('/laws/kp-criminal-code/2015/articles/183').expect(200);
    expect(res.text).toContain('aria-labelledby="penalty-chart-title"');
    const api = await request(app).get('/api/laws/kp-criminal-code/2015/articles/183').expect(200);
    const rows = api.body.penaltyHistory.rows as {
      versionSlug: string;
      tiers: { tier: string; heaviest: string | null; months: number | null }[];
    }[];
    const grave = (slug: string) => rows.find((r) => r.versionSlug === slug)?.tiers.find((t) => t.tier === 'grave');
    expect(grave('2012')).toMatchObject({ heaviest: 'max_term', months: 60 });
    expect(grave('2015')).toMatchObject({ heaviest: 'max_term', months: 120 });
    expect(text(res.text)).toMatch(/2015 .*up to 10 years/);
  });
});

describe('renumbering map', () => {
  it('shows each offence’s number per version, marks renumberings, and has a table twin', async () => {
    const res = await request(app).get('/laws/kp-criminal-code/lineage').expect(200);
    expect(res.text).toContain('<svg viewBox=');
    const row = res.text
      .slice(res.text.indexOf('<th scope="row"><a href="/offences/kp-criminal-code/state-overthrow-conspiracy">'))
      .split('</tr>')[0]!;
    expect(text(row)).toMatch(/44 59 \* \(renumbered\) 59 60 \* \(renumbered\) 60 — —/);
    expect(res.text).toContain('href="/laws/kp-criminal-code/2004/articles/60"');
    const api = await request(app).get('/api/laws/kp-criminal-code/lineage').expect(200);
    const terror = api.body.rows.find((r: { slug: string }) => r.slug === 'terrorism');
    expect(terror.cells.map((c: { numbers: string[] }) => c.numbers.join(','))).toEqual([
      '45',
      '60',
      '60',
      '61',
      '61',
      '',
      '',
    ]);
  });
});

describe('errors', () => {
  it.each([
    '/laws/no-such-law',
    '/laws/kp-criminal-code/1888',
    '/laws/kp-criminal-code/2015/articles/9999',
    '/laws/no-such-law/articles/1',
    '/no/such/page',
  ])('answers %s with a 404 page', async (url) => {
    const res = await request(app).get(url).expect(404);
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
