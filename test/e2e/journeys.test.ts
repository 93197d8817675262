import type { Browser } from 'playwright-core';
import { createUser } from '../../src/admin/auth.service.ts';
import { createTestApp } from '../setup/test-app.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';
import { Journey, e2eEnabled, launch, listen } from './browser.ts';

const run = e2eEnabled() ? describe : describe.skip;

run('journeys in Chromium', () => {
  let tdb: TestDatabase;
  let browser: Browser;
  let server: Awaited<ReturnType<typeof listen>>;
  beforeAll(async () => {
    tdb = await createTestDatabase({ seeded: true });
    await createUser(tdb.db, 'curator@example.org', 'admin', 'e2e curator password');
    server = await listen(createTestApp(tdb.db));
    browser = await launch();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await tdb?.drop();
  });

  async function finish(j: Journey) {
    await j.close();
    expect(j.problems).toEqual([]);
    expect(j.violations).toEqual([]);
  }

  it('researcher: search → Art. 222 (2015) → lineage → a citing report with its quote and penalty check', async () => {
    const j = await Journey.start(browser, 'researcher');
    const { page } = j;
    await page.goto(`${server.base}/`);
    await j.check('home');
    await page.getByLabel('Search articles and reports, in English or Korean').fill('international communications');
    await page.getByRole('button', { name: 'Search' }).last().click();
    await page.waitForURL(/\/search\?/);
    await j.check('search');
    await page.locator('a[href="/laws/kp-criminal-code/2015/articles/222"]').first().click();
    await page.waitForURL(/\/2015\/articles\/222$/);
    expect(await page.locator('#lineage-heading').isVisible()).toBe(true);
    await j.check('statute');
    await page.locator('#cited-by a.report-title[href="/reports/dailynk-crackdown-chinese-mobile-phones"]').click();
    await page.waitForURL(/dailynk-crackdown-chinese-mobile-phones$/);
    expect(await page.locator('mark a[href="/laws/kp-criminal-code/2015/articles/222"]').count()).toBe(1);
    expect(await page.locator('.comparison').innerText()).toContain(
      'Reported: 5 years of correctional labor — within the statutory maximum for grave cases.',
    );
    await j.check('report');
    await finish(j);
  }, 120_000);

  it('analyst: reports filtered by Yanggang → seed report → its citation → other reports → point-in-time switch', async () => {
    const j = await Journey.start(browser, 'analyst');
    const { page } = j;
    await page.goto(`${server.base}/reports`);
    await j.check('reports');
    // Keyboard first: the first Tab reaches the skip link, and following it lands on the main content.
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(
        () =>
          (globalThis as unknown as { document: { activeElement: { textContent: string } } }).document.activeElement
            .textContent,
      ),
    ).toBe('Skip to content');
    await page.keyboard.press('Enter');
    // The fragment navigation lands a moment after the key press on a busy machine.
    await page.waitForURL(/#main$/, { timeout: 5000 });
    await page.getByLabel('Place').selectOption('yanggang');
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.waitForURL(/place=yanggang/);
    await j.check('filtered');
    await page.locator('a.report-title[href="/reports/dailynk-crackdown-chinese-mobile-phones"]').click();
    await j.check('report');
    await page.locator('#cited-heading ~ .cited h3 a').first().click();
    await page.waitForURL(/\/2015\/articles\/222$/);
    expect(await page.locator('#cited-by .report-title').count()).toBeGreaterThan(1);
    await j.check('statute');
    await page.getByRole('link', { name: 'Which version is in force today?' }).click();
    // The 2023 revision is in force and its text is unknown: the page says so and links the last known article.
    await page.waitForURL(/\/2015\/articles\/222\/in-force$/);
    expect(await page.locator('#in-force-heading').innerText()).toContain('Criminal Code as revised 24 December 2023');
    expect(await page.locator('.in-force-answer').innerText()).toContain('article number in it is unknown');
    await j.check('in-force-today');
    await page.getByRole('link', { name: 'Art. 222 of the Criminal Code as amended 22 July 2015' }).click();
    await page.waitForURL(/\/2015\/articles\/222$/);
    await finish(j);
  }, 120_000);

  it('researcher: 2004 Art. 60 → as in force on 2016 → 2015 Art. 61 → the offence across versions → another date → renumbering map', async () => {
    const j = await Journey.start(browser, 'offence');
    const { page } = j;
    await page.goto(`${server.base}/laws/kp-criminal-code/2004/articles/60`);
    expect(await page.locator('.offence').innerText()).toContain('terrorism');
    await j.check('statute-2004-60');
    await page.getByLabel('As in force on').fill('2016-01-01');
    await page.getByRole('button', { name: 'Find this offence' }).click();
    // The same offence, not the same number: terrorism is Art. 61 in 2015 (Art. 60 is state overthrow).
    await page.waitForURL(/\/2015\/articles\/61$/);
    expect(await page.locator('.offence').innerText()).toContain('terrorism');
    await page.getByRole('link', { name: 'Art. 60: Conspiracy to overthrow the state' }).first().waitFor();
    await page.getByRole('link', { name: 'this offence in every version' }).click();
    await page.waitForURL(/\/offences\/kp-criminal-code\/terrorism$/);
    const table = await page.locator('.offence-versions').innerText();
    for (const n of ['Art. 45', 'Art. 60', 'Art. 61', 'Text not available']) expect(table).toContain(n);
    await j.check('offence');
    await page.getByLabel('As in force on').fill('2005-06-01');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(/\/offences\/kp-criminal-code\/terrorism\?on=2005-06-01$/);
    expect(await page.locator('.on-date').innerText()).toContain('the offence is Art. 60');
    await j.check('offence-on-date');
    await page.goto(`${server.base}/offences/kp-criminal-code/illegal-international-communications`);
    expect(await page.locator('#cited-by').innerText()).toContain('North Korea continues crackdown');
    await j.check('offence-222');
    await page.goto(`${server.base}/`);
    await page.getByRole('link', { name: 'Renumbering map of the Criminal Code' }).click();
    await page.waitForURL(/\/lineage$/);
    await page.setViewportSize({ width: 390, height: 844 });
    // On a phone the numbers are on the first screen, stacked per offence.
    const first = page.locator('.map-stacked > li').first();
    expect(await first.isVisible()).toBe(true);
    const box = await first.boundingBox();
    expect(box && box.y + box.height).toBeLessThan(844);
    await page.setViewportSize({ width: 1280, height: 900 });
    await j.check('lineage');
    await finish(j);
  }, 120_000);

  it('admin: sign in → import with preview → confirm a suggestion → public page → audit → sign out', async () => {
    const j = await Journey.start(browser, 'admin');
    const { page } = j;
    await page.goto(`${server.base}/admin`);
    await page.waitForURL(/\/admin\/login/);
    await j.check('login');
    await page.getByLabel('Email').fill('curator@example.org');
    await page.getByLabel('Password').fill('e2e curator password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/admin$/);
    await j.check('dashboard');
    await page.getByRole('link', { name: 'Import' }).click();
    await page.setInputFiles('#files', {
      name: 'journey.yaml',
      mimeType: 'application/yaml',
      buffer: Buffer.from(
        'reports:\n  - { slug: journey-report, outlet: daily-nk, title: Journey report on decadent culture, language: en, published_on: "2018-06-01", date_precision: day, source_type: inside_source, excerpt: "They were charged under Article 183 of the Criminal Code." }\n',
      ),
    });
    await page.getByRole('button', { name: 'Preview the import' }).click();
    await j.check('preview');
    await page.getByRole('button', { name: 'Apply this import' }).click();
    await j.check('imported');
    await page.getByRole('link', { name: 'Review queue' }).click();
    const item = page.locator('.review-item', { hasText: 'Journey report on decadent culture' });
    await j.check('review');
    await item.getByRole('button', { name: 'Confirm', exact: true }).click();
    await page.waitForURL(/done=confirmed/);
    await page.goto(`${server.base}/laws/kp-criminal-code/2015/articles/183`);
    expect(await page.locator('#cited-by').innerText()).toContain('Journey report on decadent culture');
    await j.check('public');
    await page.goto(`${server.base}/admin/audit?entity=citation`);
    expect(await page.locator('.audit-table').innerText()).toContain('curator@example.org');
    await j.check('audit');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/admin\/login/);
    await finish(j);
  }, 120_000);
});
