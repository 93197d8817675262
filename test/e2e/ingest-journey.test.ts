import type { Browser } from 'playwright-core';
import pino from 'pino';
import { createUser } from '../../src/admin/auth.service.ts';
import { createApp } from '../../src/app.ts';
import { LocalPollScheduler } from '../../src/ingest/poll-scheduler.ts';
import { Fetcher } from '../../src/ingest/safe-fetch.ts';
import { EN_SUBVERSION, JA_SPY } from '../ingest/fixture-pages.ts';
import { type FixtureSite, startFixtureSite } from '../ingest/fixture-site.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';
import { Journey, e2eEnabled, launch, listen } from './browser.ts';

const run = e2eEnabled() ? describe : describe.skip;

run('ingestion in Chromium', () => {
  let tdb: TestDatabase;
  let browser: Browser;
  let site: FixtureSite;
  let scheduler: LocalPollScheduler;
  let server: Awaited<ReturnType<typeof listen>>;
  beforeAll(async () => {
    tdb = await createTestDatabase({ seeded: true });
    site = await startFixtureSite();
    await createUser(tdb.db, 'editor@example.org', 'editor', 'e2e editor password');
    const logger = pino({ level: 'silent' });
    scheduler = new LocalPollScheduler(
      tdb.db,
      new Fetcher({
        allowPrivate: true,
        timeoutMs: 2000,
        maxBytes: 5 * 1024 * 1024,
        publicUrl: null,
        hostIntervalMs: 5,
      }),
      logger,
      60_000,
    );
    server = await listen(
      createApp({
        db: tdb.db,
        config: { publicUrl: null, fetchAllowPrivate: true, fetchTimeoutMs: 2000, fetchHostIntervalMs: 5 },
        logger,
        scheduler,
      }),
    );
    browser = await launch();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await scheduler?.stop();
    await site?.close();
    await tdb?.drop();
  });

  it('editor: add a source → poll now → its drafts in the review queue; paste URLs → preview → create drafts', async () => {
    const j = await Journey.start(browser, 'ingest');
    const { page } = j;
    await page.goto(`${server.base}/admin/login`);
    await page.getByLabel('Email').fill('editor@example.org');
    await page.getByLabel('Password').fill('e2e editor password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/admin$/);
    await page.getByRole('link', { name: 'Sources', exact: true }).click();
    await j.check('sources-empty');
    await page.getByLabel('Feed address').fill(`${site.origin}/bad-feed.xml`);
    await page.getByLabel('Outlet').selectOption('daily-nk');
    await page.getByRole('button', { name: 'Add source' }).click();
    await page.waitForURL(/done=added/);
    await page.getByRole('button', { name: 'Poll now' }).click();
    await page.waitForURL(/done=queued/);
    await scheduler.settled();
    await page.reload();
    expect(await page.locator('table.sources').innerText()).toContain(
      '1 new draft report, 1 suggested citation, 0 known, 8 skipped',
    );
    await page.locator('table.sources details summary').click();
    expect(await page.locator('table.sources details').innerText()).toContain('robots.txt of 127.0.0.1');
    await j.check('sources-polled');
    await page.getByRole('link', { name: 'Review queue', exact: true }).click();
    expect(await page.locator('main').innerText()).toContain(EN_SUBVERSION.title);
    await j.check('review');

    await page.getByRole('link', { name: 'From URLs' }).click();
    await page.getByLabel('Article addresses').fill(`${site.origin}${JA_SPY.path}\n${site.origin}/bad/report.pdf`);
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.waitForSelector('table.from-url');
    expect(await page.locator('table.from-url').innerText()).toContain(JA_SPY.title);
    expect(await page.locator('table.from-url').innerText()).toContain('skipped (not an HTML page (application/pdf))');
    await j.check('from-url-preview');
    await page.getByRole('button', { name: 'Create drafts' }).click();
    await page.waitForSelector('table.from-url');
    expect(await page.locator('main').innerText()).toContain('1 new draft report, 1 suggested citation');
    await j.check('from-url-created');
    await j.close();
    expect(j.problems.filter((p) => !p.includes('/bad/'))).toEqual([]);
    expect(j.violations).toEqual([]);
  }, 120_000);
});
