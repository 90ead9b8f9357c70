// Which labels to draw (pure): most important first, a label is kept only when it collides with
// no label already kept and covers no other node. The density setting trades coverage for air.
import type { LabelDensity } from '../../state/app-state.ts';
import { overlaps, type Rect } from './place-new.ts';

export const DENSITY_INFO: Record<LabelDensity, { label: string; share: number; pad: number }> = {
  low: { label: 'Few', share: 0.35, pad: 8 },
  medium: { label: 'Some', share: 1, pad: 3 },
  high: { label: 'Many', share: 1, pad: 0 },
};

export interface LabelItem {
  id: string;
  /** Higher is more important (degree, claims). */
  priority: number;
  /** Shown whatever the density (selected, hovered); still checked for collisions among themselves. */
  forced: boolean;
  /** The label on screen. */
  box: Rect;
  /** The entity's own node on screen (a label may touch its own node), if any. */
  own?: Rect;
  /** Other places for the label (other sides of its node), tried in order when `box` is taken. */
  alts?: readonly Rect[];
}

/** A bucket grid over screen space, so checks stay near-linear on large graphs. */
class Grid {
  private cells = new Map<string, Rect[]>();
  constructor(private size = 96) {}
  private keys(r: Rect): string[] {
    const out: string[] = [];
    for (let x = Math.floor(r.x1 / this.size); x <= Math.floor(r.x2 / this.size); x++)
      for (let y = Math.floor(r.y1 / this.size); y <= Math.floor(r.y2 / this.size); y++) out.push(`${x},${y}`);
    return out;
  }
  add(r: Rect): void {
    for (const k of this.keys(r)) {
      const list = this.cells.get(k);
      if (list) list.push(r);
      else this.cells.set(k, [r]);
    }
  }
  hits(r: Rect, pad: number, except?: Rect): boolean {
    for (const k of this.keys(r))
      for (const o of this.cells.get(k) ?? []) if (o !== except && overlaps(r, o, pad)) return true;
    return false;
  }
}

/**
 * The ids of the labels to show. `nodes` are every drawn node's box on screen: no label may
 * cover one (other than its own); `blocked` are labels already shown (node labels, when
 * choosing edge labels). Labels shown at one of their `alts` get its index in `moved`. `soft`:
 * small marks a label covers only when none of its places is clear of them (claims-view handles).
 */
export function chooseLabels(
  items: readonly LabelItem[],
  nodes: readonly Rect[],
  density: LabelDensity,
  blocked: readonly Rect[] = [],
  moved?: Map<string, number>,
  soft: readonly Rect[] = [],
): Set<string> {
  const { share, pad } = DENSITY_INFO[density];
  const order = [...items].sort((a, b) => Number(b.forced) - Number(a.forced) || b.priority - a.priority);
  const budget = Math.ceil(items.length * share);
  const nodeGrid = new Grid();
  for (const n of nodes) nodeGrid.add(n);
  const labelGrid = new Grid();
  for (const b of blocked) labelGrid.add(b);
  const softGrid = new Grid();
  for (const m of soft) softGrid.add(m);
  const shown = new Set<string>();
  let unforced = 0;
  const free = (it: LabelItem, box: Rect) => !labelGrid.hits(box, pad) && (it.forced || !nodeGrid.hits(box, 0, it.own));
  const clear = (it: LabelItem, box: Rect) => free(it, box) && (it.forced || !softGrid.hits(box, 0));
  for (const it of order) {
    if (!it.forced && unforced >= budget) break;
    const places = [it.box, ...(it.alts ?? [])];
    const first = places.findIndex((b) => clear(it, b));
    const at = first >= 0 || !soft.length ? first : places.findIndex((b) => free(it, b));
    if (at < 0) continue;
    if (at > 0) moved?.set(it.id, at - 1);
    labelGrid.add(places[at] as Rect);
    shown.add(it.id);
    if (!it.forced) unforced++;
  }
  return shown;
}
