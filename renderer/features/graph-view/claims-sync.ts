// Brings the drawn claims layer in line with what claims-view.ts wants: elements no longer wanted
// go, new ones come, and those kept take the new date's marks (a handle's status, sources and
// doubts, a claim edge's "possibly"). Every element changed must be restyled and everything
// redrawn; an update of a drawn layer (an as-of date step) can change a thousand at once, so it is
// applied a chunk per call, and the caller (claims-driver.ts) asks again after each frame until
// nothing is left, settling each chunk in its task.
import type { CollectionArgument, Core, ElementDefinition, SingularElementArgument } from 'cytoscape';
import { setClass } from './classes.ts';
import { handleId, inLayer, snapHandles } from './claims-handles.ts';
import { settle } from './settle.ts';

/** Layer elements added, removed or re-marked per frame when a drawn layer is updated. */
export const LAYER_CHUNK = 300;

/** What a handle shows that may change with the date or the claims (its status, sources, doubts). */
const HANDLE_FIELDS = ['status', 'sourceCount', 'doubts'] as const;

/** Cores with an after-render snap queued (one per frame, however many syncs came before it). */
const snapQueued = new WeakSet<Core>();
/** Cores whose layer gained or lost elements since the handles were last snapped. */
const unsnapped = new WeakSet<Core>();

const hasPossibly = (d: ElementDefinition) =>
  String(d.classes ?? '')
    .split(' ')
    .includes('possibly');

/** The new marks of a kept element, or null when it already has them. */
function remark(el: SingularElementArgument, d: ElementDefinition): (() => void) | null {
  if (el.isNode()) {
    if (!el.hasClass('claim-handle')) return null;
    const diff = HANDLE_FIELDS.filter((k) => el.data(k) !== d.data[k]);
    // Only the fields that differ are written: writing an equal value restyles the element too.
    return diff.length ? () => void el.data(Object.fromEntries(diff.map((k) => [k, d.data[k]]))) : null;
  }
  if (!el.hasClass('claim-edge')) return null;
  const want = hasPossibly(d);
  return want !== el.hasClass('possibly') ? () => void el.toggleClass('possibly', want) : null;
}

/**
 * Makes the drawn layer match `want`, at most `budget` element changes now when the layer is
 * already drawn (its first drawing and its removal are made at once). Answers how many are left.
 */
export function applyLayer(cy: Core, want: ReadonlyMap<string, ElementDefinition>, budget: number): number {
  const gone: SingularElementArgument[] = [];
  const remarks: (() => void)[] = [];
  let drawn = 0;
  cy.elements().forEach((el) => {
    if (!inLayer(el)) return;
    drawn++;
    const d = want.get(el.id());
    if (!d) return void gone.push(el);
    const fix = remark(el, d);
    if (fix) remarks.push(fix);
  });
  if (!drawn && !want.size) return 0;
  // Nodes before edges, so a chunk never holds an edge whose end is still to come.
  const adds: ElementDefinition[] = [];
  const addEdges: ElementDefinition[] = [];
  // hasElementWithId: getElementById builds an empty collection for each id not found.
  for (const [id, d] of want) if (!cy.hasElementWithId(id)) (d.group === 'edges' ? addEdges : adds).push(d);
  adds.push(...addEdges);
  let room = drawn && want.size ? budget : Infinity;
  const take = <T>(list: T[]): T[] => {
    const now = list.slice(0, room);
    room -= now.length;
    return now;
  };
  const [goneNow, addsNow, remarksNow] = [take(gone), take(adds), take(remarks)];
  const left = gone.length + adds.length + remarks.length - goneNow.length - addsNow.length - remarksNow.length;
  cy.batch(() => {
    if (goneNow.length) cy.collection(goneNow as unknown as CollectionArgument).remove();
    if (addsNow.length) cy.add(addsNow);
    remarksNow.forEach((fix) => fix());
    // A relation with its handle drawn drops its mid-edge marks (they would collide with it).
    setClass(
      cy.edges().filter((e) => !inLayer(e)),
      'with-handle',
      (e) => want.has(handleId(e.id())) && cy.hasElementWithId(handleId(e.id())),
    );
  });
  if (goneNow.length || addsNow.length) unsnapped.add(cy);
  if (!left) queueSnap(cy);
  return left;
}

/**
 * New handles start on their edge's middle; curved midpoints are known after the next frame. A
 * sync that added or removed nothing (a date step that only re-marks) moves no handle: node moves
 * are followed by bindHandles, so no snap is queued (it reads every midpoint in the frame).
 */
function queueSnap(cy: Core): void {
  if (!unsnapped.has(cy) || snapQueued.has(cy)) return;
  unsnapped.delete(cy);
  snapQueued.add(cy);
  cy.one('render', () =>
    window.setTimeout(() => {
      snapQueued.delete(cy);
      if (cy.destroyed()) return;
      snapHandles(cy);
      settle(cy);
    }),
  );
}
