// Constructs the Cytoscape instance with options chosen by graph size: viewport textures and
// hidden edges while panning above ~2000 elements, and the (experimental) WebGL renderer on request.
import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import type { Theme } from '../../state/app-state.ts';
import { buildStyle } from './graph-style.ts';
import { scaleFor } from './scale.ts';
import { installFastBounds } from './fast-bounds.ts';

let registered = false;

export { baseCounts, HUGE_ELEMENTS, MANY_NODES, scaleFor, WEBGL_ELEMENTS } from './scale.ts';

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
    installFastBounds(cytoscape);
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
