// The view operations that need the database: load, expand, reveal, focus, path. Each fetches a
// slice, then commits one pure, undoable step to the store; failures become toasts.
import type { ApiClient } from '../../../graph-data/contract/api.ts';
import { DEFAULT_ELEMENT_CAP, MAX_ELEMENT_CAP } from '../../../graph-data/contract/filters.ts';
import { commitView, requestReveal, resetView, select, viewOf, type AppStore } from '../../state/app-state.ts';
import { toGraphFilter } from '../../state/filter-match.ts';
import {
  clearPath,
  focusOn,
  hideElements,
  mergeSlice,
  rerunLayout,
  showPath,
  togglePinned,
  viewFromSlice,
} from '../../state/view-actions.ts';
import { emptyView } from '../../state/view-state.ts';
import { toastError, type Toaster } from '../../ui/toast.ts';

/** Neighbours fetched per expand before "Show more" is offered. */
export const EXPAND_CAP = 150;

export interface Explorer {
  load(): Promise<void>;
  expand(id: string, cap?: number): Promise<void>;
  reveal(id: string): Promise<void>;
  /** Shows a relation (adding its two entities if needed) and selects it. */
  revealRelation(relationId: string): Promise<void>;
  focus(id: string, depth: number): Promise<void>;
  path(from: string, to: string, strict: boolean): Promise<boolean>;
  hide(nodeIds: readonly string[], edgeIds?: readonly string[]): void;
  togglePin(ids: readonly string[]): void;
  clearPath(): void;
  relayout(): void;
  labelOf(id: string): string;
}

