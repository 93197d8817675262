import request from 'supertest';
import { penaltiesUrl } from '../../src/penalties/penalties.urls.ts';
import { type ArticleInput, type MadeLaw, makeLaw } from '../factories/laws.ts';
import { type RenumberedLaw, makeCriminalCode } from '../factories/renumbered-law.ts';
import { visibleText } from '../setup/html.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';
import { createSearchApp } from './search-app.ts';

// The Criminal Code of our own (death for state overthrow and terrorism, recorded in some versions
// only) and a second code whose penalties change between versions: dropped from the record, kept for
// some tiers only, and an offence whose number the next partial text does not give.
let tdb: TestDatabase;
let app: ReturnType<typeof createSearchApp>;
let code: RenumberedLaw;
let other: MadeLaw;
const labour = (max: number) => ({ tier: 'basic' as const, kind: 'disciplinary_labor' as const, max_months: max });
const prison = (max: number) => ({
  tier: 'grave' as const,
  kind: 'fixed_term_correctional_labor' as const,
  max_months: max,
});

beforeAll(async () => {
  tdb = await createTestDatabase();
  app = createSearchApp(tdb.db);
  code = await makeCriminalCode(tdb.db);
  const version = (slug: string, articles: ArticleInput[]) => ({
    slug,
    label: `As amended ${slug}`,
    adopted_on: `${slug}-03-01`,
    text_status: 'partial' as const,
    articles,
  });
  other = await makeLaw(tdb.db, {
    jurisdiction: code.jurisdiction,
    lineages: [
      { slug: 'smuggling', offence_name: 'smuggling' },
      { slug: 'decadent-culture', offence_name: 'importing and distributing decadent culture' },
      { slug: 'decadent-acts', offence_name: 'decadent acts' },
      { slug: 'promiscuity', offence_name: 'promiscuous relations with several partners' },
    ],
    versions: [
      version('2009', [{ number: '193', lineage: 'decadent-culture', penalties: [labour(12), prison(60)] }]),
      version('2012', [
        { number: '183', lineage: 'decadent-culture', penalties: [prison(60)] },
        { number: '199', lineage: 'smuggling', penalties: [labour(24)] },
        { number: '250', lineage: 'promiscuity', penalties: [labour(12)] },
      ]),
      version('2015', [
        {
          number: '183',
          lineage: 'decadent-culture',
          heading: 'Decadent culture',
          penalties: [labour(12), prison(120)],
        },
        { number: '184', lineage: 'decadent-acts', heading: 'Decadent acts', penalties: [prison(96)] },
        { number: '199', lineage: 'smuggling', heading: 'Smuggling' },
        { number: '200', heading: 'Light smuggling', penalties: [prison(36)] },
      ]),
    ],
  });
});
afterAll(() => tdb.drop());

