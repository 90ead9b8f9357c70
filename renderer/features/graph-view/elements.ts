// NodeView/EdgeView to Cytoscape element data: the entity's name as label (its kind is its vector
// shape and colour from the vocabulary, never a font glyph), size from degree, width from sources.
import type { ElementDefinition } from 'cytoscape';
import type { EdgeView, NodeView } from '../../../graph-data/contract/views.ts';
import type { Vocabulary } from '../../../graph-data/model/types.ts';
import { isSymmetric, kindStyle, predicateLabel } from '../../ui/kind-style.ts';
import { edgeWidth, STATUS_STYLES } from '../../ui/status-styles.ts';

/** Node size grows with the square root of degree, so hubs stand out without swamping. */
export function nodeSize(degree: number): number {
  return Math.round(24 + 4 * Math.sqrt(Math.min(Math.max(degree, 0), 400)));
}

export function nodeData(n: NodeView, vocab: Vocabulary | null): Record<string, unknown> {
  const k = kindStyle(vocab, n.kind);
  // Hubs draw on top, so the names a reader looks for first are never under a neighbour's label.
  const z = 10 + Math.min(Math.max(n.degree, 0), 80);
  return {
    id: n.id,
    label: n.label,
    name: n.label,
    kind: n.kind,
    degree: n.degree,
    color: k.color,
    shape: k.shape,
    size: nodeSize(n.degree),
    /** Importance 0..1 (log of degree): sizes the label. */
    imp: Math.min(1, Math.log2(1 + Math.max(n.degree, 0)) / 5),
    z,
  };
}

export function edgeData(e: EdgeView, vocab: Vocabulary | null): Record<string, unknown> {
  return {
    id: e.id,
    source: e.source,
    target: e.target,
    predicate: e.predicate,
    label: predicateLabel(vocab, e.predicate),
    status: e.status,
    sourceCount: e.sourceCount,
    claimCount: e.claimCount,
    doubts: e.doubts ?? 0,
    width: edgeWidth(e.sourceCount) + STATUS_STYLES[e.status].widthBoost,
    arrow: isSymmetric(vocab, e.predicate) ? 'none' : 'triangle',
  };
}

export function nodeElement(
  n: NodeView,
  vocab: Vocabulary | null,
  position: { x: number; y: number },
): ElementDefinition {
  return { group: 'nodes', data: nodeData(n, vocab) as ElementDefinition['data'], position };
}

export function edgeElement(e: EdgeView, vocab: Vocabulary | null): ElementDefinition {
  return { group: 'edges', data: edgeData(e, vocab) as ElementDefinition['data'] };
}
