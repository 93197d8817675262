import { sql } from 'kysely';
import request from 'supertest';
import { offenceCountText, versionCountText } from '../../src/cited-by/citation-counts.service.ts';
import { articleShortLabel } from '../../src/lib/article-number.ts';
import { visibleText } from '../setup/html.ts';
import { makeLaw } from '../factories/laws.ts';
import { type RenumberedLaw, makeCriminalCode } from '../factories/renumbered-law.ts';
import { makeReport } from '../factories/reports.ts';
import { createTestApp } from '../setup/test-app.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

// The Criminal Code of our own and a law without lineages, cited by published reports (one citing two
// versions of one offence), a draft, and a suggestion: every count is checked against the tables.
let tdb: TestDatabase;
let app: ReturnType<typeof createTestApp>;
let code: RenumberedLaw;
beforeAll(async () => {
  tdb = await createTestDatabase();
  app = createTestApp(tdb.db);
  code = await makeCriminalCode(tdb.db);
  const plain = await makeLaw(tdb.db, {
    jurisdiction: code.jurisdiction,
    versions: [
      {
        slug: '2021',
        label: 'As adopted 2021',
        adopted_on: '2021-01-01',
        text_status: 'partial',
        articles: [{ number: '1' }, { number: '2' }, { number: '3-1' }],
      },
    ],
  });
  const [a1, a2] = [plain.article('2021', '1'), plain.article('2021', '3-1')];
  const { overthrow, terrorism, communications } = code;
  await makeReport(tdb.db, { citations: [{ article: overthrow.after }, { article: overthrow.before }] });
  await makeReport(tdb.db, { citations: [{ article: overthrow.after }] });
  await makeReport(tdb.db, { citations: [{ article: overthrow.before }, { article: terrorism.after }] });
  await makeReport(tdb.db, { citations: [{ article: code.article('1999', '44') }, { article: a1 }] });
  await makeReport(tdb.db, { citations: [{ article: communications }, { article: a2 }] });
  await makeReport(tdb.db, { citations: [{ article: terrorism.before }, { article: a1, quote: 'applied' }] });
  await makeReport(tdb.db, { status: 'draft', citations: [{ article: overthrow.after }, { article: a2 }] });
  await makeReport(tdb.db, { citations: [{ article: communications, status: 'suggested' }] });
});
afterAll(() => tdb.drop());

interface Expected {
  law: string;
  version: string;
  number: string;
  lineage: string | null;
  offence_reports: number;
  version_reports: number;
}

/** The figures counted straight from the tables, independently of the app's counting query. */
async function expectedCounts(): Promise<Expected[]> {
  const { rows } = await sql<Expected>`
    select l.slug as law, v.slug as version, a.number, ln.slug as lineage,
      (select count(distinct c.report_id)::int from citation c join report r on r.id = c.report_id join article x on x.id = c.article_id
       where c.status = 'confirmed' and r.status = 'published'
         and (x.id = a.id or (a.lineage_id is not null and x.lineage_id = a.lineage_id))) as offence_reports,
      (select count(distinct c.report_id)::int from citation c join report r on r.id = c.report_id
       where c.status = 'confirmed' and r.status = 'published' and c.article_id = a.id) as version_reports
    from article a join law_version v on v.id = a.law_version_id join law l on l.id = v.law_id
    left join article_lineage ln on ln.id = a.lineage_id
    order by l.slug, v.in_force_from, a.sort_key`.execute(tdb.db);
  return rows;
}

/** The sentence every page and feed shows for an article's figures (the JSON gives the figures only). */
const countText = (offenceReports: number, versionReports: number, number: string, version: string) =>
  offenceReports === 0
    ? `${offenceCountText(0)}.`
    : `${offenceCountText(offenceReports)}; ${versionCountText(versionReports, articleShortLabel(number), version)}.`;

describe('one meaning per count', () => {
  it('gives every article the same figures on its page, its JSON, its offence page, its feed and the home page', async () => {
    const all = await expectedCounts();
    // nine articles in the code's six versions, three in the other law
    expect(all).toHaveLength(12);
    expect(all.some((a) => a.offence_reports > a.version_reports)).toBe(true);
    const home = (await request(app).get('/api').expect(200)).body as { mostCited: { url: string; reports: number }[] };
    const homeHtml = visibleText((await request(app).get('/').expect(200)).text);
    const offences = new Map<
      string,
      {
        counts: { offenceReports: number };
        versions: { slug: string; articles: { number: string; reports: number }[] }[];
      }
    >();
    for (const a of all) {
      const path = `/laws/${a.law}/${a.version}/articles/${encodeURIComponent(a.number)}`;
      const label = `${a.law} ${a.version} Art. ${a.number}`;
      const json = (await request(app).get(`/api${path}`).expect(200)).body;
      expect([label, json.counts.offenceReports, json.counts.versionReports, json.citedBy.total]).toEqual([
        label,
        a.offence_reports,
        a.version_reports,
        a.offence_reports,
      ]);
      const html = visibleText((await request(app).get(path).expect(200)).text);
      expect(html).toContain(`Cited by ${a.offence_reports} report${a.offence_reports === 1 ? '' : 's'}`);
      const text = countText(json.counts.offenceReports, json.counts.versionReports, a.number, a.version);
      expect(html).toContain(text);
      const feed = (await request(app).get(`${path}/citations.atom`).expect(200)).text;
      expect(feed).toContain(`${text}</subtitle>`);
      if (!a.lineage) continue;
      const offenceUrl = `/offences/${a.law}/${a.lineage}`;
      if (!offences.has(offenceUrl))
        offences.set(offenceUrl, (await request(app).get(`/api${offenceUrl}`).expect(200)).body);
      const offence = offences.get(offenceUrl)!;
      expect([label, offence.counts.offenceReports]).toEqual([label, a.offence_reports]);
      const inVersion = offence.versions
        .find((v) => v.slug === a.version)!
        .articles.find((x) => x.number === a.number)!;
      expect([label, inVersion.reports]).toEqual([label, a.version_reports]);
      const onHome = home.mostCited.find((m) => m.url === offenceUrl);
      if (onHome) {
        expect([label, onHome.reports]).toEqual([label, a.offence_reports]);
        expect(homeHtml).toContain(offenceCountText(onHome.reports));
      }
    }
    expect(home.mostCited.length).toBeGreaterThan(3);
    for (const m of home.mostCited) expect(offences.has(m.url) || m.url.startsWith('/laws/')).toBe(true);
  }, 120_000);

  it('says what each count counts', async () => {
    const json = (await request(app).get(`/api${code.overthrow.after.path}`).expect(200)).body;
    const html = visibleText((await request(app).get(code.overthrow.after.path).expect(200)).text);
    expect(html).toContain(
      `Cited by ${json.counts.offenceReports} reports across this offence’s versions; ${json.counts.versionReports} of them cite Art. 60 of the 2015 version.`,
    );
    expect(json.counts).toMatchObject({ offenceReports: 4, versionReports: 2 });
  });
});
