// Large layouts run on the layout worker: the real bundle, in the real browser, on the app's own
// origin (so its CSP applies). The page must keep answering while fCoSE computes.
import { describe, expect, it } from 'vitest';
import { openApp, useServerAndBrowser } from './harness.ts';

const env = useServerAndBrowser();

describe('the layout worker', () => {
  it('lays out 2,500 nodes with fCoSE while the page keeps answering', async () => {
    const { page, context } = await openApp(env.browser(), env.server().url);
    const r = await page.evaluate(async () => {
      const n = 2500;
      let seed = 7;
      const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
      const nodes = Array.from({ length: n }, (_, i) => ({ id: `n${i}`, w: 40, h: 40, x: 0, y: 0 }));
      const edges = Array.from({ length: n * 2 }, (_, i) => [`n${i % n}`, `n${Math.floor(rand() * n)}`]);
      const options = {
        name: 'fcose',
        quality: 'draft',
        randomize: true,
        animate: false,
        numIter: 300,
        packComponents: false,
      };
      // The page's own event loop turns while the worker computes: a message-channel ping-pong
      // counts its turns until the result arrives (had the layout run on the page, none would).
      let turns = 0;
      let waiting = true;
      const ping = new MessageChannel();
      ping.port1.onmessage = () => {
        if (!waiting) return;
        turns++;
        ping.port2.postMessage(0);
      };
      const w = new Worker(new URL('layout-worker.js', document.baseURI), { type: 'module' });
      const result = await new Promise<{ positions: [string, number, number][] }>((ok, fail) => {
        w.onmessage = (e) => ok(e.data);
        w.onerror = (e) => fail(new Error(e.message));
        w.postMessage({ id: 1, seed: 1, nodes, edges, options });
        ping.port2.postMessage(0);
      });
      waiting = false;
      ping.port1.close();
      w.terminate();
      const xs = result.positions.map((p) => p[1]);
      return {
        count: result.positions.length,
        spread: Math.max(...xs) - Math.min(...xs),
        finite: result.positions.every((p) => Number.isFinite(p[1]) && Number.isFinite(p[2])),
        turns,
      };
    });
    await context.close();
    expect(r.count).toBe(2500);
    expect(r.finite).toBe(true);
    expect(r.spread).toBeGreaterThan(100);
    // The page answered while fCoSE ran (how long it ran is a figure for `npm run bench`).
    expect(r.turns).toBeGreaterThan(0);
  }, 60_000);
});
