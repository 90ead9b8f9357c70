// Where the claims layer's claimants go and which of its elements stay out of layouts: broad
// claimants drawn light, new claimants placed among the relations they spoke about, and large
// layers kept out of layouts altogether (claimants put back among their relations afterwards).
import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';
import type { Point } from '../../state/view-state.ts';

const LAYER = 'claims-layer';

/**
 * Too large for the claims layout pass: the layer stays out of every layout (no ties; handles snap
 * to their edges, claimants are put back among their relations after it), and it arrives with its
 * labels off, so the first declutter restyles the few it shows instead of the thousand it hides.
 */
export function loosen(out: Map<string, ElementDefinition>): void {
  for (const [id, d] of out) {
    if (/claims-tether/.test(String(d.classes))) out.delete(id);
    else d.classes = `${String(d.classes)} claims-loose label-off`;
  }
}

/**
 * A claimant that spoke about a large share of the drawn relations (typically the outlet relaying
 * the whole article) would pull everything into a knot: its claim edges are drawn light and left
 * out of the layout, so the claimants with a narrower say sit next to what they said.
 */
export function markBroad(out: Map<string, ElementDefinition>): void {
  const handles = [...out.values()].filter((d) => d.data['handle']).length;
  const per = new Map<string, ElementDefinition[]>();
  for (const d of out.values()) {
    if (!/claim-edge|claims-pull/.test(String(d.classes))) continue;
    const src = String(d.data.source);
    const list = per.get(src);
    if (list) list.push(d);
    else per.set(src, [d]);
  }
  for (const list of per.values())
    if (list.length > Math.max(6, handles * 0.3))
      for (const d of list) {
        d.classes = `${String(d.classes)} claim-broad`;
        d.data['labelPriority'] = 0;
      }
}

/**
 * A claimant the view does not draw starts among the relations it spoke about (their centroid),
 * pushed a little outward from the drawing's centre so it does not sit on a handle.
 */
export function placeAmong(cy: Core, out: Map<string, ElementDefinition>, spoke: Map<string, Point[]>) {
  // Claimants already drawn keep their place: only new ones are placed (and need the drawing's box).
  const fresh = [...spoke].filter(([id]) => !out.get(id)?.position && !cy.hasElementWithId(id));
  if (!fresh.length) return;
  const box = cy.nodes().not(`.${LAYER}, .filtered`).boundingBox();
  const c = { x: box.x1 + box.w / 2, y: box.y1 + box.h / 2 };
  let i = 0;
  for (const [id, mids] of fresh) {
    const el = out.get(id);
    if (!el) continue;
    const m = {
      x: mids.reduce((a, p) => a + p.x, 0) / mids.length,
      y: mids.reduce((a, p) => a + p.y, 0) / mids.length,
    };
    const d = Math.hypot(m.x - c.x, m.y - c.y);
    const a = d > 1 ? Math.atan2(m.y - c.y, m.x - c.x) : i * 2.4;
    el.position = { x: m.x + 70 * Math.cos(a + (i % 3) * 0.5), y: m.y + 70 * Math.sin(a + (i % 3) * 0.5) };
    i++;
  }
}

/** Claimants left out of a layout (a large claims view) go back among the handles they spoke to. */
export function placeLooseClaimants(cy: Core): void {
  const loose = cy.nodes(`.${LAYER}.claims-loose[?claimant]`);
  if (loose.empty()) return;
  const box = cy.nodes().not(`.${LAYER}, .filtered`).boundingBox();
  const c = { x: box.x1 + box.w / 2, y: box.y1 + box.h / 2 };
  const to = loose.map((n, i) => {
    const mids = n.outgoers('node').map((h) => (h as NodeSingular).position());
    const m = mids.length
      ? { x: mids.reduce((a, p) => a + p.x, 0) / mids.length, y: mids.reduce((a, p) => a + p.y, 0) / mids.length }
      : c;
    const a = Math.atan2(m.y - c.y, m.x - c.x) + (i % 3) * 0.5;
    return [n, { x: m.x + 70 * Math.cos(a), y: m.y + 70 * Math.sin(a) }] as const;
  });
  cy.batch(() => to.forEach(([n, p]) => void n.position(p)));
}