describe('browse by penalty', () => {
  it('builds the URLs the penalty ladders link to', () => {
    expect(penaltiesUrl('death')).toBe('/penalties/death');
    expect(
      penaltiesUrl('fixed_term_correctional_labor', { law: 'kp-criminal-code', version: '2015', max: '10y' }),
    ).toBe('/penalties/fixed_term_correctional_labor?law=kp-criminal-code&version=2015&max=10y');
    expect(penaltiesUrl('death', { version: '2015' })).toBe('/penalties/death');
  });

  it('lists the Criminal Code articles carrying death, per version', async () => {
    const res = await request(app).get(`/penalties/death?law=${code.slug}`).expect(200);
    for (const a of [code.overthrow.after, code.terrorism.before, code.article('1999', '44')])
      expect(res.text).toContain(`href="${a.path}"`);
    expect(res.text).not.toContain(`href="${code.communications.path}"`);
    expect(res.text).toContain(`<link rel="canonical" href="/penalties/death?law=${code.slug}">`);
    expect(visibleText(res.text)).toContain(
      'Art. 60: Conspiracy to overthrow the state Especially grave cases: the death penalty',
    );
  });

  it('tells changes by offence apart from versions whose penalties are not recorded', async () => {
    const text = visibleText((await request(app).get(`/penalties/death?law=${code.slug}`).expect(200)).text);
    expect(text).toContain(
      'Penalty not recorded in 2004: conspiracy to overthrow the state (Art. 44 → Art. 59; the sources give no penalty for those cases in 2004)',
    );
    expect(text).toContain(
      'First recorded in 2015: conspiracy to overthrow the state (Art. 60; the 2012 article, Art. 60, has no penalty recorded for those cases)',
    );
    expect(text).not.toMatch(/Lost: conspiracy/);
  });
  it('says a penalty is not recorded, rather than unknown or lost, when the later article exists without it', async () => {
    const text = visibleText(
      (await request(app).get(`/penalties/disciplinary_labor?law=${other.slug}`).expect(200)).text,
    );
    expect(text).toContain(
      'Penalty not recorded in 2015: smuggling (Art. 199 → Art. 199; the sources give no penalty for those cases in 2015)',
    );
    expect(text).not.toMatch(/Not known in 2015: smuggling/);
    // 2012 Art. 183 records only its grave tier: the basic tier's disciplinary labor is not known to be gone.
    expect(text).toContain(
      'Penalty not recorded in 2012: importing and distributing decadent culture (Art. 193 → Art. 183;',
    );
    expect(text).not.toMatch(/Lost: importing and distributing decadent culture/);
    expect(text).toContain('Number not known in 2015: promiscuous relations with several partners (was Art. 250)');
  });

  it('offers only the maximum terms a kind can reach', async () => {
    const labour = (await request(app).get('/api/penalties/disciplinary_labor').expect(200)).body;
    expect(labour.termLinks.map((t: { label: string }) => t.label)).toEqual(['up to 1 year', '1–5 years']);
    const prison = (await request(app).get('/api/penalties/fixed_term_correctional_labor').expect(200)).body;
    expect(prison.termLinks.map((t: { label: string }) => t.label)).toEqual([
      'up to 1 year',
      '1–5 years',
      '5–10 years',
      'over 10 years',
    ]);
    const html = visibleText((await request(app).get('/penalties/disciplinary_labor').expect(200)).text);
    expect(html).not.toContain('5–10 years');
    expect(html).not.toContain('over 10 years');
  });

  it('narrows to one version and a term range, with a JSON twin', async () => {
    const body = (
      await request(app)
        .get(`/api/penalties/fixed_term_correctional_labor?law=${other.slug}&version=2015&max=10y`)
        .expect(200)
    ).body;
    expect(body.laws).toHaveLength(1);
    expect(body.laws[0].versions.map((v: { slug: string }) => v.slug)).toEqual(['2015']);
    const labels = body.laws[0].versions[0].articles.map((a: { label: string }) => a.label);
    expect(labels).toEqual(['Art. 183', 'Art. 184']);
    for (const a of body.laws[0].versions[0].articles) {
      const terms = (a.penalties as { kind: string; maxMonths: number | null }[]).filter(
        (p) => p.kind === 'fixed_term_correctional_labor',
      );
      expect(terms.some((p) => p.maxMonths !== null && p.maxMonths > 60 && p.maxMonths <= 120)).toBe(true);
    }
    const html = visibleText(
      (
        await request(app)
          .get(`/penalties/fixed_term_correctional_labor?law=${other.slug}&version=2015&max=10y`)
          .expect(200)
      ).text,
    );
    expect(html).toContain('up to 10 years of correctional labor');
    expect(html).toContain('up to 8 years of correctional labor');
    expect(html).not.toContain('Light smuggling');
    expect(
      body.laws[0].changes.every(
        (c: { from: { slug: string }; to: { slug: string } }) => c.from.slug === '2015' || c.to.slug === '2015',
      ),
    ).toBe(true);
  });

  it('lists every kind on the index with its article count', async () => {
    const body = (await request(app).get('/api/penalties').expect(200)).body;
    expect(body.kinds.find((k: { value: string }) => k.value === 'death')).toMatchObject({ url: '/penalties/death' });
    // 1999 Arts 44 and 45, 2004 Art. 60, 2015 Arts 60 and 61
    expect(body.kinds.find((k: { value: string }) => k.value === 'death').articles).toBe(5);
  });

  it.each([
    ['/penalties/hanging', 404],
    ['/penalties/death?law=no-such-law', 404],
    ['/penalties/death?max=forever', 400],
  ])('answers %s with %i', async (url, status) => {
    await request(app).get(url).expect(status);
  });
});
