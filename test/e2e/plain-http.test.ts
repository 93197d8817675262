import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import type { Browser } from 'playwright-core';
import { createTestApp } from '../setup/test-app.ts';
import { type TestDatabase, createTestDatabase } from '../setup/test-db.ts';
import { e2eEnabled, launch } from './browser.ts';

const run = e2eEnabled() ? describe : describe.skip;

/** This machine's first non-loopback IPv4 address, if it has one: what a LAN visitor would type. */
const lanAddress = Object.values(os.networkInterfaces())
  .flat()
  .find((i) => i && !i.internal && i.family === 'IPv4')?.address;

// Served over plain HTTP by address (http://<ip>:3000), a page must not ask the browser to
// upgrade its subresources to HTTPS, where nothing answers: the site would render unstyled.
run('plain HTTP by IP address in Chromium', () => {
  let tdb: TestDatabase;
  let browser: Browser;
  let server: http.Server;
  let port: number;
  beforeAll(async () => {
    tdb = await createTestDatabase();
    server = http.createServer(createTestApp(tdb.db));
    await new Promise<void>((resolve) => server.listen(0, '0.0.0.0', resolve));
    port = (server.address() as AddressInfo).port;
    browser = await launch();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    await tdb?.drop();
  });

  const hosts = ['127.0.0.1', ...(lanAddress ? [lanAddress] : [])];
  it.each(hosts)(
    'http://%s loads the home page with its stylesheet, without HSTS or upgrade-insecure-requests',
    async (host) => {
      const base = `http://${host}:${port}`;
      const context = await browser.newContext();
      const page = await context.newPage();
      const failed: string[] = [];
      page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText}`));
      const response = await page.goto(`${base}/`);
      const headers = response!.headers();
      expect(headers['strict-transport-security']).toBeUndefined();
      expect(headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
      // The stylesheet came over plain HTTP and is applied: its rules are there, the font is not the default.
      const applied = await page.evaluate(() => {
        const doc = (
          globalThis as unknown as {
            document: { styleSheets: { href: string; cssRules: { length: number } }[]; body: object };
          }
        ).document;
        const view = globalThis as unknown as { getComputedStyle: (e: object) => { fontFamily: string } };
        const sheet = doc.styleSheets[0];
        return {
          href: sheet?.href,
          rules: sheet?.cssRules.length ?? 0,
          font: view.getComputedStyle(doc.body).fontFamily,
        };
      });
      expect(applied.href).toBe(`${base}/assets/site.css`);
      expect(applied.rules).toBeGreaterThan(10);
      expect(applied.font).toMatch(/Georgia/);
      expect(failed).toEqual([]);
      await context.close();
    },
    60_000,
  );
});
