// Where the viewport goes after a full layout: the drawing fitted to the canvas below the claims
// key. Cytoscape's own fit pads every side alike and knows nothing of what lies over the canvas.
import type { Core, NodeCollection, NodeSingular, Position } from 'cytoscape';
import { keyInset } from './claims-key.ts';
import { fitViewport } from './follow-view.ts';
import { MAX_FIT_ZOOM } from './layout-score.ts';
import { unionRect } from './place-new.ts';

const WITH_LABELS = { includeLabels: true, includeOverlays: false, includeUnderlays: false } as const;

/** Preset layout options that fit `nodes` (labels included) as they will be once each is at `at(n)`. */
export function fitOptions(
  cy: Core,
  nodes: NodeCollection,
  at: (n: NodeSingular) => Position,
  pad: number,
): Record<string, unknown> {
  const box = unionRect(
    nodes.map((n) => {
      const b = n.boundingBox(WITH_LABELS);
      const p = n.position();
      const q = at(n);
      return { x1: b.x1 + q.x - p.x, y1: b.y1 + q.y - p.y, x2: b.x2 + q.x - p.x, y2: b.y2 + q.y - p.y };
    }),
  );
  if (!box) return { fit: true, padding: pad };
  const maxZoom = Math.min(MAX_FIT_ZOOM, cy.maxZoom());
  const vp = fitViewport(box, { w: cy.width(), h: cy.height() }, pad, maxZoom, keyInset(cy));
  return { fit: false, zoom: Math.max(cy.minZoom(), vp.zoom), pan: vp.pan };
}
