import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import request from 'supertest';
import { runAtlas } from '../setup/run-atlas.ts';
import { createTestApp } from '../setup/test-app.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';
import { EN_SUBVERSION, EN_TRIAL, JA_SPY, KO_TRIAL } from './fixture-pages.ts';
import { type FixtureSite, startFixtureSite } from './fixture-site.ts';

const root = path.resolve(import.meta.dirname, '../..');
let tdb: TestDatabase;
let site: FixtureSite;
beforeAll(async () => {
  // Fresh: migrated, nothing in it; the first command loads the seeds as `atlas serve` would.
  tdb = await createTestDatabase();
  site = await startFixtureSite();
});
afterAll(async () => {
  await site.close();
  await tdb.drop();
});

// The fixture site is ours: no need for a second between its pages (the pacing has its own test).
const fast = { ATLAS_FETCH_HOST_INTERVAL_MS: '5' };

/** The real command in its own process (the first test); asynchronous, so the fixture site in this process can answer it. */
async function spawned(args: string[], env: Record<string, string> = {}) {
  const { ATLAS_FETCH_ALLOW_PRIVATE: _, ...base } = process.env;
  try {
    const r = await promisify(execFile)(process.execPath, [path.join(root, 'bin/atlas.js'), 'ingest', ...args], {
      cwd: root,
      env: { ...base, DATABASE_URL: tdb.url, LOG_LEVEL: 'warn', ...fast, ...env },
      encoding: 'utf8',
      timeout: 60_000,
    });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** The same command in this process, as the other tests run it. */
const atlas = (args: string[], env: Record<string, string> = {}) =>
  runAtlas(['ingest', ...args], {
    env: { ATLAS_FETCH_ALLOW_PRIVATE: undefined, DATABASE_URL: tdb.url, ...fast, ...env },
  });

const allow = { ATLAS_FETCH_ALLOW_PRIVATE: '1' };
const publicPages = [
  '/',
  '/api',
  '/reports',
  '/api/reports',
  '/laws/kp-criminal-code/2015/articles/222',
  '/api/laws/kp-criminal-code/2015/articles/222',
  '/laws/kp-criminal-code/2015/articles/60',
  '/search?q=smuggled+phones',
];
const feedsAndDownloads = [
  '/reports.atom',
  '/reports.csv',
  '/reports.json',
  '/laws/kp-criminal-code/citations.atom',
  '/laws/kp-criminal-code/2015/articles/222/citations.csv',
  '/outlets/127-0-0-1/reports.atom',
];
const titles = [EN_TRIAL, KO_TRIAL, JA_SPY].map((a) => a.title);
const reportCount = async () =>
  (await sql<{ n: number }>`select count(*)::int as n from report`.execute(tdb.db)).rows[0]!.n;

describe('atlas ingest', () => {
  it('refuses a loopback URL without ATLAS_FETCH_ALLOW_PRIVATE, saying why', async () => {
    const r = await spawned([`${site.origin}/feed.xml`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`atlas ingest: ${site.origin}/feed.xml: refused: 127.0.0.1 is a loopback address`);
    expect(r.stderr).toContain('ATLAS_FETCH_ALLOW_PRIVATE=1');
    expect(r.stdout).toMatch(/0 new draft reports, 0 suggested citations, 0 known, 1 skipped, 1 failed URL/);
    expect(r.stderr).toContain('the database was empty, so the seed data (laws, outlets) was loaded first');
    expect(site.hits.get('/feed.xml')).toBeUndefined();
  });

  it('creates one draft per feed item with suggested citations, then knows them; the public sees none until published', async () => {
    // One listening server: "Cite this" prints the request's origin, which must stay the same.
    const app = createTestApp(tdb.db).listen(0);
    // Nothing of a draft may show: not its title, not even its new outlet in the filter menus.
    const page = async (p: string) => (await request(app).get(p)).text;
    const before = await Promise.all(publicPages.map(page));
    const reports = await reportCount();

    const first = await atlas([`${site.origin}/feed.xml`], allow);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const lines = first.stdout.trim().split('\n');
    expect(lines.slice(0, 3).map((l) => l.split(/\s+/)[0])).toEqual(['new', 'new', 'new']);
    expect(lines[0]).toContain(`${site.origin}${EN_TRIAL.path}`);
    expect(lines.at(-1)).toBe('3 new draft reports, 3 suggested citations, 0 known');
    expect(await reportCount()).toBe(reports + 3);
    const drafts = await tdb.db
      .selectFrom('report')
      .select([
        'report.title',
        'report.status',
        (eb) =>
          eb
            .selectFrom('citation')
            .select(eb.fn.countAll<number>().as('n'))
            .whereRef('citation.report_id', '=', 'report.id')
            .where('citation.status', '=', 'suggested')
            .where('citation.origin', '=', 'extractor')
            .as('suggested'),
      ])
      .where('report.title', 'in', titles)
      .orderBy('report.id')
      .execute();
    expect(drafts).toEqual(titles.map((title) => ({ title, status: 'draft', suggested: 1 })));

    const second = await atlas([`${site.origin}/feed.xml`], allow);
    expect(second.code).toBe(0);
    expect(
      second.stdout
        .trim()
        .split('\n')
        .slice(0, 3)
        .map((l) => l.split(/\s+/)[0]),
    ).toEqual(['known', 'known', 'known']);
    expect(second.stdout.trim().split('\n').at(-1)).toBe('0 new draft reports, 0 suggested citations, 3 known');
    expect(await reportCount()).toBe(reports + 3);

    const after = await Promise.all(publicPages.map(page));
    expect(after).toEqual(before);
    for (const p of feedsAndDownloads) {
      const text = (await request(app).get(p)).text;
      for (const title of titles) expect([p, text.includes(title)]).toEqual([p, false]);
    }
    const slug = (
      await tdb.db.selectFrom('report').select('slug').where('title', '=', EN_TRIAL.title).executeTakeFirstOrThrow()
    ).slug;
    await request(app).get(`/reports/${slug}`).expect(404);

    await tdb.db.updateTable('report').set({ status: 'published' }).where('slug', '=', slug).execute();
    expect((await request(app).get('/reports')).text).toContain(EN_TRIAL.title);
    expect((await request(app).get('/reports.atom')).text).toContain(EN_TRIAL.title);
    await request(app).get(`/reports/${slug}`).expect(200);
    app.close();
  }, 60_000);

  it('previews with --dry-run and writes nothing; --outlet names the outlet', async () => {
    const reports = await reportCount();
    const dry = await atlas([`${site.origin}/atom.xml`, '--dry-run', '--outlet', 'daily-nk'], allow);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(new RegExp(`^new +${site.origin}${EN_SUBVERSION.path}`, 'm'));
    expect(dry.stdout).toContain('1 new draft report that would be created, 1 suggested citation, 1 known');
    expect(dry.stdout).toContain('Dry run: nothing was written.');
    expect(await reportCount()).toBe(reports);
    const bad = await atlas([`${site.origin}/atom.xml`, '--outlet', 'no-such-outlet'], allow);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('unknown outlet "no-such-outlet"');
  }, 60_000);

  it('exits 0 when one URL of several succeeds, and counts the failures', async () => {
    const r = await atlas([`${site.origin}/bad/missing`, `${site.origin}/atom.xml`], allow);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^skipped +${site.origin}/bad/missing +\\(HTTP 404\\)$`, 'm'));
    expect(r.stdout.trim().split('\n').at(-1)).toBe(
      '1 new draft report, 1 suggested citation, 1 known, 1 skipped, 1 failed URL',
    );
    expect(r.stderr).toContain(`atlas ingest: ${site.origin}/bad/missing: HTTP 404`);
  }, 60_000);
});
