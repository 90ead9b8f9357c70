// The harness's waitIdle waits on the app's own idle flag (API calls unanswered, layouts, animations,
// label passes, edits), never on a clock. The graph:neighbourhood call a focus makes is held at the
// network (then passed on unchanged to the real server), so the test decides when it is answered.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hook, openApp, useServerAndBrowser, waitIdle } from './harness.ts';
import { contextMenu } from './explore-helpers.ts';

const env = useServerAndBrowser();

/** Lets `n` animation frames pass in the page. */
const frames = (page: Page, n: number) =>
  page.evaluate(
    (k) =>
      new Promise<void>((done) => {
        const step = () => (--k > 0 ? requestAnimationFrame(step) : done());
        requestAnimationFrame(step);
      }),
    n,
  );

describe('waitIdle', () => {
  it('does not return while a call the action made is unanswered, and returns once its answer is drawn', async () => {
    const { page, context } = await openApp(env.browser(), env.server().url);
    // A visible app polls db:revision every 2 s; seen as hidden it starts no poll, so the only
    // calls in flight are the ones this test makes (a poll caught mid-flight made it flaky).
    await page.evaluate(() => Object.defineProperty(document, 'hidden', { configurable: true, get: () => true }));
    await waitIdle(page);
    const state = () => hook(page, (h) => ({ nodes: h.nodeCount(), calls: h.callsInFlight() }));
    expect(await state()).toEqual({ nodes: 32, calls: 0 });
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    let requested = () => {};
    const sent = new Promise<void>((r) => (requested = r));
    await page.route('**/api/graph%3Aneighbourhood', async (route) => {
      requested();
      await held;
      await route.continue();
    });
    await contextMenu(page, 'kn-23', /Focus on 1-hop neighbourhood/);
    await sent;
    let returned = false;
    const waiting = waitIdle(page).then(() => void (returned = true));
    await frames(page, 10);
    expect(returned).toBe(false);
    expect(await state()).toEqual({ nodes: 32, calls: 1 });
    release();
    await waiting;
    expect(await state()).toEqual({ nodes: 3, calls: 0 });
    await context.close();
  });
});
