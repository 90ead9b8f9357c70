// The application menu as data. Graph actions are sent to the renderer as menu:command events;
// Undo/Redo are commands too (not roles), so the renderer decides between undoing a graph
// action and undoing text in a focused field. Only clipboard items and Quit use native roles.
// Accelerators mirror the renderer's KEYMAP (renderer/features/shortcuts/keymap.ts).
import { basename, dirname } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../graph-data/contract/api.ts';

export interface MenuActions {
  newDatabase(): void;
  openDatabase(): void;
  openRecent(file: string): void;
  clearRecent(): void;
  command(command: MenuCommand): void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  recent: readonly string[];
  /** Adds View ▸ Toggle Developer Tools (unpackaged builds only). */
  devTools: boolean;
  actions: MenuActions;
}

type Item = MenuItemConstructorOptions;
const separator: Item = { type: 'separator' };

/** Windows and Linux menus treat '&' as a mnemonic marker; a literal one is written '&&'. */
const escapeLabel = (o: MenuOptions, s: string): string => (o.platform === 'darwin' ? s : s.replaceAll('&', '&&'));
/** Top-level label with an Alt mnemonic on Windows/Linux; macOS has no mnemonics. */
const top = (o: MenuOptions, label: string): string => (o.platform === 'darwin' ? label : `&${label}`);

function cmd(o: MenuOptions, label: string, command: MenuCommand, accelerator?: string): Item {
  const item: Item = { id: `command:${command}`, label, click: () => o.actions.command(command) };
  if (accelerator === undefined) return item;
  // A single-key accelerator would swallow that key in every text field, so it is only shown
  // (Windows/Linux) and the renderer's own key handler runs it; macOS cannot show one without
  // registering it, so there the item has none.
  const bare = !/[+]/.test(accelerator);
  if (!bare) return { ...item, accelerator };
  return o.platform === 'darwin' ? item : { ...item, accelerator, registerAccelerator: false };
}

function recentMenu(o: MenuOptions): Item {
  const items: Item[] = o.recent.map((file) => ({
    label: escapeLabel(o, `${basename(file)} — ${dirname(file)}`),
    click: () => o.actions.openRecent(file),
  }));
  const tail: Item[] = [
    separator,
    { id: 'clear-recent', label: 'Clear Recent', enabled: o.recent.length > 0, click: () => o.actions.clearRecent() },
  ];
  return {
    id: 'open-recent',
    label: 'Open Recent',
    submenu: items.length ? [...items, ...tail] : [{ label: 'No Recent Databases', enabled: false }, ...tail],
  };
}

function fileMenu(o: MenuOptions): Item {
  const quit: Item[] =
    o.platform === 'darwin' ? [] : [separator, { id: 'quit', label: 'Quit', role: 'quit', accelerator: 'CmdOrCtrl+Q' }];
  return {
    id: 'file',
    label: top(o, 'File'),
    submenu: [
      { id: 'new-database', label: 'New Database…', accelerator: 'CmdOrCtrl+N', click: () => o.actions.newDatabase() },
      {
        id: 'open-database',
        label: 'Open Database…',
        accelerator: 'CmdOrCtrl+O',
        click: () => o.actions.openDatabase(),
      },
      recentMenu(o),
      separator,
      cmd(o, 'Import…', 'import', 'I'),
      cmd(o, 'Export…', 'export', 'E'),
      ...quit,
    ],
  };
}

function editMenu(o: MenuOptions): Item {
  return {
    id: 'edit',
    label: top(o, 'Edit'),
    submenu: [
      cmd(o, 'Undo', 'undo', 'CmdOrCtrl+Z'),
      cmd(o, 'Redo', 'redo', o.platform === 'win32' ? 'Ctrl+Y' : 'CmdOrCtrl+Shift+Z'),
      separator,
      // Native roles: without them clipboard shortcuts do not work in text fields on macOS.
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      separator,
      cmd(o, 'Find…', 'find', 'CmdOrCtrl+F'),
    ],
  };
}

function viewMenu(o: MenuOptions): Item {
  const dev: Item[] = o.devTools ? [separator, { role: 'toggleDevTools' }] : [];
  return {
    id: 'view',
    label: top(o, 'View'),
    submenu: [
      cmd(o, 'Fit Graph', 'fit', 'F'),
      cmd(o, 'Zoom In', 'zoom-in', 'Plus'),
      cmd(o, 'Zoom Out', 'zoom-out', '-'),
      cmd(o, 'Reset Layout', 'reset-layout', 'L'),
      separator,
      cmd(o, 'Toggle Panels', 'toggle-panels', '\\'),
      cmd(o, 'Dark / Light Theme', 'toggle-theme', 'T'),
      cmd(o, 'Claims View', 'toggle-claims', 'C'),
      ...dev,
    ],
  };
}

function helpMenu(o: MenuOptions): Item {
  const about: Item[] = o.platform === 'darwin' ? [] : [separator, cmd(o, `About ${o.appName}`, 'about')];
  return {
    id: 'help',
    label: top(o, 'Help'),
    role: 'help',
    submenu: [cmd(o, 'Keyboard Shortcuts', 'shortcuts', '?'), ...about],
  };
}

function macAppMenu(o: MenuOptions): Item {
  return {
    id: 'app',
    label: o.appName,
    submenu: [
      cmd(o, `About ${o.appName}`, 'about'),
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { id: 'quit', label: `Quit ${o.appName}`, role: 'quit', accelerator: 'CmdOrCtrl+Q' },
    ],
  };
}

export function createMenuTemplate(o: MenuOptions): Item[] {
  const mac: Item[] = o.platform === 'darwin' ? [macAppMenu(o)] : [];
  const windowMenu: Item[] = o.platform === 'darwin' ? [{ role: 'windowMenu' }] : [];
  return [...mac, fileMenu(o), editMenu(o), viewMenu(o), ...windowMenu, helpMenu(o)];
}
