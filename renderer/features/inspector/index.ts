// The Inspector (right panel): details of the selection, fetched on demand (entity:get,
// relation:get) and rebuilt from data with DOM calls only.
import './inspector.css';
import type { ApiClient } from '../../../graph-data/contract/api.ts';
import type { EntityDetail, RelationDetail } from '../../../graph-data/contract/views.ts';
import { viewOf, type AppState, type AppStore } from '../../state/app-state.ts';
import { h, replaceChildren } from '../../ui/h.ts';
import { whenIdle } from '../../ui/idle-work.ts';
import { rememberSources, type Editing } from '../editing/index.ts';
import type { Explorer } from '../explore/index.ts';
import type { ViewDeps } from './bits.ts';
import { claimActions, entityEditBar, relationEditBar, relationsOfEntity, relationsOfSource } from './edit-bar.ts';
import { entityView } from './entity-view.ts';
import { pinToggle } from './pin-toggle.ts';
import { relationView } from './relation-view.ts';
import { sourceView } from './source-view.ts';
import { multiView, overviewView } from './summary-view.ts';

export interface InspectorDeps {
  api: ApiClient;
  store: AppStore;
  explorer: Explorer;
  linksAllowed: boolean;
  /** Editing buttons and the Source view (issue 8); read-only without it. */
  editing?: Editing;
}

export function mountInspector(el: HTMLElement, deps: InspectorDeps): void {
  const { api, store, explorer } = deps;
  const body = h('div', { class: 'insp-body' });
  el.append(body);
  let seq = 0;
  /** A source shown instead of the selection, until the selection changes. */
  let source: string | null = null;
  const editing = deps.editing;
  const cache = new Map<string, Promise<EntityDetail | RelationDetail>>();

  const viewDeps = (): ViewDeps => ({
    vocab: store.get().info?.vocabulary ?? null,
    showEntity: (id) => void explorer.reveal(id),
    showRelation: (id) => void explorer.revealRelation(id),
    linksAllowed: deps.linksAllowed,
    ...(editing ? { showSource: (id: string) => editing.showSource(id) } : {}),
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

  async function render(s: AppState, idle = false): Promise<void> {
    const mine = ++seq;
    const { nodes, edges } = s.selection;
    const d = viewDeps();
    if (source && editing) return show(mine, () => buildSource(source ?? '', d, editing));
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
    return show(mine, () => buildOne(nodes[0], edges[0], d), idle);
  }

  /** `idle`: a date step's refresh, put in place when the page is idle (its frames draw the graph). */
  async function show(mine: number, build: () => Promise<HTMLElement>, idle = false): Promise<void> {
    body.classList.add('loading');
    let node: HTMLElement;
    try {
      node = await build();
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
      body.classList.remove('loading');
      return;
    }
    const put = () => {
      if (mine !== seq) return;
      replaceChildren(body, node);
      body.classList.remove('loading');
    };
    if (idle) whenIdle(body, put);
    else put();
  }

  async function buildOne(nodeId: string | undefined, edgeId: string | undefined, d: ViewDeps): Promise<HTMLElement> {
    if (nodeId) {
      const asOf = viewOf(store.get()).asOf;
      const at = asOf ? { asOf } : {};
      const e = await fetchOnce(`e:${nodeId}:${asOf ?? ''}`, () => api['entity:get']({ id: nodeId, ...at }));
      if (editing) {
        rememberSources([...e.claimsAbout, ...e.claimsMade].map((c) => c.source));
        d.claimActions = claimActions(editing, relationsOfEntity(e));
      }
      return entityView(e, d, {
        extra: editing ? entityEditBar(editing, e) : null,
        expand: () => void explorer.expand(nodeId),
        focus: () => void explorer.focus(nodeId, 1),
        pathFrom: () => store.update((s) => ({ ...s, pathEnds: { ...s.pathEnds, from: nodeId } })),
        hide: () => explorer.hide([nodeId]),
        pin: pinToggle(store, explorer, nodeId),
      });
    }
    const asOf = viewOf(store.get()).asOf; // the Inspector follows the as-of date (issue 10)
    const r = await fetchOnce(`r:${edgeId}:${asOf ?? ''}`, () =>
      api['relation:get']({ id: edgeId ?? '', ...(asOf ? { asOf } : {}) }),
    );
    if (!editing) return relationView(r, d);
    rememberSources(r.claims.map((c) => c.source));
    d.claimActions = claimActions(editing, new Map([[r.id, r]]));
    return relationView(r, d, relationEditBar(editing, r));
  }

  async function buildSource(id: string, d: ViewDeps, ed: Editing): Promise<HTMLElement> {
    const s = await api['source:get']({ id });
    rememberSources([s]);
    d.claimActions = claimActions(ed, relationsOfSource(s));
    return sourceView(s, d, {
      back: () => {
        source = null;
        void render(store.get());
      },
      edit: () => ed.editSource(s),
      openUrl: (url) => ed.openUrl(url),
    });
  }

  editing?.onShowSource((id) => {
    source = id;
    void render(store.get());
  });
  store.subscribe((s, prev) => {
    if (s.selection !== prev.selection) source = null;
    if (s.info !== prev.info) cache.clear();
    const dated = viewOf(s).asOf !== viewOf(prev).asOf; // details are derived as of the view's date
    const same = s.selection === prev.selection && s.info === prev.info;
    if (!same || dated) void render(s, same);
  });
  void render(store.get());
}
