// Stylesheet rules for the claims view (stance-coloured claim edges, relation handles) and for
// the evidence marks of the normal view (doubted, single-source, possibly-in-range relations).
import type { Theme } from '../../state/app-state.ts';
import { EVIDENCE_MARKS, STANCE_ORDER, STANCE_STYLES } from '../../ui/stance-styles.ts';
import { TAG_ALONG, TAG_BESIDE, TAG_OFFSET } from './claim-tags.ts';
import { GRAPH_PALETTES } from './palette.ts';

/** `labels`: the label size multiplier of the scale (labels shrink slower than the drawing). */
export function claimsStyle(theme: Theme, labels = 1): Record<string, unknown>[] {
  const p = GRAPH_PALETTES[theme];
  const font = (px: number) => Math.round(px * Math.max(1, labels) * 10) / 10;
  return [
    {
      selector: 'node.claim-handle',
      style: {
        shape: 'diamond',
        width: 11,
        height: 11,
        'background-color': p.background,
        'border-width': 2,
        'border-color': p.edgeText,
        label: '',
        'z-index': 20,
        events: 'yes',
      },
    },
    {
      selector: 'edge.claim-edge',
      style: {
        'curve-style': 'straight',
        width: 2,
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.7,
        // The stance in words beside the claimant who takes it ("Rutte  cannot verify  -> ◇"),
        // level: away from the crowded middle, and its box stays small for the declutter.
        label: '',
        'source-label': 'data(stanceLabel)',
        'source-text-offset': TAG_OFFSET,
        'font-size': font(9),
        'font-weight': 'bold',
        'text-outline-width': 2.5,
        'text-outline-color': p.background,
        'min-zoomed-font-size': 7,
        opacity: 0.9,
        'z-index': 5,
      },
    },
    // Other places along the edge for a tag with no room at the first (labels.ts, claim-tags.ts).
    ...TAG_ALONG.map((t) => ({ selector: `edge.claim-edge.${t.cls}`, style: { 'source-text-offset': t.offset } })),
    ...TAG_BESIDE.map((t) => ({ selector: `edge.claim-edge.${t.cls}`, style: { 'source-text-margin-y': t.dy } })),
    ...STANCE_ORDER.map((s) => ({
      selector: `edge.claim-edge[stance = "${s}"]`,
      style: {
        'line-color': STANCE_STYLES[s].color[theme],
        'target-arrow-color': STANCE_STYLES[s].color[theme],
        'line-style': STANCE_STYLES[s].line,
        'line-dash-pattern': STANCE_STYLES[s].dash,
        color: STANCE_STYLES[s].color[theme],
      },
    })),
    // A claimant speaking about a large share of the drawn relations (claims-place.ts markBroad):
    // its many edges stay faint and unlabelled, so the narrower claims read; hovering shows them.
    {
      selector: 'edge.claim-edge.claim-broad',
      style: { width: 1, opacity: 0.22, 'source-label': '', 'target-arrow-shape': 'none', 'z-index': 2 },
    },
    // Disputing claims stand out at any zoom: thick, their stance always in a coloured tag.
    ...(['cannot-verify', 'denies'] as const).map((s) => ({
      selector: `edge.claim-edge[stance = "${s}"]`,
      style: {
        width: 3.5,
        opacity: 1,
        'min-zoomed-font-size': 0,
        'font-size': font(9.5),
        // The tag in the stance's colour of this theme, its text in the canvas colour's opposite.
        color: theme === 'light' ? '#ffffff' : p.background,
        'text-outline-width': 0,
        'text-background-color': STANCE_STYLES[s].color[theme],
        'text-background-opacity': 1,
        'text-background-padding': 2,
        'text-background-shape': 'roundrectangle',
        'z-index': 7,
      },
    })),
    {
      selector: 'node.claim-handle[sourceCount = 1]',
      style: { 'border-color': EVIDENCE_MARKS.single.color, 'border-style': 'dashed' },
    },
    {
      selector: 'node.claim-handle[doubts > 0]',
      style: {
        'background-color': EVIDENCE_MARKS.doubted.color,
        'border-color': p.background,
        width: 14,
        height: 14,
      },
    },
    { selector: 'edge.claims-tether', style: { visibility: 'hidden', events: 'no', label: '' } },
    // Parallel relations fan out further, so their handles do not sit on one another (claims-view.ts).
    { selector: 'edge.with-handle', style: { 'control-point-step-size': 64 } },
    {
      selector: 'edge.publisher-edge',
      style: { 'curve-style': 'straight', width: 1, 'line-style': 'dotted', 'line-color': p.edgeText, opacity: 0.6 },
    },
    { selector: 'edge.claim-edge.possibly', style: { opacity: 0.45 } },
    // A large claims view (claims-view.ts loosen): plain claim edges are haystack lines, the cheapest
    // Cytoscape draws (no arrow; stance still by colour), disputing ones keep their arrow and label.
    {
      selector: 'edge.claim-edge.claims-loose[stance != "cannot-verify"][stance != "denies"]',
      style: { 'curve-style': 'haystack', 'haystack-radius': 0, 'target-arrow-shape': 'none', 'source-label': '' },
    },
    // Its claimants' hidden labels are left out altogether (labels.ts tries them when readable).
    { selector: 'node.claims-loose.label-off', style: { label: '' } },
    ...evidenceStyle(theme),
  ];
}

/** Readable at overview zoom: marks are arrow shapes in the edge's middle, which scale with it. */
function evidenceStyle(theme: Theme): Record<string, unknown>[] {
  const p = GRAPH_PALETTES[theme];
  return [
    {
      selector: 'edge[sourceCount = 1]',
      style: {
        'mid-source-arrow-shape': 'circle',
        'mid-source-arrow-fill': 'hollow',
        'mid-source-arrow-color': EVIDENCE_MARKS.single.color,
      },
    },
    {
      selector: 'edge[doubts > 0]',
      style: {
        'mid-target-arrow-shape': 'diamond',
        'mid-target-arrow-fill': 'filled',
        'mid-target-arrow-color': EVIDENCE_MARKS.doubted.color,
        'arrow-scale': 1.6,
      },
    },
    { selector: 'edge.possibly', style: { 'line-opacity': 0.5 } },
    { selector: 'edge[status = "unverified"]', style: { 'min-zoomed-font-size': 10, opacity: 1 } },
    { selector: 'edge.claim-edge', style: { 'mid-source-arrow-shape': 'none', 'mid-target-arrow-shape': 'none' } },
    { selector: 'edge.claims-hidden-label', style: { label: '', color: p.edgeText } },
    // In the claims view a relation's handle carries its evidence marks: none on the edge besides.
    { selector: 'edge.with-handle', style: { 'mid-source-arrow-shape': 'none', 'mid-target-arrow-shape': 'none' } },
  ];
}
