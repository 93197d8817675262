import request from 'supertest';
import { type RenumberedLaw, makeRenumberedLaw } from '../factories/renumbered-law.ts';
import { makeReport, makeReports } from '../factories/reports.ts';
import { countQueries } from '../bench/query-counts.ts';
import { createTestApp } from '../setup/test-app.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

let tdb: TestDatabase;
let law: RenumberedLaw;
let pages: string[] = [];
beforeAll(async () => {
  tdb = await createTestDatabase();
  law = await makeRenumberedLaw(tdb.db, { history: true });
  const report = await makeReport(tdb.db, { citations: [{ article: law.communications }] });
  const offence = `/offences/${law.slug}/illegal-communications`;
  pages = [
    '/',
    '/reports',
    report.path,
    law.communications.path,
    law.path,
    offence,
    `${offence}?on=2016-01-01`,
    `${law.communications.path}/in-force`,
    `${law.path}/lineage`,
    '/search?q=international+communications',
    '/search?q=Art.+60',
    `/penalties/disciplinary_labor?law=${law.slug}`,
    '/glossary',
  ];
});
afterAll(() => tdb.drop());

describe('bounded queries', () => {
  it('issues the same number of SQL queries per page however many reports cite the article', async () => {
    const before = await countQueries(tdb.url, pages);
    await makeReports(tdb.db, 40, (i) => ({
      published_on: `2018-01-${String(1 + (i % 28)).padStart(2, '0')}`,
      citations: [{ article: law.communications }],
    }));
    const after = await countQueries(tdb.url, pages);
    expect(after).toEqual(before);
    // A search runs in its own transaction (begin, settings, commit) beside its facet and hit queries.
    for (const [path, n] of Object.entries(after))
      expect([path, n <= (path.startsWith('/search') ? 16 : 12)]).toEqual([path, true]);
  });

  it('shows a newly confirmed citation at once, although the counts are memoised', async () => {
    const app = createTestApp(tdb.db);
    const url = `/api${law.overthrow.after.path}`;
    const first = (await request(app).get(url).expect(200)).body.citedBy.total;
    expect((await request(app).get(url).expect(200)).body.citedBy.total).toBe(first);
    const r = await makeReport(tdb.db, { citations: [{ article: law.overthrow.after, status: 'suggested' }] });
    const c = r.citations[0]!;
    expect((await request(app).get(url).expect(200)).body.citedBy.total).toBe(first);
    await tdb.db.updateTable('citation').set({ status: 'confirmed' }).where('id', '=', c.id).execute();
    const body = (await request(app).get(url).expect(200)).body.citedBy;
    expect(body.total).toBe(first + 1);
    expect(body.perYear).toEqual(expect.arrayContaining([expect.objectContaining({ year: 2020 })]));
    await tdb.db.updateTable('report').set({ status: 'draft' }).where('id', '=', r.id).execute();
    expect((await request(app).get(url).expect(200)).body.citedBy.total).toBe(first);
  });
});
