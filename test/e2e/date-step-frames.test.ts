// A date step over a large claims layer, in the real renderer: every element it adds, removes or
// restyles is styled and measured in the task that changed it (settle.ts), so no frame drawn
// during the step starts with that work left; no frame draws the layer halfway between two dates
// (the frames between its chunks skip drawing); and the layer it leaves is the one of that date.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focusBySearch, importIntoServer, openApp, useServerAndBrowser, waitIdle, type AppPage } from './harness.ts';

const env = useServerAndBrowser();
let app: AppPage;
const STANCES = ['asserts', 'reports', 'cannot-verify', 'denies', 'confirms'] as const;
const PIERS = 240;
const PER_RELATION = 2;
const dayOf = (i: number, k: number) => 1 + ((i * PER_RELATION + k) % 30);

/** A tide office inspecting 240 piers, each inspection stated by two harbour pilots on days across October. */
function graph(): object {
  const entities = [{ id: 'tide-office', kind: 'organisation', label: 'Tide Office', aliases: [] }];
  const relations = [];
  const claims = [];
  for (let i = 0; i < PIERS; i++) {
    entities.push({ id: `pier-${i}`, kind: 'place', label: `Pier ${i}`, aliases: [] });
    relations.push({ id: `insp-${i}`, subject: 'tide-office', predicate: 'supports', object: `pier-${i}` });
    for (let k = 0; k < PER_RELATION; k++) {
      entities.push({ id: `pilot-${i}-${k}`, kind: 'person', label: `Pilot ${i}.${k}`, aliases: [] });
      claims.push({
        id: `c-${i}-${k}`,
        relation: `insp-${i}`,
        claimant: `pilot-${i}-${k}`,
        stance: STANCES[(i + k) % STANCES.length],
        source: 'tide-log',
        stated: `2024-10-${String(dayOf(i, k)).padStart(2, '0')}`,
      });
    }
  }
  const sources = [{ id: 'tide-log', title: 'Tide office log, October', publisher: null }];
  return { format: 'claimscape', version: 1, sources, entities, relations, claims };
}

interface Hook {
  claimsDrawn(): number;
  frameWork(): { frames: number; worst: number; sizes: number[]; now: number };
}
const hook = <T>(fn: (h: Hook) => T) => app.page.evaluate(`(${fn.toString()})(window.__claimscape)`) as Promise<T>;

beforeAll(async () => {
  importIntoServer(env.server(), 'tides.json', graph());
  app = await openApp(env.browser(), env.server().url, { width: 1280, height: 800 });
});
afterAll(async () => app?.context.close());

describe('a date step over a large claims layer', () => {
  it('leaves its frames only drawing, draws no state halfway, and draws the claims of that date', async () => {
    const { page } = app;
    await focusBySearch(page, 'Tide Office');
    await page.locator('#claims-view').check();
    await expect.poll(() => hook((h) => h.claimsDrawn())).toBe(PIERS * PER_RELATION);
    await waitIdle(page);
    let before = (await hook((h) => h.frameWork())).now;
    const field = page.locator('#as-of-date');
    const steps: [string, number][] = [
      ['2024-10-20', [...Array(PIERS).keys()].flatMap((i) => [0, 1].filter((k) => dayOf(i, k) <= 20)).length],
      ['', PIERS * PER_RELATION],
    ];
    for (const [date, claims] of steps) {
      await field.fill(date);
      await field.press('Enter');
      await waitIdle(page);
      expect(await hook((h) => h.claimsDrawn())).toBe(claims);
      const work = await hook((h) => h.frameWork());
      expect(work.frames).toBeGreaterThan(0);
      expect(work.worst, `a frame of the step to "${date}" styled or measured elements itself`).toBe(0);
      // The layer changes a chunk per task, and no frame draws a layer halfway between two dates.
      expect(work.now).not.toBe(before);
      for (const size of work.sizes) expect([before, work.now]).toContain(size);
      before = work.now;
    }
  }, 60_000);
});
