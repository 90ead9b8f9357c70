// Commit of a reviewed queue: one ingest:commit call (one history entry "Ingest: <title>"), then the
// same refresh and Undo step the editing feature records for any data change.
import type { ApiArgs, ApiClient } from '../../../graph-data/contract/api.ts';
import type { IngestCommitResult } from '../../../graph-data/contract/ingest-views.ts';
import type { Toaster } from '../../ui/toast.ts';
import type { Editor } from '../editing/editor.ts';

export async function commitIngest(
  deps: { api: ApiClient; editor: Editor; toast: Toaster },
  args: ApiArgs<'ingest:commit'>,
): Promise<IngestCommitResult> {
  const { api, editor } = deps;
  return editor.track(
    (async () => {
      const r = await api['ingest:commit'](args);
      const changed = {
        entities: r.entities.map((e) => e.id),
        relations: r.relations,
        claims: r.claims,
        sources: [r.source],
      };
      const list = await api['history:list']({ limit: 1 });
      editor.setRevision(list.revision);
      // The commit is the database's newest change: record it as the app's Undo step.
      if (list.undo && list.undo.label === r.historyLabel) await editor.record(r.historyLabel, list.undo.seq, changed);
      else await editor.refresh(changed);
      deps.toast({
        kind: 'success',
        title: r.historyLabel,
        message: `${r.entities.length} new entities, ${r.claims.length} claims, ${r.aliases} aliases written.`,
      });
      return r;
    })(),
  );
}
