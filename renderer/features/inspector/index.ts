// The Inspector (right panel): details of the selection, fetched on demand (entity:get,
// relation:get) and rebuilt from data with DOM calls only.
import './inspector.css';
import type { ApiClient } from '../../../graph-data/contract/api.ts';
import type { EntityDetail, RelationDetail } from '../../../graph-data/contract/views.ts';
import { viewOf, type AppState, type AppStore } from '../../state/app-state.ts';
import { h, replaceChildren } from '../../ui/h.ts';
import type { Explorer } from '../explore/index.ts';
import type { ViewDeps } from './bits.ts';
import { entityView } from './entity-view.ts';
import { relationView } from './relation-view.ts';
import { multiView, overviewView } from './summary-view.ts';

export interface InspectorDeps {
  api: ApiClient;
  store: AppStore;
  explorer: Explorer;
  linksAllowed: boolean;
}

export function mountInspector(el: HTMLElement, deps: InspectorDeps): void {
  const { api, store, explorer } = deps;
  const body = h('div', { class: 'insp-body' });
  el.append(body);
  let seq = 0;
  const cache = new Map<string, Promise<EntityDetail | RelationDetail>>();

  const viewDeps = (): ViewDeps => ({
    vocab: store.get().info?.vocabulary ?? null,
    showEntity: (id) => void explorer.reveal(id),
    showRelation: (id) => void explorer.revealRelation(id),
    linksAllowed: deps.linksAllowed,
  });

  const fetchOnce = <T extends EntityDetail | RelationDetail>(key: string, get: () => Promise<T>): Promise<T> => {
    let p = cache.get(key) as Promise<T> | undefined;
    if (!p) {
      p = get();
      cache.set(key, p);
      p.catch(() => cache.delete(key));
    }
    return p;
  };

  async function render(s: AppState): Promise<void> {
    const mine = ++seq;
    const { nodes, edges } = s.selection;
    const d = viewDeps();
    if (nodes.length + edges.length === 0) return replaceChildren(body, overviewView(s.info, d));
    if (nodes.length + edges.length > 1) {
      const v = viewOf(s);
      const ref = (id: string) => ({ id, label: v.nodes.get(id)?.label ?? id, kind: v.nodes.get(id)?.kind ?? 'other' });
      return replaceChildren(
        body,
        multiView(s.selection, ref, d, {
          path: (a, b) => void explorer.path(a, b, s.pathEnds.strict),
          hide: () => explorer.hide(nodes, edges),
          pin: () => explorer.togglePin(nodes),
        }),
      );
    }
    body.classList.add('loading');
    try {
      const node = await buildOne(nodes[0], edges[0], d);
      if (mine === seq) replaceChildren(body, node);
    } catch (e) {
      if (mine !== seq) return;
      const code = typeof e === 'object' && e && 'code' in e ? String(e.code) : 'internal';
      replaceChildren(
        body,
        h(
          'div',
          { class: 'error-box', role: 'alert' },
          h('code', null, code),
          h('span', null, e instanceof Error ? e.message : String(e)),
        ),
      );
    } finally {
      if (mine === seq) body.classList.remove('loading');
    }
  }

  async function buildOne(nodeId: string | undefined, edgeId: string | undefined, d: ViewDeps): Promise<HTMLElement> {
    if (nodeId) {
      const e = await fetchOnce(`e:${nodeId}`, () => api['entity:get']({ id: nodeId }));
      return entityView(e, d, {
        expand: () => void explorer.expand(nodeId),
        focus: () => void explorer.focus(nodeId, 1),
        pathFrom: () => store.update((s) => ({ ...s, pathEnds: { ...s.pathEnds, from: nodeId } })),
        hide: () => explorer.hide([nodeId]),
      });
    }
    const r = await fetchOnce(`r:${edgeId}`, () => api['relation:get']({ id: edgeId ?? '' }));
    return relationView(r, d);
  }

  store.subscribe((s, prev) => {
    if (s.info !== prev.info) cache.clear();
    if (s.selection !== prev.selection || s.info !== prev.info) void render(s);
  });
  void render(store.get());
}
