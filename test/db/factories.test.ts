import { makeCitation } from '../factories/citations.ts';
import { makeJurisdiction } from '../factories/jurisdictions.ts';
import { makeLaw } from '../factories/laws.ts';
import { makeOutlet } from '../factories/outlets.ts';
import { makePlaceHierarchy } from '../factories/places.ts';
import { makeRenumberedLaw } from '../factories/renumbered-law.ts';
import { makeReport, makeReports } from '../factories/reports.ts';
import { makeSource } from '../factories/sources.ts';
import { makeSession, makeUser } from '../factories/users.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(() => tdb.drop());

describe('factories on an empty database', () => {
  it('make a default law in a jurisdiction of its own, and an ordinary one beside it', async () => {
    const first = await makeLaw(tdb.db);
    const second = await makeLaw(tdb.db, { jurisdiction: first.jurisdiction });
    const rows = await tdb.db
      .selectFrom('law')
      .select(['slug', 'is_default', 'jurisdiction_id'])
      .where('slug', 'in', [first.slug, second.slug])
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { slug: first.slug, is_default: true, jurisdiction_id: first.jurisdiction.id },
      { slug: second.slug, is_default: false, jurisdiction_id: first.jurisdiction.id },
    ]);
    expect(first.article('2020', '1').path).toBe(`/laws/${first.slug}/2020/articles/1`);
    expect(() => first.article('2020', '2')).toThrow(/was not made with article 2/);
  });

  it('never repeat a slug, a title or a jurisdiction code', async () => {
    const [a, b] = [await makeRenumberedLaw(tdb.db), await makeRenumberedLaw(tdb.db)];
    expect(new Set([a.slug, b.slug, a.title, b.title]).size).toBe(4);
    expect(a.jurisdiction.code).not.toBe(b.jurisdiction.code);
    const [j1, j2] = [await makeJurisdiction(tdb.db), await makeJurisdiction(tdb.db)];
    expect(j1.code).toMatch(/^[a-z]{8}$/);
    expect(j1.code).not.toBe(j2.code);
  });

  it('renumber the two-version law’s offences through their lineages', async () => {
    const law = await makeRenumberedLaw(tdb.db);
    const steps = await tdb.db
      .selectFrom('article_lineage_step as s')
      .innerJoin('article_lineage as l', 'l.id', 's.lineage_id')
      .innerJoin('law_version as v', 'v.id', 's.to_version_id')
      .select(['l.slug as lineage', 'v.slug as version', 's.relation'])
      .where('l.law_id', '=', law.id)
      .orderBy('l.slug')
      .execute();
    expect(steps).toEqual([
      { lineage: 'illegal-communications', version: '2015', relation: 'new' },
      { lineage: 'state-overthrow', version: '2015', relation: 'renumbered' },
      { lineage: 'terrorism', version: '2015', relation: 'renumbered' },
    ]);
    expect(law.overthrow.after.number).toBe(law.terrorism.before.number);
    expect(law.communications).toMatchObject({ number: '60-1', lineage: 'illegal-communications' });
    const penalties = await tdb.db
      .selectFrom('penalty')
      .select(['tier', 'kind', 'max_months'])
      .where('article_id', '=', law.communications.id)
      .orderBy('position')
      .execute();
    expect(penalties).toEqual([
      { tier: 'basic', kind: 'disciplinary_labor', max_months: 12 },
      { tier: 'grave', kind: 'fixed_term_correctional_labor', max_months: 60 },
    ]);
  });

  it('make a report with its authors, places and a citation whose quote lies in the excerpt', async () => {
    const law = await makeRenumberedLaw(tdb.db);
    const { province, town } = await makePlaceHierarchy(tdb.db);
    const report = await makeReport(tdb.db, {
      authors: ['Ri Myong Sim', 'Kim Ok'],
      places: [town],
      citations: [{ article: law.overthrow.after, status: 'suggested' }],
    });
    expect(report.excerpt).toContain('Article 60');
    expect(report.citations).toEqual([
      { id: expect.any(Number), articleId: law.overthrow.after.id, status: 'suggested', quoteExact: 'Article 60' },
    ]);
    const authors = await tdb.db
      .selectFrom('report_author')
      .innerJoin('author', 'author.id', 'report_author.author_id')
      .select('author.name')
      .where('report_id', '=', report.id)
      .orderBy('position')
      .execute();
    expect(authors.map((a) => a.name)).toEqual(['Ri Myong Sim', 'Kim Ok']);
    const under = await tdb.db
      .selectFrom('place_lineage')
      .select('ancestor_id')
      .where('place_id', '=', town.id)
      .execute();
    expect(under.map((p) => p.ancestor_id)).toContain(province.id);
    const added = await makeCitation(tdb.db, { report, article: law.terrorism.after, quote: 'applied' });
    expect(added).toMatchObject({ articleId: law.terrorism.after.id, status: 'confirmed', quoteExact: 'applied' });
    await expect(makeCitation(tdb.db, { report, article: law.communications, quote: 'not in it' })).rejects.toThrow(
      /quote\.exact does not occur/,
    );
  });

  it('make many reports in one import, and an outlet’s feed source', async () => {
    const outlet = await makeOutlet(tdb.db, { name: 'Batch Wire' });
    const made = await makeReports(tdb.db, 30, (i) => ({ outlet, published_on: `2019-01-${10 + (i % 9)}` }));
    const rows = await tdb.db.selectFrom('report').select('slug').where('outlet_id', '=', outlet.id).execute();
    expect(rows.map((r) => r.slug).sort()).toEqual(made.map((r) => r.slug).sort());
    const source = await makeSource(tdb.db, { outlet });
    const stored = await tdb.db
      .selectFrom('source')
      .select(['feed_url', 'outlet_id'])
      .where('id', '=', source.id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ feed_url: source.feedUrl, outlet_id: outlet.id });
  });

  it('make accounts through the auth service, and sessions for them', async () => {
    const admin = await makeUser(tdb.db, { role: 'admin' });
    const session = await makeSession(tdb.db, admin);
    const row = await tdb.db
      .selectFrom('app_user')
      .innerJoin('user_session', 'user_session.user_id', 'app_user.id')
      .select(['app_user.role', 'app_user.password_hash', 'user_session.csrf_token'])
      .where('user_session.id', '=', session.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ role: 'admin', csrf_token: session.csrf });
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
  });
});
