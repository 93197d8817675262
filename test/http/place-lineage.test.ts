import request from 'supertest';
import { type MadePlace, makePlaceHierarchy } from '../factories/places.ts';
import { type MadeReport, makeReport } from '../factories/reports.ts';
import { createTestApp } from '../setup/test-app.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';

// Province → county → town: a report filed under the town belongs to all three, at any depth.
let tdb: TestDatabase;
let app: ReturnType<typeof createTestApp>;
let province: MadePlace;
let report: MadeReport;

beforeAll(async () => {
  tdb = await createTestDatabase();
  app = createTestApp(tdb.db);
  const places = await makePlaceHierarchy(tdb.db, { province: 'Quillfarrow Province' });
  province = places.province;
  report = await makeReport(tdb.db, { title: 'Trial in a border town', places: [places.town] });
});
afterAll(() => tdb.drop());

describe('a place filter reaches sub-places at any depth', () => {
  it('lists a town report under its province on /reports, the place page and the API', async () => {
    expect((await request(app).get(`/reports?place=${province.slug}`).expect(200)).text).toContain(
      `href="/reports/${report.slug}"`,
    );
    expect((await request(app).get(`/places/${province.slug}`).expect(200)).text).toContain(
      `href="/reports/${report.slug}"`,
    );
    const api = await request(app).get(`/api/reports?place=${province.slug}`).expect(200);
    expect(api.body.reports.map((r: { slug: string }) => r.slug)).toEqual([report.slug]);
  });

  it('finds the report by the province facet and by the province name in search', async () => {
    const facet = await request(app).get(`/search?q=trial&place=${province.slug}`).expect(200);
    expect(facet.text).toContain(`href="/reports/${report.slug}"`);
    const byName = await request(app).get('/search?q=Quillfarrow').expect(200);
    expect(byName.text).toContain(`href="/reports/${report.slug}"`);
  });

  it('follows a renamed province into the search document of its grandchildren', async () => {
    await tdb.db.updateTable('place').set({ name: 'Marrowgate Province' }).where('id', '=', province.id).execute();
    expect((await request(app).get('/search?q=Marrowgate').expect(200)).text).toContain(
      `href="/reports/${report.slug}"`,
    );
    expect((await request(app).get('/search?q=Quillfarrow').expect(200)).text).not.toContain(
      `href="/reports/${report.slug}"`,
    );
  });
});
