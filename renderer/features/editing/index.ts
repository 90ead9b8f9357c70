// The face of the editing feature: the editor and the one Undo/Redo timeline, the dialogs the
// Inspector opens (claims, entities, sources, merge), the Likely duplicates list and the watcher
// that refreshes after changes made elsewhere.
import './editing.css';
import type { ApiConnection } from '../../api.ts';
import type { SourceDetail } from '../../../graph-data/contract/edit-views.ts';
import type { ClaimView, EntityDetail, EntityRef, RelationDetail } from '../../../graph-data/contract/views.ts';
import type { AppStore } from '../../state/app-state.ts';
import { openDialog } from '../../ui/dialog.ts';
import { h } from '../../ui/h.ts';
import { toastError, type Toaster } from '../../ui/toast.ts';
import type { Explorer } from '../explore/index.ts';
import { openClaimForm, type ClaimFormInit } from './claim-form.ts';
import type { EditCtx } from './context.ts';
import { mountDuplicates } from './duplicates.ts';
import { createEditor, type Editor } from './editor.ts';
import { openDeleteEntity, openEditEntity } from './entity-dialogs.ts';
import { openMergeDialog } from './merge-dialog.ts';
import { confirmOpenUrl } from './open-url.ts';
import { rememberSources } from './known-sources.ts';
import { openSourceForm } from './source-form.ts';
import { createTimeline, type Timeline } from './timeline.ts';
import { watchDatabase } from './watch.ts';

export { rememberSources } from './known-sources.ts';
export type { Editor } from './editor.ts';
export type { Timeline } from './timeline.ts';

export interface Editing {
  editor: Editor;
  timeline: Timeline;
  addClaim(init: ClaimFormInit): void;
  editClaim(claim: ClaimView, relation: Pick<RelationDetail, 'subject' | 'predicate' | 'object'>): void;
  deleteClaim(claim: ClaimView): void;
  editEntity(e: EntityDetail): void;
  deleteEntity(e: EntityRef): void;
  mergeEntity(drop: EntityRef, keep?: EntityRef | null): void;
  editSource(s: SourceDetail): void;
  openUrl(url: string): void;
  /** The Inspector listens: a source to show (from a claim card's source title). */
  showSource(id: string): void;
  onShowSource(listener: (id: string) => void): void;
  mountDuplicates(el: HTMLElement): void;
  /** True while a change, refresh or undo is on its way (the e2e idle signal includes it). */
  busy(): boolean;
}

export function createEditing(d: {
  conn: ApiConnection;
  store: AppStore;
  explorer: Explorer;
  toast: Toaster;
}): Editing {
  const editor = createEditor(d.conn.api, d.store);
  const timeline = createTimeline(d.conn.api, d.store, editor, d.toast);
  const sourceListeners: ((id: string) => void)[] = [];
  const ctx: EditCtx = {
    api: d.conn.api,
    editor,
    store: d.store,
    toast: d.toast,
    showEntity: (id) => void d.explorer.reveal(id),
    showRelation: (id) => void d.explorer.revealRelation(id),
    showSource: (id) => sourceListeners.forEach((l) => l(id)),
  };
  watchDatabase(d.conn, d.store, d.explorer, editor);

  const deleteClaim = (c: ClaimView) =>
    openDialog({
      title: 'Delete this claim?',
      className: 'edit-dialog',
      body: h(
        'p',
        null,
        `${c.claimant.label} ${c.stance} (${c.source.title}). A relation left without claims disappears; Undo brings it back.`,
      ),
      actions: [
        { label: 'Cancel' },
        {
          label: 'Delete claim',
          primary: true,
          id: 'delete-claim',
          run: async () => {
            try {
              await editor.change('claim:delete', { id: c.id });
            } catch (e) {
              toastError(d.toast, 'The claim was not deleted', e);
            }
          },
        },
      ],
    });

  return {
    editor,
    timeline,
    addClaim: (init) => openClaimForm(ctx, init),
    editClaim: (claim, r) =>
      openClaimForm(ctx, {
        claim,
        subject: r.subject,
        predicate: r.predicate,
        object: r.object,
        sources: [claim.source],
      }),
    deleteClaim,
    editEntity: (e) => openEditEntity(ctx, e),
    deleteEntity: (e) => openDeleteEntity(ctx, e),
    mergeEntity: (drop, keep) => openMergeDialog(ctx, drop, keep ?? null),
    editSource: (s) => {
      rememberSources([s]);
      void openSourceForm(ctx, s);
    },
    openUrl: confirmOpenUrl,
    showSource: ctx.showSource,
    onShowSource: (l) => void sourceListeners.push(l),
    mountDuplicates: (el) => void mountDuplicates(el, ctx),
    busy: editor.busy,
  };
}
