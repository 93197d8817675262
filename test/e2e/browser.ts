import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { createRequire } from 'node:module';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const SCREENSHOTS = path.resolve(import.meta.dirname, 'screenshots');
/**
 * Full-page PNGs are for a person to look at (`npm run e2e` takes them); the assertions — axe at
 * both widths, console errors, failed requests — run either way, and skipping the encoding keeps
 * `npm test` about a third faster in these suites.
 */
const TAKE_SCREENSHOTS = process.env.ATLAS_SCREENSHOTS === '1';

type AxeViolation = { id: string; help: string; nodes: { target: string[] }[] };

/**
 * axe's findings by what they depend on: address, viewport width, serialized DOM, form values and
 * focus. A page checked again in exactly that state (a journey coming back to it) cannot answer
 * differently, so its findings are reused rather than computed again.
 */
const checked = new Map<string, AxeViolation[]>();
/** Evaluated in the page (a string: this project's TypeScript has no DOM types). */
const PAGE_STATE = `(() => {
  const controls = [...document.querySelectorAll('input, textarea, select')].map((el) => [el.value, el.checked]);
  const focus = [...document.querySelectorAll('*')].indexOf(document.activeElement);
  const state = JSON.stringify([location.href, innerWidth, document.documentElement.outerHTML, controls, focus]);
  return { state, injected: 'axe' in globalThis };
})()`;

/** e2e runs when Chromium is installed; `ATLAS_E2E=required` (set by .ci/run) makes its absence a failure. */
export function e2eEnabled(): boolean {
  if (fs.existsSync(CHROMIUM)) return true;
  if (process.env.ATLAS_E2E === 'required')
    throw new Error(
      `Chromium is required for the e2e tests: install it with apt-get install -y chromium (${CHROMIUM} missing)`,
    );
  return false;
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

export async function listen(app: {
  listen: (port: number, host: string, cb: () => void) => Server;
}): Promise<{ base: string; close: () => Promise<void> }> {
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({ base: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

/**
 * A journey's page: records console errors and failed requests (either fails the test), runs
 * axe (WCAG 2.2 AA) and takes a screenshot at desktop and at phone width at every step.
 */
export class Journey {
  readonly problems: string[] = [];
  readonly violations: string[] = [];
  private step = 0;
  private constructor(
    readonly name: string,
    readonly context: BrowserContext,
    readonly page: Page,
  ) {}

  static async start(browser: Browser, name: string): Promise<Journey> {
    // bypassCSP only lets the test inject axe; the pages themselves run under the real policy headers.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    const journey = new Journey(name, context, page);
    page.on('console', (m) => {
      if (m.type() === 'error') journey.problems.push(`console error on ${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => journey.problems.push(`page error on ${page.url()}: ${e.message}`));
    page.on('requestfailed', (r) => {
      // ERR_ABORTED is the browser cancelling a request because the page navigated away (a
      // favicon still loading when a form is submitted), not a request that failed.
      if (r.failure()?.errorText === 'net::ERR_ABORTED') return;
      journey.problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400) journey.problems.push(`HTTP ${r.status()} for ${r.url()}`);
    });
    return journey;
  }

  /** axe's WCAG 2.2 AA rules on the page as it is laid out now; violations are recorded under `label`. */
  private async axe(label: string): Promise<void> {
    const { state, injected } = (await this.page.evaluate(PAGE_STATE)) as { state: string; injected: boolean };
    const key = createHash('sha256').update(state).digest('hex');
    let violations = checked.get(key);
    if (!violations) {
      // Once per document: the source is 500 kB, and the page keeps it until it navigates.
      if (!injected) await this.page.evaluate(axeSource);
      violations = (await this.page.evaluate(() =>
        (globalThis as unknown as { axe: { run: (o: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe
          .run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
          .then((r) => r.violations),
      )) as AxeViolation[];
      checked.set(key, violations);
    }
    for (const v of violations)
      this.violations.push(
        `${label} (${this.page.url()}): ${v.id} — ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join('; ')}`,
      );
  }

  /** Checks the page the journey is on: accessibility (and a screenshot) at 1280 px, then again at 390 px. */
  async check(label: string): Promise<void> {
    this.step += 1;
    await this.axe(`${label} at 1280 px`);
    await this.screenshot(label, 1280);
    await this.page.setViewportSize({ width: 390, height: 844 });
    await this.axe(`${label} at 390 px`);
    await this.screenshot(label, 390);
    await this.page.setViewportSize({ width: 1280, height: 900 });
  }

  private async screenshot(label: string, width: number): Promise<void> {
    if (!TAKE_SCREENSHOTS) return;
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    const file = path.join(SCREENSHOTS, `${this.name}-${String(this.step).padStart(2, '0')}-${label}-${width}.png`);
    await this.page.screenshot({ path: file, fullPage: true });
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}
