// Resolves an entity kind to how it is drawn, from the vocabulary (data), with a neutral
// fallback for kinds an import introduced without a style.
import type { EntityKind, Vocabulary } from '../../graph-data/model/types.ts';

export interface KindStyle {
  id: string;
  label: string;
  shape: string;
  color: string;
  glyph: string;
}

/** Node shapes Cytoscape can draw; anything else falls back to an ellipse. */
export const NODE_SHAPES = [
  'ellipse',
  'triangle',
  'round-triangle',
  'rectangle',
  'round-rectangle',
  'bottom-round-rectangle',
  'cut-rectangle',
  'barrel',
  'rhomboid',
  'right-rhomboid',
  'diamond',
  'round-diamond',
  'pentagon',
  'round-pentagon',
  'hexagon',
  'round-hexagon',
  'concave-hexagon',
  'heptagon',
  'round-heptagon',
  'octagon',
  'round-octagon',
  'star',
  'tag',
  'round-tag',
  'vee',
] as const;

const HEX = /^#[0-9a-f]{3}([0-9a-f]{3})?$/i;

export function kindStyle(vocab: Vocabulary | null, kind: string): KindStyle {
  const k: EntityKind | undefined = vocab?.kinds.find((x) => x.id === kind);
  return {
    id: kind,
    label: k?.label.en ?? kind,
    shape: k && (NODE_SHAPES as readonly string[]).includes(k.shape) ? k.shape : 'ellipse',
    color: k && HEX.test(k.color) ? k.color : '#7f7f7f',
    glyph: k?.glyph ?? '•',
  };
}

export function predicateLabel(vocab: Vocabulary | null, predicate: string): string {
  return vocab?.predicates.find((p) => p.id === predicate)?.label.en ?? predicate.replace(/-/g, ' ');
}

export function isSymmetric(vocab: Vocabulary | null, predicate: string): boolean {
  return vocab?.predicates.find((p) => p.id === predicate)?.symmetric ?? false;
}
