// Viewport moves of the graph canvas that never touch positions: centring on an entity when it is
// off screen, fitting the drawing, and noticing when the canvas changes size.
import type { Core, NodeSingular } from 'cytoscape';
import { play } from './animations.ts';
import { keyInset } from './claims-key.ts';
import { fitViewport } from './follow-view.ts';
import { MAX_FIT_ZOOM } from './layout-score.ts';
import { unionRect } from './place-new.ts';
import { isLayoutRunning } from './run-layout.ts';

/** Pans to an entity only when it is off screen (or nearly), so the picture does not jump. */
export function centreOn(cy: Core, id: string): void {
  const go = () => {
    const n = cy.getElementById(id);
    if (n.empty()) return;
    const e = cy.extent();
    const p = (n as NodeSingular).position();
    const mx = (e.x2 - e.x1) * 0.08;
    const my = (e.y2 - e.y1) * 0.08;
    const inside = p.x > e.x1 + mx && p.x < e.x2 - mx && p.y > e.y1 + my && p.y < e.y2 - my;
    if (!inside || cy.zoom() < 0.35) play(cy, { center: { eles: n }, zoom: Math.max(cy.zoom(), 0.6) }, 350);
  };
  if (isLayoutRunning()) cy.one('layoutstop', go);
  else go();
}

/** Fits the drawn graph to the canvas (below the claims key); positions never change, only the viewport. */
export function refit(cy: Core, animate: boolean): void {
  cy.resize();
  const box = unionRect(
    cy
      .nodes()
      .not('.filtered')
      .map((n) => n.boundingBox({ includeOverlays: false, includeUnderlays: false })),
  );
  if (!box || isLayoutRunning() || cy.width() < 10 || cy.height() < 10) return;
  const vp = fitViewport(box, { w: cy.width(), h: cy.height() }, 32, MAX_FIT_ZOOM, keyInset(cy));
  cy.stop();
  if (animate) play(cy, { zoom: vp.zoom, pan: vp.pan }, 250);
  else cy.viewport(vp);
}

/** Calls back when the element's size changes (not for the first observation). */
export function watchSize(el: HTMLElement, changed: () => void): void {
  let last = '';
  new ResizeObserver(() => {
    const key = `${el.clientWidth}x${el.clientHeight}`;
    if (last && key !== last) changed();
    last = key;
  }).observe(el);
}
