// A relation as the renderer gets it (EdgeView), from the fan a -> n<i>: for graph-view unit tests.
import type { EdgeView } from '../../graph-data/contract/views.ts';

export const fanEdge = (i: number, status: EdgeView['status'], sourceCount = 1): EdgeView => ({
  id: `r${i}`,
  source: 'a',
  target: `n${i}`,
  predicate: 'supports',
  status,
  claimCount: 2,
  sourceCount,
  firstStated: '2024-10',
  lastStated: '2024-10',
  doubts: 0,
});
