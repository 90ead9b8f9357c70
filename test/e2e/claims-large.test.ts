// A claims layer too large for its own layout pass (over 200 nodes) on a graph of more than 150
// entities (labels keep their size in graph units), in the real renderer: its
// claimants arrive without labels, stay unlabelled while too small to read, and show their names
// (without overlapping) once the researcher zooms in. The graph is generated here and imported
// with the CLI into the server's database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focusBySearch, importIntoServer, openApp, useServerAndBrowser, waitIdle, type AppPage } from './harness.ts';

const env = useServerAndBrowser();
let app: AppPage;
const STANCES = ['asserts', 'reports', 'cannot-verify', 'denies', 'confirms'] as const;
const PLACES = 160;
const PER_RELATION = 2;

/** A hub organisation supporting 160 places, each relation stated by 2 people of its own. */
function graph(): object {
  const entities = [{ id: 'harbour-board', kind: 'organisation', label: 'Harbour Board', aliases: [] }];
  const relations = [];
  const claims = [];
  for (let i = 0; i < PLACES; i++) {
    entities.push({ id: `quay-${i}`, kind: 'place', label: `Quay ${i}`, aliases: [] });
    relations.push({ id: `rel-${i}`, subject: 'harbour-board', predicate: 'supports', object: `quay-${i}` });
    for (let k = 0; k < PER_RELATION; k++) {
      const who = `witness-${i}-${k}`;
      entities.push({ id: who, kind: 'person', label: `Witness ${i}.${k}`, aliases: [] });
      claims.push({
        id: `claim-${i}-${k}`,
        relation: `rel-${i}`,
        claimant: who,
        stance: STANCES[(i + k) % STANCES.length],
        source: 'harbour-bulletin',
        stated: '2024-10-20',
      });
    }
  }
  const sources = [{ id: 'harbour-bulletin', title: 'Harbour bulletin, late October', publisher: null }];
  return { format: 'claimscape', version: 1, sources, entities, relations, claims };
}

type Box = { x1: number; y1: number; x2: number; y2: number };
const labelsOfClaimants = () =>
  app.page.evaluate(() => {
    const h = (window as unknown as { __claimscape: { drawnIds(): string[]; labelBox(id: string): Box | null } })
      .__claimscape;
    return h
      .drawnIds()
      .filter((id) => id.startsWith('witness-'))
      .flatMap((id) => {
        const b = h.labelBox(id);
        return b ? [b] : [];
      });
  });

beforeAll(async () => {
  importIntoServer(env.server(), 'harbour.json', graph());
  app = await openApp(env.browser(), env.server().url, { width: 1280, height: 800 });
});
afterAll(async () => app?.context.close());

describe('a large claims layer', () => {
  it('keeps claimant names out while they are too small to read, and shows them apart when zoomed in', async () => {
    const { page } = app;
    await focusBySearch(page, 'Harbour Board');
    await page.locator('#claims-view').check();
    await expect
      .poll(() =>
        page.evaluate(() =>
          (window as unknown as { __claimscape: { claimsDrawn(): number } }).__claimscape.claimsDrawn(),
        ),
      )
      .toBe(PLACES * PER_RELATION);
    await page.locator('[data-command="fit"]').click();
    await waitIdle(page);
    expect(await labelsOfClaimants()).toEqual([]);
    // Zoom in (the status bar says how far) until a claimant's name is big enough to read.
    const zoom = async () =>
      Number((await page.locator('.sb-item', { hasText: /^\d+%$/ }).textContent())?.slice(0, -1));
    for (let i = 0; i < 20 && (await zoom()) < 100; i++) {
      await page.locator('[data-command="zoom-in"]').click();
      await waitIdle(page);
    }
    const shown = await labelsOfClaimants();
    expect(shown.length).toBeGreaterThan(0);
    for (const [i, a] of shown.entries())
      for (const b of shown.slice(i + 1))
        expect(a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2, 'labels overlap').toBe(false);
  }, 60_000);
});
