// Every change to the data made from the app goes through here: run the edit call, refresh what is
// drawn and the Inspector without losing the view, and record one step in the Undo/Redo timeline.
import type { ApiArgs, ApiClient, EditApiResults } from '../../../graph-data/contract/api.ts';
import type { ChangedIds, EditResult } from '../../../graph-data/contract/edit-views.ts';
import { MAX_ELEMENT_CAP } from '../../../graph-data/contract/filters.ts';
import { viewOf, type AppState, type AppStore } from '../../state/app-state.ts';
import { commitDataStep, refreshView, replacePresent } from '../../state/data-steps.ts';
import type { ViewState } from '../../state/view-state.ts';

/** The calls that change data and answer an EditResult. */
export type EditCall = {
  [K in keyof EditApiResults]: EditApiResults[K] extends EditResult ? K : never;
}[keyof EditApiResults];

export interface ChangeOptions {
  /** Entities to draw after the change (e.g. a new claim's subject and object). */
  include?: readonly string[];
  anchor?: string | null;
}

export interface Editor {
  /** Runs one data change, refreshes, and records it as one undoable step. Throws ApiCallError. */
  change<K extends EditCall>(name: K, args: ApiArgs<K>, o?: ChangeOptions): Promise<EditResult>;
  /** Re-reads what is drawn and the database info after a change made elsewhere; no step recorded. */
  refresh(changed?: ChangedIds | null): Promise<void>;
  /** Records a data change already made (history revert) as a step. */
  record(label: string, seq: number, changed: ChangedIds): Promise<void>;
  /** Listeners run after every data change the app sees (the History panel reloads). */
  onChange(listener: () => void): () => void;
  /** The revision the app last showed; the poller compares db:revision with it. */
  revision(): string | null;
  setRevision(r: string): void;
  /** Counts a piece of work as pending until it settles (see busy). */
  track<T>(work: Promise<T>): Promise<T>;
  /** True while a change, refresh or undo is on its way: part of the page's idle signal. */
  busy(): boolean;
}

export function createEditor(api: ApiClient, store: AppStore): Editor {
  const listeners = new Set<() => void>();
  let revision: string | null = null;
  let pending = 0;
  const track = <T>(work: Promise<T>): Promise<T> => {
    pending++;
    return work.finally(() => pending--);
  };
  const notify = () => listeners.forEach((l) => l());

  /** A fresh copy of the drawn view (plus `include`), applied to whatever the view is by then. */
  async function fresh(changed: ChangedIds | null, o: ChangeOptions): Promise<(s: AppState) => ViewState> {
    const asked = new Set([...viewOf(store.get()).nodes.keys(), ...(o.include ?? [])]);
    const slice = asked.size
      ? await api['graph:subgraph']({ ids: [...asked], cap: MAX_ELEMENT_CAP })
      : { nodes: [], edges: [], truncated: false };
    const relations = changed ? changed.relations : null;
    return (s) => refreshView(viewOf(s), slice, { relations, asked, anchor: o.anchor ?? o.include?.[0] ?? null });
  }

  async function change<K extends EditCall>(name: K, args: ApiArgs<K>, o: ChangeOptions = {}): Promise<EditResult> {
    const call = api[name] as (a: ApiArgs<K>) => Promise<EditResult>;
    const r = await call(args);
    revision = r.revision;
    const [view, info] = await Promise.all([fresh(r.changed, o), api['db:info']({})]);
    const entry = r.entry;
    // An empty change writes no history entry: refresh only, no step to undo.
    store.update((s) => ({
      ...(entry ? commitDataStep(s, entry.label, entry.seq, view(s)) : replacePresent(s, view(s))),
      info,
    }));
    notify();
    return r;
  }

  async function refresh(changed: ChangedIds | null = null): Promise<void> {
    const [view, info] = await Promise.all([fresh(changed, {}), api['db:info']({})]);
    store.update((s) => ({ ...replacePresent(s, view(s)), info }));
    notify();
  }

  async function record(label: string, seq: number, changed: ChangedIds): Promise<void> {
    const [view, info] = await Promise.all([fresh(changed, {}), api['db:info']({})]);
    store.update((s) => ({ ...commitDataStep(s, label, seq, view(s)), info }));
    notify();
  }

  return {
    change: (name, args, o) => track(change(name, args, o)),
    refresh: (changed) => track(refresh(changed)),
    record: (label, seq, changed) => track(record(label, seq, changed)),
    track,
    busy: () => pending > 0,
    onChange: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    revision: () => revision,
    setRevision: (r) => void (revision = r),
  };
}
