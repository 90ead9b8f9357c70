// Where a full layout starts from, so the same graph gets the same picture however it was reached.
// fCoSE's random numbers are seeded (seeded-random.ts), but it also reads the nodes' order, their
// current positions (each component's centre; components of one or two nodes are left where they
// are) and their sizes with labels; so a full run takes its nodes in id order, from a grid in that
// order, with every label below its node (the declutter moves labels aside again afterwards).
import type { Collection, NodeCollection, NodeSingular } from 'cytoscape';
import { setClass } from './classes.ts';
import { LABEL_SIDES } from './labels.ts';

const byId = (a: { id(): string }, b: { id(): string }) => (a.id() < b.id() ? -1 : a.id() > b.id() ? 1 : 0);

/** The same elements, nodes first, each group in id order (layouts walk them in this order). */
export function inIdOrder(eles: Collection): Collection {
  return eles.nodes().sort(byId).union(eles.edges().sort(byId));
}

/** Grid step between start positions: roughly a node and its label apart. */
const STEP = 120;

/** Puts the unpinned nodes on a grid in id order and their labels below them. */
export function freshStart(nodes: NodeCollection): void {
  const free = nodes.filter((n) => !n.locked()).sort(byId);
  const cols = Math.max(1, Math.ceil(Math.sqrt(free.length)));
  free.cy().batch(() => {
    for (const side of LABEL_SIDES) setClass(nodes, side, () => false);
    free.forEach((n: NodeSingular, i) => void n.position({ x: (i % cols) * STEP, y: Math.floor(i / cols) * STEP }));
  });
}
