// Renders the drawn graph (or a subset) to PNG or SVG for export, in export dress: no selection
// or hover marks, the light palette when the background is white, elements outside the scope hidden.
import type { Core } from 'cytoscape';
import type { Theme } from '../../state/app-state.ts';
import { buildStyle } from './graph-style.ts';
import { baseCounts, scaleFor } from './create-cy.ts';

export interface CaptureOptions {
  scale: number;
  /** A CSS colour, or null for transparent. */
  background: string | null;
  /** Draw with the light palette (exports on white), whatever the current theme. */
  lightStyle: boolean;
  /** Element ids to keep; null keeps everything drawn. */
  only: ReadonlySet<string> | null;
}

export interface GraphImage {
  blob: Blob;
  /** Size of the graph at scale 1, in CSS pixels: the composition works in these units. */
  width: number;
  height: number;
}

/** Longest side of the graph drawing at scale 1; larger graphs are shrunk to fit. */
const MAX_SIDE = 6000;

export function capturePng(cy: Core, theme: Theme, o: CaptureOptions): GraphImage {
  return dressed(cy, theme, o, () => {
    const bb = cy.elements().not('.filtered, .export-hidden').boundingBox();
    const k = Math.min(1, MAX_SIDE / Math.max(bb.w, bb.h, 1));
    const blob = cy.png({ output: 'blob', full: true, scale: o.scale * k, bg: o.background ?? undefined });
    return { blob, width: Math.max(1, Math.ceil(bb.w * k)), height: Math.max(1, Math.ceil(bb.h * k)) };
  });
}

export function captureSvg(cy: Core, theme: Theme, o: CaptureOptions): { svg: string; width: number; height: number } {
  return dressed(cy, theme, o, () => {
    const bb = cy.elements().not('.filtered, .export-hidden').boundingBox();
    const svg = (cy as unknown as { svg(opts: object): string }).svg({
      full: true,
      scale: 1,
      bg: o.background ?? undefined,
    });
    return { svg, width: Math.max(1, Math.ceil(bb.w)), height: Math.max(1, Math.ceil(bb.h)) };
  });
}

function dressed<T>(cy: Core, theme: Theme, o: CaptureOptions, fn: () => T): T {
  const selected = cy.$(':selected');
  const marked = cy.elements('.hover-dim, .hover-edge, .sel-edge');
  const selEdges = cy.edges('.sel-edge');
  // A bundle of parallel relations stays when one of the relations it stands for is in scope.
  const keep = (id: string, members: unknown) =>
    !!o.only?.has(id) || (Array.isArray(members) && members.some((m: string) => o.only?.has(m)));
  const outside = o.only ? cy.elements().filter((el) => !keep(el.id(), el.data('members'))) : cy.collection();
  const counts = baseCounts(cy);
  cy.batch(() => {
    selected.unselect();
    marked.removeClass('hover-dim hover-edge sel-edge');
    outside.addClass('export-hidden');
    // Images are drawn at zoom 1, so labels at their natural size.
    cy.style(buildStyle(o.lightStyle ? 'light' : theme, scaleFor(...counts, 1)));
  });
  try {
    return fn();
  } finally {
    cy.batch(() => {
      outside.removeClass('export-hidden');
      selected.select();
      selEdges.addClass('sel-edge');
      cy.style(buildStyle(theme, scaleFor(...counts, cy.zoom())));
    });
  }
}
