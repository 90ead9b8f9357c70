// Boot: connect to the API, build the frame, mount every feature around one store, wire commands
// to the toolbar, keys and the Electron menu, then load the graph.
import './strict-csp.ts';
import { connectApi } from './api.ts';
import { registerCommands } from './app-commands.ts';
import { createEditing } from './features/editing/index.ts';
import { createExplorer } from './features/explore/index.ts';
import { mountFilters } from './features/filters/index.ts';
import { createClaimsData, mountClaimsPanel } from './features/claims/index.ts';
import { mountTimeline } from './features/timeline/index.ts';
import { mountGraphView, WEBGL_ELEMENTS } from './features/graph-view/index.ts';
import { mountHistoryPanel } from './features/history/index.ts';
import { registerIngest } from './features/ingest/index.ts';
import { mountInspector } from './features/inspector/index.ts';
import { mountLayoutPanel } from './features/layout/index.ts';
import { mountLegend } from './features/legend/index.ts';
import { mountPath } from './features/path/index.ts';
import { mountSearch } from './features/search/index.ts';
import { bindShortcuts } from './features/shortcuts/index.ts';
import { mountStatusBar } from './features/status-bar/index.ts';
import { mountToolbar } from './features/toolbar/index.ts';
import { mountRails } from './rails.ts';
import { createShell } from './shell.ts';
import { mountStage } from './stage.ts';
import { createAppStore, type Theme } from './state/app-state.ts';
import { installTestHook } from './test-hook.ts';
import { createCommands } from './ui/commands.ts';
import { mountToaster } from './ui/toast.ts';

const THEME_KEY = 'claimscape.theme';

function initialTheme(): Theme {
  const saved = localStorage.getItem(THEME_KEY);
  if (saved === 'light' || saved === 'dark') return saved;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function boot(): void {
  const root = document.getElementById('app');
  if (!root) return;
  const conn = connectApi();
  const store = createAppStore(initialTheme());
  const shell = createShell(root);
  mountRails(root);
  const toast = mountToaster(shell.toasts);
  const commands = createCommands();
  const explorer = createExplorer(conn.api, store, toast);
  const claims = createClaimsData(conn.api, store);
  const graph = mountGraphView(shell.graph, { store, explorer, commands, claims });
  const search = mountSearch(shell.search, { api: conn.api, store, explorer, focusGraph: graph.focusCanvas });
  mountFilters(shell.filters, store);
  mountLayoutPanel(shell.layout, {
    store,
    webglThreshold: WEBGL_ELEMENTS,
    renderer: graph.renderer,
    setWebgl: graph.setWebgl,
  });
  mountPath(shell.path, { store, explorer });
  mountLegend(shell.legend, store);
  mountClaimsPanel(shell.claims, { api: conn.api, store, explorer, data: claims, toast });
  mountTimeline(shell.timeline, { store, data: claims, explorer });
  const editing = createEditing({ conn, store, explorer, toast });
  mountInspector(shell.inspector, { api: conn.api, store, explorer, linksAllowed: conn.transport === 'http', editing });
  mountHistoryPanel(shell.history, { api: conn.api, store, toast, editor: editing.editor, timeline: editing.timeline });
  editing.mountDuplicates(shell.duplicates);
  mountStatusBar(shell.statusBar, {
    store,
    zoom: graph.zoom,
    renderer: graph.renderer,
    onViewport: graph.onViewport,
    transport: conn.transport,
  });
  registerCommands(commands, { conn, store, explorer, graph, search, toast, timeline: editing.timeline });
  registerIngest(commands, { api: conn.api, editor: editing.editor, store, toast });
  mountToolbar(shell.toolbar, { commands, store });
  mountStage(shell.stage, { store, onImport: () => commands.run('import'), onRetry: () => void explorer.load() });
  bindShortcuts(commands);
  conn.onEvent('menu:command', ({ command }) => void commands.run(command));

  const applyChrome = () => {
    const s = store.get();
    document.documentElement.dataset.theme = s.theme;
    root.dataset.panels = s.panels ? 'on' : 'off';
  };
  store.subscribe((s, prev) => {
    if (s.theme !== prev.theme) localStorage.setItem(THEME_KEY, s.theme);
    applyChrome();
  });
  applyChrome();
  installTestHook(store, graph, editing.busy);
  void explorer.load();
}

boot();
