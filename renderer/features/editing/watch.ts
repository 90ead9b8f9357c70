// Notices changes made outside this window (the CLI on the same file, another app window) and
// refreshes what is drawn without losing the view: the 'db:changed' event in Electron for this
// window's own changes, and polling db:revision on every transport (cheap: SQLite's data_version
// changes when any other connection, such as the CLI, commits).
import type { ApiConnection } from '../../api.ts';
import type { AppStore } from '../../state/app-state.ts';
import type { Explorer } from '../explore/index.ts';
import type { Editor } from './editor.ts';

export const POLL_MS = 2000;

export function watchDatabase(
  conn: ApiConnection,
  store: AppStore,
  explorer: Explorer,
  editor: Editor,
): () => Promise<void> {
  let checking: Promise<void> | null = null;
  const check = async () => {
    const { revision } = await conn.api['db:revision']({});
    const seen = editor.revision();
    editor.setRevision(revision);
    if (seen !== null && seen !== revision && store.get().phase === 'ready') await editor.refresh(null);
  };
  const checkOnce = (): Promise<void> => {
    checking ??= check()
      .catch(() => undefined)
      .finally(() => (checking = null));
    return checking;
  };
  // Another database opened: start over. The same file changed: refresh in place.
  conn.onEvent('db:changed', ({ file }) => {
    const open = store.get().info?.file;
    if (open && file !== open) void explorer.load();
    else void checkOnce();
  });
  setInterval(() => {
    if (!document.hidden && store.get().phase === 'ready') void checkOnce();
  }, POLL_MS);
  // Take the baseline now, while the graph loads: a change made before the first poll would
  // otherwise become the baseline itself and never be shown.
  void checkOnce();
  return checkOnce;
}
