// The claims view and the as-of date in the real app (`claimscape serve` on the bench database,
// headless Chromium): how long the claims view takes to draw about 1,000 claims
// (claims_view_1000_ms), and the longest task while the as-of slider is swept across its range
// (date_control_max_block_ms, from a PerformanceObserver on long tasks; 0 when none passed 50 ms).
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Page } from 'playwright-core';
import { openDatabase } from '../../main/db/open.ts';
import { CHROMIUM_ARGS } from './run-browser.ts';

/** The best-connected entity whose own relations carry at least 1,000 claims (fewest above that). */
function focusEntity(dbFile: string): { label: string; claims: number } {
  const db = openDatabase(dbFile, { readonly: true });
  try {
    const rows = db
      .prepare(
        `SELECT e.label AS label,
           (SELECT coalesce(sum(claim_count), 0) FROM relations WHERE subject = e.eid) +
           (SELECT coalesce(sum(claim_count), 0) FROM relations WHERE object = e.eid) AS claims
         FROM entities e ORDER BY e.degree DESC LIMIT 400`,
      )
      .all() as { label: string; claims: number }[];
    const over = rows.filter((r) => r.claims >= 1000).sort((a, b) => a.claims - b.claims);
    return over[0] ?? rows[0] ?? { label: '', claims: 0 };
  } finally {
    db.close();
  }
}

async function serve(root: string, dbFile: string): Promise<{ url: string; stop(): void }> {
  const proc = spawn(process.execPath, [join(root, 'bin/claimscape.mjs'), 'serve', '--db', dbFile, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((ok, fail) => {
    proc.once('exit', (code) => fail(new Error(`serve exited ${code}`)));
    createInterface({ input: proc.stdout }).once('line', (l) => ok(l.trim()));
  });
  return { url, stop: () => void proc.kill('SIGTERM') };
}

const IDLE = `new Promise((done) => { const h = window.__claimscape; let calm = 0;
  const tick = () => { calm = h && h.idle() ? calm + 1 : 0; if (calm > 5) done(); else requestAnimationFrame(tick); };
  requestAnimationFrame(tick); })`;

async function measure(page: Page, label: string): Promise<Record<string, unknown>> {
  const search = page.getByRole('combobox', { name: 'Search entities' });
  await search.fill(label);
  await page.getByRole('listbox', { name: 'Search suggestions' }).getByRole('option').first().waitFor();
  await page.keyboard.press('Enter');
  await page.evaluate(IDLE);
  await page.keyboard.press('f');
  await page.evaluate(IDLE);
  // The claims of the drawn relations are fetched after every drawing change: let them arrive.
  await page.waitForTimeout(1500);
  const draw = (await page.evaluate(`(async () => {
    const h = window.__claimscape; const t0 = performance.now();
    document.getElementById('claims-view').click();
    await new Promise((done) => { const tick = () => h.claimsDrawn() > 0 && h.idle() ? done() : requestAnimationFrame(tick); requestAnimationFrame(tick); });
    await new Promise((r) => requestAnimationFrame(() => r()));
    return { ms: performance.now() - t0, claims: h.claimsDrawn(), nodes: h.nodeCount(), edges: h.edgeCount() };
  })()`)) as { ms: number; claims: number; nodes: number; edges: number };
  await page.evaluate(IDLE);
  const sweep = (await page.evaluate(`(async () => {
    const blocks = []; const obs = new PerformanceObserver((l) => l.getEntries().forEach((e) => blocks.push(e.duration)));
    obs.observe({ type: 'longtask' });
    const slider = document.querySelector('.as-of-slider'); const max = Number(slider.max); const steps = Math.min(40, max);
    for (let i = 1; i <= steps; i++) {
      slider.value = String(Math.round(max - (i * max) / steps / 2));
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 60));
    }
    await ${IDLE}; await new Promise((r) => setTimeout(r, 300)); await ${IDLE};
    obs.disconnect();
    return { steps, max: blocks.length ? Math.max(...blocks) : 0, count: blocks.length };
  })()`)) as { steps: number; max: number; count: number };
  return {
    claims_view_1000_ms: Math.round(draw.ms),
    claims_view_claims: draw.claims,
    claims_view_size: { nodes: draw.nodes, edges: draw.edges },
    date_control_max_block_ms: Math.round(sweep.max),
    date_control_long_tasks: sweep.count,
    date_control_steps: sweep.steps,
  };
}

export async function runClaimsAppPhase(
  root: string,
  dbFile: string,
  log: (s: string) => void,
): Promise<Record<string, unknown>> {
  const focus = focusEntity(dbFile);
  log(`  claims view and as-of slider in the app, focus "${focus.label}" (${focus.claims} claims on its relations)`);
  const server = await serve(root, dbFile);
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM'] ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(server.url);
    await page.evaluate(IDLE);
    return { claims_focus: focus, ...(await measure(page, focus.label)) };
  } catch (e) {
    log(`  claims app phase failed: ${String(e)}`);
    return { claims_view_1000_ms: null, date_control_max_block_ms: null };
  } finally {
    await browser.close();
    server.stop();
  }
}
