// What the editing dialogs need: the API, the editor that records changes, the store, toasts,
// and ways to show the result in the Inspector.
import type { ApiClient } from '../../../graph-data/contract/api.ts';
import type { Vocabulary } from '../../../graph-data/model/types.ts';
import type { AppStore } from '../../state/app-state.ts';
import type { Toaster } from '../../ui/toast.ts';
import type { Editor } from './editor.ts';

export interface EditCtx {
  api: ApiClient;
  editor: Editor;
  store: AppStore;
  toast: Toaster;
  showEntity(id: string): void;
  showRelation(id: string): void;
  showSource(id: string): void;
}

export function vocabOf(ctx: EditCtx): Vocabulary | null {
  return ctx.store.get().info?.vocabulary ?? null;
}
