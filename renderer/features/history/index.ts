// The History panel: the database's change log (newest first) with Undo/Redo of the newest
// change and Revert of an older one (refused, with the reason, when later changes depend on it).
import './history.css';
import type { ApiClient } from '../../../graph-data/contract/api.ts';
import type { HistoryEntryView, HistoryList } from '../../../graph-data/contract/edit-views.ts';
import type { AppStore } from '../../state/app-state.ts';
import { nextRedo, nextUndo } from '../../state/data-steps.ts';
import { h, replaceChildren } from '../../ui/h.ts';
import { toastError, type Toaster } from '../../ui/toast.ts';
import type { Editor } from '../editing/editor.ts';
import type { Timeline } from '../editing/timeline.ts';

export interface HistoryPanelDeps {
  api: ApiClient;
  store: AppStore;
  editor: Editor;
  timeline: Timeline;
  toast: Toaster;
}

const LIMIT = 100;

export function mountHistoryPanel(el: HTMLElement, deps: HistoryPanelDeps): { reload(): Promise<void> } {
  const { api, editor, toast } = deps;
  const list = h('ol', { class: 'history-list', 'aria-label': 'Changes, newest first' });
  const undoBtn = h('button', { class: 'btn btn-small', id: 'history-undo' }, 'Undo last change');
  const redoBtn = h('button', { class: 'btn btn-small', id: 'history-redo' }, 'Redo change');
  el.append(h('div', { class: 'history-actions' }, undoBtn, redoBtn), list);
  let last: HistoryList | null = null;

  async function reload(): Promise<void> {
    try {
      last = await api['history:list']({ limit: LIMIT });
      render(last);
    } catch (e) {
      last = null;
      replaceChildren(
        list,
        h('li', { class: 'hint' }, `History unavailable: ${e instanceof Error ? e.message : String(e)}`),
      );
    }
  }

  function render(l: HistoryList): void {
    undoBtn.disabled = !l.undo;
    redoBtn.disabled = !l.redo;
    undoBtn.title = l.undo ? `Undo “${l.undo.label}”` : 'Nothing to undo';
    redoBtn.title = l.redo ? `Redo “${l.redo.label}”` : 'Nothing to redo';
    replaceChildren(
      list,
      l.entries.length ? l.entries.map((e) => entryRow(e, l)) : h('li', { class: 'hint' }, 'No changes yet.'),
    );
  }

  function entryRow(e: HistoryEntryView, l: HistoryList): HTMLElement {
    const revert = h(
      'button',
      { class: 'btn btn-ghost btn-small', title: 'Undo just this change, as a new change' },
      'Revert',
    );
    revert.addEventListener('click', () => void run(() => revertEntry(e)));
    return h(
      'li',
      { class: `history-entry ${e.state}`, 'data-seq': e.seq },
      h('div', { class: 'history-label' }, e.label),
      h(
        'div',
        { class: 'history-meta' },
        h('span', { class: `badge history-kind kind-${e.kind}` }, e.kind),
        h('time', { datetime: e.at, title: e.at }, timeText(e.at)),
        e.state === 'undone' ? h('span', { class: 'history-undone' }, 'undone') : null,
        e.state === 'done' && e.seq !== l.undo?.seq ? revert : null,
      ),
    );
  }

  async function revertEntry(e: HistoryEntryView): Promise<void> {
    try {
      const r = await api['history:revert']({ seq: e.seq });
      editor.setRevision(r.revision);
      await editor.record(r.entry.label, r.entry.seq, r.changed);
    } catch (x) {
      toastError(toast, `Cannot revert “${e.label}”`, x);
    }
  }

  /** The newest change: through the app's timeline when it is the app's own next step, so the view follows. */
  async function step(dir: 'undo' | 'redo'): Promise<void> {
    const target = dir === 'undo' ? last?.undo : last?.redo;
    if (!target) return;
    const s = deps.store.get();
    const mine = (dir === 'undo' ? nextUndo(s) : nextRedo(s))?.data?.seq === target.seq;
    if (mine) return dir === 'undo' ? deps.timeline.undo() : deps.timeline.redo();
    const r = dir === 'undo' ? await api['history:undo']({}) : await api['history:redo']({});
    editor.setRevision(r.revision);
    await editor.refresh(r.changed);
  }

  const run = async (job: () => Promise<void>) => {
    try {
      await job();
    } catch (e) {
      toastError(toast, 'History', e);
    }
    await reload();
  };
  undoBtn.addEventListener('click', () => void run(() => step('undo')));
  redoBtn.addEventListener('click', () => void run(() => step('redo')));
  editor.onChange(() => void reload());
  void reload();
  return { reload };
}

function timeText(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const sameDay = d.toDateString() === new Date().toDateString();
  return sameDay
    ? d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' })
    : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