export function createExplorer(api: ApiClient, store: AppStore, toast: Toaster): Explorer {
  const labelOf = (id: string) => viewOf(store.get()).nodes.get(id)?.label ?? id;
  const filterNow = () => toGraphFilter(viewOf(store.get()).filter, store.get().info?.vocabulary ?? null);
  /** The view's as-of date as call arguments: every fetch follows it. */
  const asOfNow = (): { asOf?: string } => {
    const d = viewOf(store.get()).asOf;
    return d ? { asOf: d } : {};
  };

  async function load(): Promise<void> {
    store.update((s) => ({ ...s, phase: 'loading', error: null }));
    try {
      const info = await api['db:info']({});
      const slice = info.counts.entities ? await api['graph:overview']({ cap: DEFAULT_ELEMENT_CAP }) : null;
      const current = viewOf(store.get());
      const base = { ...emptyView(current.layout), layoutRun: current.layoutRun };
      const view = slice ? viewFromSlice(slice, base) : base;
      store.update((s) => ({ ...resetView(s, view), info, phase: slice ? 'ready' : 'empty' }));
    } catch (e) {
      const err = errorOf(e);
      store.update((s) => ({ ...s, phase: 'error', error: err }));
      toastError(toast, 'Could not open the graph', e);
    }
  }

  async function expand(id: string, cap = EXPAND_CAP): Promise<void> {
    try {
      const slice = await api['graph:neighbourhood']({ ids: [id], depth: 1, filter: filterNow(), cap, ...asOfNow() });
      const before = viewOf(store.get()).nodes.size;
      store.update((s) => commitView(s, `Expand ${labelOf(id)}`, (v) => mergeSlice(v, slice, id)));
      const added = viewOf(store.get()).nodes.size - before;
      if (slice.truncated && cap < MAX_ELEMENT_CAP) {
        const more = Math.min(cap * 4, MAX_ELEMENT_CAP);
        toast({
          kind: 'warning',
          title: `Showing ${added} new neighbours of ${labelOf(id)}`,
          message: `The neighbourhood was capped at ${cap} elements.`,
          action: { label: 'Show more', run: () => void expand(id, more) },
        });
      } else if (added === 0) {
        toast({
          title: `No more neighbours of ${labelOf(id)} to show`,
          message: 'Every neighbour that passes the filters is already drawn.',
        });
      }
    } catch (e) {
      toastError(toast, `Could not expand ${labelOf(id)}`, e);
    }
  }

  async function reveal(id: string): Promise<void> {
    try {
      if (!viewOf(store.get()).nodes.has(id)) {
        const slice = await api['graph:neighbourhood']({
          ids: [id],
          depth: 1,
          filter: filterNow(),
          cap: EXPAND_CAP,
          ...asOfNow(),
        });
        store.update((s) =>
          commitView(s, `Add ${slice.nodes.find((n) => n.id === id)?.label ?? id}`, (v) => mergeSlice(v, slice, id)),
        );
      }
      store.update((s) => requestReveal(s, id));
    } catch (e) {
      toastError(toast, 'Could not show this entity', e);
    }
  }

  async function revealRelation(relationId: string): Promise<void> {
    try {
      const rel = await api['relation:get']({ id: relationId });
      if (!viewOf(store.get()).edges.has(relationId)) {
        const slice = await api['graph:neighbourhood']({
          ids: [rel.subject.id, rel.object.id],
          depth: 1,
          filter: filterNow(),
          cap: EXPAND_CAP,
          ...asOfNow(),
        });
        store.update((s) =>
          commitView(s, `Add ${rel.subject.label} → ${rel.object.label}`, (v) => mergeSlice(v, slice, rel.subject.id)),
        );
      }
      store.update((s) => ({ ...requestReveal(s, rel.subject.id), selection: { nodes: [], edges: [relationId] } }));
    } catch (e) {
      toastError(toast, 'Could not show this relation', e);
    }
  }

  async function focus(id: string, depth: number): Promise<void> {
    try {
      const slice = await api['graph:neighbourhood']({
        ids: [id],
        depth,
        filter: filterNow(),
        cap: DEFAULT_ELEMENT_CAP,
        ...asOfNow(),
      });
      store.update((s) =>
        requestReveal(
          commitView(s, `Focus on ${labelOf(id)} (${depth} hop${depth > 1 ? 's' : ''})`, (v) =>
            focusOn(v, slice, id, depth),
          ),
          id,
        ),
      );
    } catch (e) {
      toastError(toast, 'Could not focus', e);
    }
  }

  async function path(from: string, to: string, strict: boolean): Promise<boolean> {
    try {
      const filter = strict
        ? { ...filterNow(), statuses: ['asserted', 'confirmed'] as ('asserted' | 'confirmed')[] }
        : filterNow();
      const v = viewOf(store.get());
      const res = await api['graph:path']({ from, to, filter, ...asOfNow(), throughClaims: v.claimsView });
      if (!res.found) {
        toast({
          kind: 'warning',
          title: 'No path found',
          message: `${labelOf(from)} and ${labelOf(to)} are not connected${strict ? ' by asserted or confirmed relations' : ''}${Object.keys(filter).length > (strict ? 1 : 0) ? ' within the current filters' : ''}.`,
        });
        return false;
      }
      const label = `Path ${labelOf(from)} → ${labelOf(to)}`;
      store.update((s) =>
        select(
          commitView(s, label, (v) =>
            showPath(v, res.slice, {
              from,
              to,
              nodes: res.nodes,
              edges: res.edges,
              stances: (res.hops ?? []).map((hop) => (hop.via === 'claim' ? (hop.stance ?? null) : null)),
            }),
          ),
          { nodes: [from, to], edges: [] },
        ),
      );
      return true;
    } catch (e) {
      toastError(toast, 'Could not find a path', e);
      return false;
    }
  }

  return {
    load,
    expand,
    reveal,
    revealRelation,
    focus,
    path,
    labelOf,
    hide(nodeIds, edgeIds = []) {
      const n = nodeIds.length + edgeIds.length;
      const what =
        nodeIds.length === 1 && !edgeIds.length ? labelOf(nodeIds[0] ?? '') : `${n} element${n === 1 ? '' : 's'}`;
      store.update((s) => commitView(s, `Hide ${what}`, (v) => hideElements(v, nodeIds, edgeIds)));
    },
    togglePin: (ids) =>
      store.update((s) =>
        commitView(s, ids.length === 1 ? `Pin ${labelOf(ids[0] ?? '')}` : `Pin ${ids.length} entities`, (v) =>
          togglePinned(v, ids),
        ),
      ),
    clearPath: () => store.update((s) => commitView(s, 'Clear path', clearPath)),
    relayout: () => store.update((s) => commitView(s, 'Re-run layout', rerunLayout)),
  };
}

function errorOf(e: unknown): { code: string; message: string } {
  const code = typeof e === 'object' && e && 'code' in e && typeof e.code === 'string' ? e.code : 'internal';
  return { code, message: e instanceof Error ? e.message : String(e) };
}
