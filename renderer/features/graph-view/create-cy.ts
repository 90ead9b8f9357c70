// Constructs the Cytoscape instance with options chosen by graph size: viewport textures and
// hidden edges while panning above ~2000 elements, and the (experimental) WebGL renderer on request.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import type { Theme } from '../../state/app-state.ts';
import { buildStyle, type StyleScale } from './graph-style.ts';

let registered = false;

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

export interface CyOptions {
  container: HTMLElement;
  theme: Theme;
  elements: ElementDefinition[];
  webgl: boolean;
}

export function createCy(opts: CyOptions): Core {
  if (!registered) {
    cytoscape.use(fcose);
    cytoscape.use(svg);
    registered = true;
  }
  const nodes = opts.elements.filter((e) => e.group === 'nodes').length;
  const scale = scaleFor(nodes, opts.elements.length);
  return cytoscape({
    container: opts.container,
    elements: opts.elements,
    style: buildStyle(opts.theme, scale),
    layout: { name: 'preset' },
    boxSelectionEnabled: true,
    selectionType: 'single',
    minZoom: 0.05,
    maxZoom: 4,
    hideEdgesOnViewport: scale.huge,
    textureOnViewport: scale.huge,
    motionBlur: false,
    pixelRatio: 'auto',
    webgl: opts.webgl,
  });
}
