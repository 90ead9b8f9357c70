// The size thresholds that choose the style and Cytoscape's renderer options, and the counts they
// are judged on (kept apart from create-cy.ts so they can be tested without a browser).
import type { Core } from 'cytoscape';
import type { StyleScale } from './graph-style.ts';

/** Element counts where the drawing gets cheaper. */
export const MANY_NODES = 150;
export const HUGE_ELEMENTS = 2000;
export const WEBGL_ELEMENTS = 3000;

/** Above this many nodes labels keep their size in graph units (and hide when too small). */
const SCALED_LABELS_MAX = MANY_NODES;

export function scaleFor(nodeCount: number, elementCount: number, zoom = 1): StyleScale {
  const labels =
    nodeCount > SCALED_LABELS_MAX || zoom >= 1 ? 1 : Math.round(Math.min(2.2, (1 / zoom) ** 0.85) * 20) / 20;
  return { manyNodes: nodeCount > MANY_NODES, huge: elementCount > HUGE_ELEMENTS, labels };
}

/**
 * Node and element counts that choose the style and renderer options: the claims layer is left
 * out, so turning the claims view on or moving the as-of date never crosses a threshold (each
 * crossing rebuilt Cytoscape and restyled everything: most of a second at 1,000 claims).
 */
export function baseCounts(cy: Core): [number, number] {
  // A loop, not .not(selector): this runs on every view change, over thousands of elements.
  let nodes = 0;
  let all = 0;
  cy.elements().forEach((el) => {
    if (el.hasClass('claims-layer')) return;
    all++;
    if (el.isNode()) nodes++;
  });
  return [nodes, all];
}
