// The menu template as data: every item, its accelerator, and what clicking it does.
import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { createMenuTemplate, type MenuOptions } from '../../../main/app/menu.ts';

vi.mock('electron', () => ({}));

type Item = MenuItemConstructorOptions;

function build(platform: NodeJS.Platform, recent: string[] = []) {
  const actions = {
    newDatabase: vi.fn(),
    openDatabase: vi.fn(),
    openRecent: vi.fn(),
    clearRecent: vi.fn(),
    command: vi.fn(),
  };
  const opts: MenuOptions = { platform, appName: 'Claimscape', recent, devTools: false, actions };
  return { template: createMenuTemplate(opts), actions };
}

function all(items: readonly Item[]): Item[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? all(i.submenu) : [])]);
}
function byId(items: readonly Item[], id: string): Item {
  const found = all(items).find((i) => i.id === id);
  if (!found) throw new Error(`no menu item ${id}`);
  return found;
}
const click = (item: Item) => (item.click as () => void)();
const topLabels = (items: Item[]) => items.map((i) => i.label?.replace('&', '') ?? i.role);

describe('menu template', () => {
  it('has File, Edit, View, Help on Windows/Linux, and the app and Window menus on macOS', () => {
    expect(topLabels(build('linux').template)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(topLabels(build('darwin').template)).toEqual(['Claimscape', 'File', 'Edit', 'View', 'windowMenu', 'Help']);
  });

  it.each([
    ['command:undo', 'undo', 'CmdOrCtrl+Z'],
    ['command:redo', 'redo', 'CmdOrCtrl+Shift+Z'],
    ['command:find', 'find', 'CmdOrCtrl+F'],
    ['command:about', 'about', undefined],
  ])('%s sends menu command %s with the registered accelerator %s', (id, command, accelerator) => {
    const { template, actions } = build('linux');
    const item = byId(template, id);
    expect(item.accelerator).toBe(accelerator);
    expect(item.registerAccelerator).toBeUndefined();
    expect(item.role).toBeUndefined(); // a command, not a native role
    click(item);
    expect(actions.command).toHaveBeenCalledWith(command);
  });

  it.each([
    ['command:import', 'import', 'I'],
    ['command:export', 'export', 'E'],
    ['command:fit', 'fit', 'F'],
    ['command:zoom-in', 'zoom-in', 'Plus'],
    ['command:zoom-out', 'zoom-out', '-'],
    ['command:reset-layout', 'reset-layout', 'L'],
    ['command:toggle-panels', 'toggle-panels', '\\'],
    ['command:toggle-theme', 'toggle-theme', 'T'],
    ['command:shortcuts', 'shortcuts', '?'],
  ])('%s sends %s and shows the single key %s without registering it', (id, command, key) => {
    const { template, actions } = build('linux');
    const item = byId(template, id);
    // Registered, a bare key would be swallowed in every text field; the renderer handles it.
    expect(item).toMatchObject({ accelerator: key, registerAccelerator: false });
    expect(byId(build('win32').template, id)).toMatchObject({ accelerator: key, registerAccelerator: false });
    expect(byId(build('darwin').template, id).accelerator).toBeUndefined();
    click(item);
    expect(actions.command).toHaveBeenCalledWith(command);
  });

  it('Redo is Ctrl+Y on Windows', () => {
    expect(byId(build('win32').template, 'command:redo').accelerator).toBe('Ctrl+Y');
  });

  it('File has New, Open, Open Recent, Import, Export and Quit', () => {
    const { template, actions } = build('linux');
    expect(byId(template, 'new-database')).toMatchObject({ label: 'New Database…', accelerator: 'CmdOrCtrl+N' });
    expect(byId(template, 'open-database')).toMatchObject({ label: 'Open Database…', accelerator: 'CmdOrCtrl+O' });
    expect(byId(template, 'quit')).toMatchObject({ role: 'quit', accelerator: 'CmdOrCtrl+Q' });
    click(byId(template, 'new-database'));
    click(byId(template, 'open-database'));
    expect(actions.newDatabase).toHaveBeenCalledTimes(1);
    expect(actions.openDatabase).toHaveBeenCalledTimes(1);
    const file = template.find((i) => i.id === 'file')!.submenu as Item[];
    expect(file.map((i) => i.id ?? i.type)).toEqual([
      'new-database',
      'open-database',
      'open-recent',
      'separator',
      'command:import',
      'command:export',
      'separator',
      'quit',
    ]);
  });

  it('Open Recent lists the recent databases and opens the one clicked', () => {
    const { template, actions } = build('linux', ['/data/a.db', '/data/R&D/b.db']);
    const submenu = byId(template, 'open-recent').submenu as Item[];
    expect(submenu.slice(0, 2).map((i) => i.label)).toEqual(['a.db — /data', 'b.db — /data/R&&D']);
    click(submenu[1]!);
    expect(actions.openRecent).toHaveBeenCalledWith('/data/R&D/b.db');
    const mac = byId(build('darwin', ['/data/R&D/b.db']).template, 'open-recent').submenu as Item[];
    expect(mac[0]!.label).toBe('b.db — /data/R&D');
    click(byId(template, 'clear-recent'));
    expect(actions.clearRecent).toHaveBeenCalled();
  });

  it('Open Recent says so when empty', () => {
    const submenu = byId(build('linux').template, 'open-recent').submenu as Item[];
    expect(submenu[0]).toMatchObject({ enabled: false });
    expect(byId(build('linux').template, 'clear-recent').enabled).toBe(false);
  });

  it('Edit keeps native clipboard roles for text fields', () => {
    const edit = build('darwin').template.find((i) => i.id === 'edit')!.submenu as Item[];
    expect(edit.map((i) => i.role).filter(Boolean)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
  });

  it('macOS: About and Quit live in the app menu; Help has Keyboard Shortcuts', () => {
    const { template } = build('darwin');
    const app = template[0]!.submenu as Item[];
    expect(app.map((i) => i.id ?? i.role ?? i.type)).toContain('command:about');
    expect(app.find((i) => i.id === 'quit')).toMatchObject({ role: 'quit' });
    const file = template.find((i) => i.id === 'file')!.submenu as Item[];
    expect(file.some((i) => i.role === 'quit')).toBe(false);
    const help = template.find((i) => i.id === 'help')!.submenu as Item[];
    expect(help.map((i) => i.id)).toEqual(['command:shortcuts']);
  });

  it('offers Developer Tools only when asked', () => {
    const dev = createMenuTemplate({
      ...build('linux'),
      platform: 'linux',
      appName: 'C',
      recent: [],
      devTools: true,
      actions: build('linux').actions,
    });
    expect(all(dev).some((i) => i.role === 'toggleDevTools')).toBe(true);
    expect(all(build('linux').template).some((i) => i.role === 'toggleDevTools')).toBe(false);
  });
});
