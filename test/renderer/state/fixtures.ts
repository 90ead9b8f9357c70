// Small graph slices for the state tests.
import type { EdgeView, GraphSlice, NodeView } from '../../../graph-data/contract/views.ts';

export const node = (id: string, kind = 'country', degree = 2): NodeView => ({
  id,
  kind,
  label: id.toUpperCase(),
  degree,
});

export const edge = (source: string, target: string, over: Partial<EdgeView> = {}): EdgeView => ({
  id: `${source}--rel--${target}`,
  source,
  target,
  predicate: 'supports',
  status: 'asserted',
  claimCount: 1,
  sourceCount: 1,
  firstStated: '2024-10',
  lastStated: '2024-10-18',
  ...over,
});

export const slice = (nodes: NodeView[], edges: EdgeView[], truncated = false): GraphSlice => ({
  nodes,
  edges,
  truncated,
});

/** a - b - c, with b - d unverified and c - d contested. */
export const abcd = slice(
  [node('a'), node('b', 'person'), node('c'), node('d', 'place', 3)],
  [
    edge('a', 'b'),
    edge('b', 'c', { predicate: 'condemns' }),
    edge('b', 'd', { status: 'unverified', firstStated: '2023', lastStated: '2023' }),
    edge('c', 'd', { status: 'contested' }),
  ],
);
