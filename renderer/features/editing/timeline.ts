// The app's one Undo/Redo: view steps are snapshots; a data step also undoes (history:undo) or
// redoes (history:redo) its database entry first, then puts the view back and refreshes it.
import type { ApiClient } from '../../../graph-data/contract/api.ts';
import type { HistoryEntryView } from '../../../graph-data/contract/edit-views.ts';
import { redoView, undoView, type AppStore } from '../../state/app-state.ts';
import { nextRedo, nextUndo } from '../../state/data-steps.ts';
import { toastError, type Toaster } from '../../ui/toast.ts';
import type { Editor } from './editor.ts';

export interface Timeline {
  undo(): Promise<void>;
  redo(): Promise<void>;
  /** Resolves when every queued undo/redo has finished. */
  settled(): Promise<void>;
}

type Direction = 'undo' | 'redo';

export function createTimeline(api: ApiClient, store: AppStore, editor: Editor, toast: Toaster): Timeline {
  let queue: Promise<void> = Promise.resolve();
  const enqueue = (job: () => Promise<void>) => {
    queue = editor.track(queue.then(job).catch((e: unknown) => toastError(toast, 'Undo/redo failed', e)));
    return queue;
  };

  async function step(dir: Direction): Promise<void> {
    const s = store.get();
    const next = dir === 'undo' ? nextUndo(s) : nextRedo(s);
    if (!next) return;
    const moveView = () => store.update(dir === 'undo' ? undoView : redoView);
    if (!next.data) return moveView();
    const seq = next.data.seq;
    const list = await api['history:list']({ limit: 500 });
    const entry = list.entries.find((e) => e.seq === seq);
    // Already undone (or redone) elsewhere, e.g. from the History panel: only the view moves.
    const pending = dir === 'undo' ? entry?.state === 'done' : entry?.state === 'undone';
    if (pending) {
      const first = dir === 'undo' ? list.undo : list.redo;
      if (first?.seq !== seq) return refuse(dir, next.label, first);
      const r = dir === 'undo' ? await api['history:undo']({}) : await api['history:redo']({});
      editor.setRevision(r.revision);
      moveView();
      return editor.refresh(r.changed);
    }
    moveView();
    return editor.refresh(null);
  }

  function refuse(dir: Direction, label: string, first: HistoryEntryView | null): void {
    toast({
      kind: 'warning',
      title: `Cannot ${dir} “${label}” yet`,
      message: first
        ? `“${first.label}” was changed after it, outside this window (e.g. from the command line). ${dir === 'undo' ? 'Undo' : 'Redo'} that first in the History panel.`
        : 'The database history no longer holds this change.',
    });
  }

  return {
    undo: () => enqueue(() => step('undo')),
    redo: () => enqueue(() => step('redo')),
    settled: () => queue,
  };
}
