// The Cytoscape stylesheet, built from data: kind shape/colour come with each node, status line
// styles from STATUS_STYLES, colours from the theme palette; large graphs drop costly details.
import type { StylesheetJson } from 'cytoscape';
import type { Theme } from '../../state/app-state.ts';
import { FONT_STACK } from '../../ui/fonts.ts';
import { STATUS_ORDER, STATUS_STYLES } from '../../ui/status-styles.ts';
import { GRAPH_PALETTES } from './palette.ts';
import { claimsStyle } from './claims-style.ts';
import { bundleStyle } from './bundles.ts';

const FONT = FONT_STACK;
const r1 = (n: number) => Math.round(n * 10) / 10;

export interface StyleScale {
  /** Many nodes: hide labels when zoomed out. */
  manyNodes: boolean;
  /** Very many elements: straight haystack edges without labels or arrows. */
  huge: boolean;
  /** Label size multiplier: labels shrink more slowly than the drawing when zooming out. */
  labels: number;
}

export function buildStyle(theme: Theme, scale: StyleScale): StylesheetJson {
  const p = GRAPH_PALETTES[theme];
  return [
    { selector: 'node', style: nodeBase(theme, scale) },
    {
      selector: 'node:selected',
      style: {
        'z-index': 100,
        'border-width': 3,
        'border-color': p.accent,
        'underlay-color': p.accent,
        'underlay-opacity': 0.18,
        'underlay-padding': 7,
        'underlay-shape': 'ellipse',
        'font-weight': 'bold',
      },
    },
    { selector: 'node.pinned', style: { 'border-style': 'double', 'border-width': 4 } },
    { selector: 'edge', style: edgeBase(theme, scale) },
    ...STATUS_ORDER.map((st) => ({
      selector: `edge[status = "${st}"]`,
      style: {
        'line-style': STATUS_STYLES[st].line,
        'line-color': STATUS_STYLES[st].color[theme],
        'target-arrow-color': STATUS_STYLES[st].color[theme],
        'line-dash-pattern': STATUS_STYLES[st].dash,
      },
    })),
    {
      selector: 'edge:selected',
      style: {
        'line-color': p.accent,
        'target-arrow-color': p.accent,
        'z-index': 9,
        color: p.accent,
        'font-weight': 'bold',
      },
    },
    // Edge labels give way at overview zoom, except around what the user points at or selected.
    {
      selector: 'edge.hover-edge, edge.sel-edge, edge:selected, edge.on-path',
      style: { 'font-size': 9.5 * Math.max(1, scale.labels), 'min-zoomed-font-size': 0 },
    },
    { selector: 'edge.hover-edge, edge.sel-edge', style: { 'z-index': 8, color: p.text } },
    {
      selector: 'node.on-path',
      style: {
        'underlay-color': p.path,
        'underlay-opacity': 0.3,
        'underlay-padding': 8,
        'border-color': p.path,
        'border-width': 3,
      },
    },
    {
      selector: 'edge.on-path',
      style: {
        'line-color': p.path,
        'target-arrow-color': p.path,
        width: 'mapData(width, 1, 10, 4, 12)',
        'z-index': 10,
        color: p.text,
      },
    },
    ...claimsStyle(theme, scale.labels),
    ...bundleStyle(p, scale.labels),
    { selector: '.faded, .hover-dim', style: { opacity: 0.13 } },
    { selector: 'edge.faded, edge.hover-dim', style: { opacity: 0.08, label: '' } },
    // Labels that would collide give way (labels.ts); hidden by opacity so their size is still measured.
    { selector: '.label-off', style: { 'text-opacity': 0 } },
    // A label that has no room below its node goes above it, or beside it (labels.ts).
    { selector: 'node.label-above', style: { 'text-valign': 'top', 'text-margin-y': -4 } },
    {
      selector: 'node.label-right',
      style: { 'text-valign': 'center', 'text-halign': 'right', 'text-margin-y': 0, 'text-margin-x': 4 },
    },
    {
      selector: 'node.label-left',
      style: { 'text-valign': 'center', 'text-halign': 'left', 'text-margin-y': 0, 'text-margin-x': -4 },
    },
    // Or at one of its corners (half the margin: the node's box is empty there).
    ...(['above', 'below'] as const).flatMap((v) =>
      (['right', 'left'] as const).map((s) => ({
        selector: `node.label-${v}-${s}`,
        style: {
          'text-valign': v === 'above' ? 'top' : 'bottom',
          'text-halign': s,
          'text-margin-x': s === 'right' ? 2 : -2,
          'text-margin-y': v === 'above' ? -2 : 2,
        },
      })),
    ),
    { selector: '.filtered', style: { display: 'none' } },
    { selector: '.export-hidden', style: { display: 'none' } },
  ] as unknown as StylesheetJson;
}

function nodeBase(theme: Theme, scale: StyleScale): Record<string, unknown> {
  const p = GRAPH_PALETTES[theme];
  return {
    shape: 'data(shape)',
    'background-color': 'data(color)',
    width: 'data(size)',
    height: 'data(size)',
    'border-width': 1.5,
    'border-color': p.nodeBorder,
    'border-opacity': 0.9,
    label: 'data(label)',
    'font-family': FONT,
    // Important entities (by degree) get larger labels.
    'font-size': `mapData(imp, 0, 1, ${r1(11.5 * scale.labels)}, ${r1(16 * scale.labels)})`,
    color: p.text,
    'text-valign': 'bottom',
    'text-halign': 'center',
    'text-margin-y': 4,
    'text-wrap': 'wrap',
    'text-max-width': `${Math.round(150 * scale.labels)}px`,
    'text-outline-width': 2.5 * scale.labels,
    'text-outline-color': p.background,
    'text-outline-opacity': 0.92,
    'min-zoomed-font-size': scale.manyNodes ? 9 : 0,
    'overlay-opacity': 0,
    'z-index': 'data(z)',
  };
}

function edgeBase(theme: Theme, scale: StyleScale): Record<string, unknown> {
  const p = GRAPH_PALETTES[theme];
  if (scale.huge) {
    return {
      'curve-style': 'haystack',
      'haystack-radius': 0,
      width: 'data(width)',
      opacity: 0.7,
      label: '',
      'overlay-opacity': 0,
    };
  }
  return {
    'curve-style': 'bezier',
    'control-point-step-size': 36,
    width: 'data(width)',
    'target-arrow-shape': 'data(arrow)',
    'arrow-scale': 0.85,
    label: 'data(label)',
    'font-family': FONT,
    'font-size': 9.5,
    color: p.edgeText,
    'text-rotation': 'autorotate',
    'text-outline-width': 2 * Math.max(1, scale.labels),
    'text-outline-color': p.background,
    'text-outline-opacity': 0.9,
    // Cytoscape compares at power-of-two zoom levels: 10 hides these labels at 100% and below.
    'min-zoomed-font-size': 10,
    'overlay-opacity': 0,
    'z-index': 1,
  };
}
