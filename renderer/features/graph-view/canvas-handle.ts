// The parts of the GraphHandle that only read or move the canvas: geometry for the test hook,
// fit and zoom, what is drawn, images, and where an entity is on screen.
import type { Core } from 'cytoscape';
import type { Theme } from '../../state/app-state.ts';
import { geometryOf, type GraphHandle } from './handle.ts';
import { captureSvg, capturePng } from './image.ts';
import { cancelLayout } from './run-layout.ts';
import { refit } from './view-moves.ts';

type CanvasHandle = Omit<GraphHandle, 'renderer' | 'setWebgl' | 'busy' | 'onViewport'>;

export function canvasHandleOf(getCy: () => Core, canvas: HTMLElement, theme: () => Theme): CanvasHandle {
  return {
    ...geometryOf(getCy),
    fit: () => refit(getCy(), true),
    zoomBy: (f) => {
      const cy = getCy();
      cy.animate({
        zoom: {
          level: Math.min(4, Math.max(0.05, cy.zoom() * f)),
          renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
        },
        duration: 150,
      });
    },
    zoom: () => getCy().zoom(),
    drawn: () => ({
      nodes: getCy()
        .nodes()
        .not('.filtered, .claims-layer')
        .map((n) => n.id()),
      edges: getCy()
        .edges()
        .not('.filtered, .claims-layer, .bundle')
        .map((e) => e.id()),
    }),
    capturePng: (o) => capturePng(getCy(), theme(), o),
    captureSvg: (o) => captureSvg(getCy(), theme(), o),
    screenPosition(id) {
      const n = getCy().getElementById(id);
      if (n.empty() || n.hasClass('filtered')) return null;
      const p = n.renderedPosition();
      const r = canvas.getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    },
    cancelLayout,
    focusCanvas: () => canvas.focus({ preventScroll: true }),
  };
}
