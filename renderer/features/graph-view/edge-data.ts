// Writes the data of drawn relations whose derived values changed (status, independent sources,
// doubts: what the style reads) a chunk at a time. Every edge written must be restyled, so when
// thousands change at once (an as-of date step over a large view) the work is spread over tasks,
// one chunk each, settled in its task and drawn once the last is in (frame-pump.ts).
import type { Core, EdgeSingular } from 'cytoscape';
import type { EdgeView } from '../../../graph-data/contract/views.ts';
import type { Vocabulary } from '../../../graph-data/model/types.ts';
import type { ViewState } from '../../state/view-state.ts';
import { edgeData } from './elements.ts';
import { createGraphPump } from './frame-pump.ts';

/** Edges restyled per frame: about what a frame restyles in a few tens of milliseconds here. */
export const EDGE_CHUNK = 300;

const differs = (have: EdgeSingular, e: EdgeView) =>
  have.data('status') !== e.status ||
  have.data('sourceCount') !== e.sourceCount ||
  have.data('doubts') !== (e.doubts ?? 0);

/** Writes the changed data of at most `max` drawn edges; answers how many changed edges are left. */
export function updateEdgeData(cy: Core, v: ViewState, vocab: Vocabulary | null, max = EDGE_CHUNK): number {
  const todo: [EdgeSingular, EdgeView][] = [];
  let left = 0;
  for (const e of v.edges.values()) {
    const have = cy.getElementById(e.id) as EdgeSingular;
    if (have.empty() || !differs(have, e)) continue;
    if (todo.length < max) todo.push([have, e]);
    else left++;
  }
  if (todo.length) cy.batch(() => todo.forEach(([have, e]) => void have.data(edgeData(e, vocab))));
  return left;
}

/** Writes what is left a chunk per frame, each in a task of its own after the frame drew the last. */
export function createEdgeDataPump(getCy: () => Core, view: () => { v: ViewState; vocab: Vocabulary | null }) {
  return createGraphPump(getCy, (cy) => {
    const { v, vocab } = view();
    return updateEdgeData(cy, v, vocab);
  });
}
