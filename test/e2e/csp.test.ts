// The renderer lives under style-src 'self' (no 'unsafe-inline'): through a session that loads,
// searches, expands, lays out again, shows claims, switches theme, opens dialogs and exports images,
// Chromium reports no securitypolicyviolation, and the page looks as it should (screenshot).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, launchBrowser, startServer, waitIdle, type Server } from './harness.ts';

let server: Server;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  ensureBuilt();
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  // Runs before the page's own scripts, so even a violation during start-up is caught.
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(
        `${e.effectiveDirective} ${e.blockedURI} ${e.sample} ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`.trim(),
      ),
    );
  });
  page = await context.newPage();
  await page.goto(server.url);
  await waitIdle(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const violations = () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

async function exportImage(format: 'png' | 'svg'): Promise<void> {
  await page.keyboard.press('e');
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.locator('#export-format').selectOption(format);
  await Promise.all([page.waitForEvent('download'), dialog.locator('[data-action="export"]').click()]);
  await page.locator('.toast-success').last().waitFor();
}

describe('content security policy without inline styles', () => {
  it('is what the server sends', async () => {
    const res = await page.request.get(server.url.replace(/#.*$/, ''));
    const csp = res.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("style-src 'self';");
    expect(csp).not.toContain('unsafe-inline');
  });

  it('blocks nothing through a working session', async () => {
    const box = page.getByRole('combobox', { name: 'Search entities' });
    await box.fill('Russia');
    await page.getByRole('listbox', { name: 'Search suggestions' }).getByRole('option').first().waitFor();
    await page.keyboard.press('Enter');
    await waitIdle(page);
    for (const key of ['x', 'l', 'c', 't', '?', 'Escape', 't', 'c']) {
      await page.keyboard.press(key);
      await waitIdle(page);
    }
    await exportImage('svg');
    await exportImage('png');
    await page.keyboard.press('Escape');
    await waitIdle(page);
    expect(await violations()).toEqual([]);
    // Cytoscape injected no <style>; its container is positioned by our stylesheets.
    expect(await page.locator('style').count()).toBe(0);
    expect(
      await page.evaluate(
        () => getComputedStyle(document.querySelector('.__________cytoscape_container') as Element).position,
      ),
    ).not.toBe('static');
    await page.screenshot({ path: process.env['CSP_SHOT'] ?? `${server.dir}/csp.png` });
  });
});
