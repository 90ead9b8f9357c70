// Registers every command once: the Electron menu's commands (checked against MENU_COMMANDS at
// compile time) and the renderer's own (hide, expand, pin, clear).
import type { MenuCommand } from '../graph-data/contract/api.ts';
import type { ApiConnection } from './api.ts';
import { openAboutDialog } from './features/about/index.ts';
import { toggleClaimsView } from './features/claims/index.ts';
import { clearExportCache, openExportDialog } from './features/export/index.ts';
import type { Timeline } from './features/editing/index.ts';
import type { Explorer } from './features/explore/index.ts';
import type { GraphHandle } from './features/graph-view/index.ts';
import { openImportDialog } from './features/import/index.ts';
import type { SearchHandle } from './features/search/index.ts';
import { openShortcutsDialog } from './features/shortcuts/index.ts';
import { commitView, select, toggleTheme, togglePanels, viewOf, type AppStore } from './state/app-state.ts';
import { pairsOfSelection, toggleGroups } from './state/bundles.ts';
import { NO_SELECTION } from './state/view-state.ts';
import type { Commands } from './ui/commands.ts';
import type { Toaster } from './ui/toast.ts';

export interface CommandDeps {
  conn: ApiConnection;
  store: AppStore;
  explorer: Explorer;
  graph: GraphHandle;
  search: SearchHandle;
  toast: Toaster;
  /** The one Undo/Redo over view steps and data changes (features/editing/timeline.ts). */
  timeline: Timeline;
}

export function registerCommands(commands: Commands, d: CommandDeps): void {
  const { store, explorer, graph } = d;
  const ready = () => store.get().phase === 'ready';
  const sel = () => store.get().selection;
  // After an import the view starts over on the new overview (db:changed only refreshes in place).
  const openImport = () =>
    openImportDialog({
      api: d.conn.api,
      toast: d.toast,
      onProgress: (cb) => d.conn.onEvent('import:progress', cb),
      vocab: () => store.get().info?.vocabulary ?? null,
      reload: async () => {
        clearExportCache();
        await explorer.load();
      },
    });
  const menu: Record<MenuCommand, { label: string; run: () => void; enabled?: () => boolean }> = {
    import: { label: 'Import…', run: openImport },
    export: {
      label: 'Export…',
      run: () =>
        openExportDialog({
          api: d.conn.api,
          transport: d.conn.transport,
          onProgress: (cb) => d.conn.onEvent('export:progress', cb),
          store,
          graph,
          toast: d.toast,
        }),
      enabled: ready,
    },
    // From the Electron menu, Undo/Redo belong to a focused text field first, then to the view.
    undo: {
      label: 'Undo',
      run: () => textEdit('undo') || void d.timeline.undo(),
      enabled: () => isTyping() || store.get().history.past.length > 0,
    },
    redo: {
      label: 'Redo',
      run: () => textEdit('redo') || void d.timeline.redo(),
      enabled: () => isTyping() || store.get().history.future.length > 0,
    },
    find: { label: 'Find', run: () => d.search.focus() },
    fit: { label: 'Fit', run: () => graph.fit(), enabled: ready },
    'zoom-in': { label: 'Zoom in', run: () => graph.zoomBy(1.25), enabled: ready },
    'zoom-out': { label: 'Zoom out', run: () => graph.zoomBy(0.8), enabled: ready },
    'reset-layout': { label: 'Re-run layout', run: () => explorer.relayout(), enabled: ready },
    'toggle-panels': { label: 'Toggle panels', run: () => store.update(togglePanels) },
    'toggle-theme': { label: 'Toggle theme', run: () => store.update(toggleTheme) },
    'toggle-claims': { label: 'Claims view', run: () => toggleClaimsView(store), enabled: ready },
    about: {
      label: 'About',
      run: () => openAboutDialog(store.get().info, { transport: d.conn.transport, renderer: graph.renderer() }),
    },
    shortcuts: { label: 'Keyboard shortcuts', run: openShortcutsDialog },
  };
  for (const [id, c] of Object.entries(menu)) commands.register({ id, ...c });

  const hasSel = () => sel().nodes.length + sel().edges.length > 0;
  commands.register({
    id: 'hide-selection',
    label: 'Hide selection',
    enabled: hasSel,
    run: () => explorer.hide(sel().nodes, sel().edges),
  });
  commands.register({
    id: 'pin-selection',
    label: 'Pin selection',
    enabled: () => sel().nodes.length > 0,
    run: () => explorer.togglePin(sel().nodes),
  });
  commands.register({
    id: 'focus-selection',
    label: 'Focus on the selection',
    enabled: () => sel().nodes.length > 0,
    run: () => void explorer.focus(sel().nodes[0] ?? '', 1),
  });
  commands.register({
    id: 'path-from-selection',
    label: 'Start a path',
    enabled: () => sel().nodes.length > 0,
    run: () => {
      const [a, b] = sel().nodes;
      if (a && b) return void explorer.path(a, b, store.get().pathEnds.strict);
      store.update((s) => ({ ...s, pathEnds: { from: a ?? null, to: null, strict: s.pathEnds.strict } }));
    },
  });
  commands.register({
    id: 'expand-selection',
    label: 'Expand selection',
    enabled: () => sel().nodes.length > 0,
    run: () =>
      void sel()
        .nodes.slice(0, 10)
        .reduce((p, id) => p.then(() => explorer.expand(id)), Promise.resolve()),
  });
  commands.register({
    id: 'toggle-groups',
    label: 'Show or group parallel relations',
    enabled: () => pairsOfSelection(viewOf(store.get()), sel()).length > 0,
    run: () =>
      store.update((s) => {
        const r = toggleGroups(viewOf(s), s.selection);
        return r.count
          ? commitView(s, r.opened ? 'Show parallel relations' : 'Group parallel relations', () => r.view)
          : s;
      }),
  });
  commands.register({
    id: 'clear-path',
    label: 'Clear path',
    enabled: () => !!store.get().history.present.path,
    run: () => explorer.clearPath(),
  });
  commands.register({
    id: 'clear',
    label: 'Clear selection',
    run: () => {
      graph.cancelLayout();
      store.update((s) => ({
        ...select(s, NO_SELECTION),
        pathEnds: { from: null, to: null, strict: s.pathEnds.strict },
      }));
      if (store.get().history.present.path) explorer.clearPath();
    },
  });
}

function isTyping(): boolean {
  const el = document.activeElement;
  return (
    el instanceof HTMLInputElement ||
    el instanceof HTMLTextAreaElement ||
    (el instanceof HTMLElement && el.isContentEditable)
  );
}

/** Runs the browser's own undo/redo in a focused text field; false when no field has focus. */
function textEdit(command: 'undo' | 'redo'): boolean {
  return isTyping() && document.execCommand(command);
}
