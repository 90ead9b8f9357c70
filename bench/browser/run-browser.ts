// Drives the bench pages in headless Chromium (playwright-core, /usr/bin/chromium, fresh profile):
// first drawing and pan/zoom frame times per renderer and size, then every layout, time-boxed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import type { ViewData } from './dom.ts';
import { LAYOUTS } from './layouts.ts';
import { buildPages } from './pages.ts';
import { serve } from './server.ts';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-unsafe-swiftshader',
];
const RENDERERS = ['canvas', 'webgl', 'sigma'] as const;
const LAYOUT_TIMEOUT_MS = 60_000;

export interface BrowserOptions {
  root: string;
  views: Map<number, ViewData>;
  frameBudgetMs: number;
  log: (s: string) => void;
}

async function launch(profile: string): Promise<BrowserContext> {
  rmSync(profile, { recursive: true, force: true });
  // Loaded here, not at the top: every bench child process loads this bundle, and playwright weighs ~70 MB.
  const { chromium } = await import('playwright-core');
  return chromium.launchPersistentContext(profile, {
    executablePath: process.env['CHROMIUM'] ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1200, height: 800 },
  });
}

/** Opens a page and waits for its result; null when it did not answer in time. */
async function runPage(ctx: BrowserContext, url: string, timeout: number): Promise<Record<string, unknown> | null> {
  const page = await ctx.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction('window.__bench !== undefined', undefined, { timeout, polling: 250 });
    return (await page.evaluate('window.__bench')) as Record<string, unknown>;
  } catch {
    return null;
  } finally {
    await page.close().catch(() => {});
  }
}

const GL_PROBE = `(() => { const c = document.createElement('canvas'); const gl = c.getContext('webgl2') || c.getContext('webgl');
  if (!gl) return 'no WebGL'; const x = gl.getExtension('WEBGL_debug_renderer_info');
  return x ? gl.getParameter(x.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER); })()`;

export async function runBrowserPhase(o: BrowserOptions): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'claimscape-bench-pages-'));
  const profile = join(dir, 'profile');
  await buildPages(o.root, dir);
  const server = await serve(dir, new Map([...o.views].map(([n, v]) => [`/data/${n}.json`, JSON.stringify(v)])));
  let ctx = await launch(profile);
  try {
    const probe = await ctx.newPage();
    await probe.goto(`${server.url}/render.html?renderer=none`);
    const gl = String(await probe.evaluate(GL_PROBE));
    const version = ctx.browser()?.version() ?? (await probe.evaluate('navigator.userAgent'));
    await probe.close();
    const draws: Record<string, unknown>[] = [];
    const size = (n: number) => ({ nodes: o.views.get(n)?.nodes.length, edges: o.views.get(n)?.edges.length });
    for (const renderer of RENDERERS) {
      for (const n of o.views.keys()) {
        o.log(`  draw ${renderer} ${n} elements`);
        const r = await runPage(
          ctx,
          `${server.url}/render.html?renderer=${renderer}&n=${n}&budget=${o.frameBudgetMs}`,
          o.frameBudgetMs + 120_000,
        );
        draws.push({ renderer, elements: n, ...size(n), ...(r ?? { error: 'timeout' }) });
      }
    }
    const layouts: Record<string, unknown>[] = [];
    for (const spec of LAYOUTS) {
      let timedOut = false;
      for (const n of o.views.keys()) {
        if (timedOut) {
          layouts.push({
            layout: spec.id,
            elements: n,
            ...size(n),
            ms: 'timeout',
            note: 'not run: timed out on a smaller graph',
          });
          continue;
        }
        o.log(`  layout ${spec.id} ${n} elements`);
        const r = await runPage(ctx, `${server.url}/layout.html?layout=${spec.id}&n=${n}`, LAYOUT_TIMEOUT_MS);
        if (!r) {
          timedOut = true;
          await ctx.close().catch(() => {});
          ctx = await launch(profile);
        }
        layouts.push({
          layout: spec.id,
          elements: n,
          ...size(n),
          ...(r ?? { ms: 'timeout', limit_ms: LAYOUT_TIMEOUT_MS }),
        });
      }
    }
    return {
      chromium: version,
      webgl_renderer: gl,
      software_rendering: /swiftshader|llvmpipe|software/i.test(gl),
      frame_budget_ms: o.frameBudgetMs,
      draws,
      layouts,
    };
  } finally {
    await ctx.close().catch(() => {});
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
