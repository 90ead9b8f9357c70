// Helpers for the explore-loop end-to-end tests: wait for the app to settle (its idle signal, no
// sleeps), open a node's context menu, and measure the drawing through window.__claimscape.
import type { Page } from 'playwright-core';

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

interface GeoHook {
  idle(): boolean;
  nodeCount(): number;
  drawnIds(): string[];
  nodeBox(id: string): Box | null;
  labelBox(id: string): Box | null;
  viewport(): { width: number; height: number };
  screenPosition(id: string): { x: number; y: number } | null;
  selected(): string[];
}

export interface CountRule {
  above?: number;
  below?: number;
  equals?: number;
}

/** Waits until the drawn node count fits the rule and the app is idle (laid out, animated, labelled). */
export async function settle(page: Page, rule: CountRule = {}): Promise<void> {
  await page.waitForFunction(
    (r) => {
      const h = (window as unknown as { __claimscape?: GeoHook }).__claimscape;
      if (!h) return false;
      const n = h.nodeCount();
      const fits =
        (r.above === undefined || n > r.above) &&
        (r.below === undefined || n < r.below) &&
        (r.equals === undefined || n === r.equals);
      return fits && h.idle();
    },
    rule,
    { timeout: 20_000, polling: 'raf' },
  );
}

export function hookEval<T>(page: Page, fn: (h: GeoHook) => T): Promise<T> {
  return page.evaluate(`(${fn.toString()})(window.__claimscape)`) as Promise<T>;
}

export async function contextMenu(page: Page, id: string, item: RegExp): Promise<void> {
  const at = await page.evaluate(
    (i) => (window as unknown as { __claimscape: GeoHook }).__claimscape.screenPosition(i),
    id,
  );
  if (!at) throw new Error(`${id} is not drawn`);
  await page.mouse.click(at.x, at.y, { button: 'right' });
  await page.getByRole('menuitem', { name: item }).click();
}

export interface Geometry {
  drawn: number;
  outside: string[];
  overlappingNodes: string[];
  labelPairs: number;
  overlappingLabels: number;
}

/** Everything the checks need, measured in one go inside the page. */
export function geometry(page: Page): Promise<Geometry> {
  return hookEval(page, (h) => {
    const cut = (a: Box, b: Box) =>
      Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > 0 && Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > 0;
    const { width, height } = h.viewport();
    const ids = h.drawnIds();
    const nodes = ids.map((id) => [id, h.nodeBox(id)] as const).filter((x): x is [string, Box] => !!x[1]);
    const labels = ids.map((id) => h.labelBox(id)).filter((b): b is Box => !!b);
    const outside = nodes.filter(([, b]) => b.x1 < 0 || b.y1 < 0 || b.x2 > width || b.y2 > height).map(([id]) => id);
    const overlappingNodes: string[] = [];
    for (let i = 0; i < nodes.length; i++)
      for (let j = i + 1; j < nodes.length; j++)
        if (cut(nodes[i]![1], nodes[j]![1])) overlappingNodes.push(`${nodes[i]![0]} / ${nodes[j]![0]}`);
    let overlappingLabels = 0;
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++) if (cut(labels[i]!, labels[j]!)) overlappingLabels++;
    return {
      drawn: ids.length,
      outside,
      overlappingNodes,
      labelPairs: (labels.length * (labels.length - 1)) / 2,
      overlappingLabels,
    };
  });
}

/** Every drawn node's box, by id. */
export function positions(page: Page): Promise<Record<string, Box>> {
  return hookEval(
    page,
    (h) => Object.fromEntries(h.drawnIds().map((id) => [id, h.nodeBox(id)])) as Record<string, Box>,
  );
}
