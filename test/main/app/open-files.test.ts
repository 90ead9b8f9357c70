// Files the OS opens with the app (.claimscape.json by association): argv of this launch or of a
// second one, macOS open-file. Electron is faked; the import runs for real into a temporary database.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startApp } from '../../../main/app/app-shell.ts';
import { associatedFiles, createFileOpener } from '../../../main/app/open-files.ts';
import { electron, FakeBrowserWindow, resetFakeElectron } from './fake-electron.ts';

vi.mock('electron', async () => (await import('./fake-electron.ts')).electron);

/** A statement of our own: one new entity linked to the seed's North Korea by one claim. */
const DOC = {
  format: 'claimscape',
  version: 1,
  sources: [{ id: 'assoc-src', title: 'Association test bulletin', publisher: null }],
  entities: [{ id: 'assoc-drone', kind: 'weapon-system', label: 'Association Drone', aliases: [] }],
  relations: [{ id: 'nk--supplies--assoc', subject: 'north-korea', predicate: 'supplies', object: 'assoc-drone' }],
  claims: [
    {
      id: 'assoc-c1',
      relation: 'nk--supplies--assoc',
      claimant: 'volodymyr-zelensky',
      stance: 'asserts',
      source: 'assoc-src',
      stated: '2024-11',
    },
  ],
};

let dir: string;
const tick = () => new Promise((r) => setTimeout(r, 0));
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'claimscape-open-'));
  resetFakeElectron();
  electron.app.paths.set('appData', join(dir, 'config'));
  electron.app.paths.set('documents', join(dir, 'docs'));
  vi.stubEnv('CLAIMSCAPE_DB', '');
});
afterEach(() => {
  electron.app.emit('will-quit');
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

function writeDoc(name: string, content: unknown = DOC): string {
  const file = join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  return file;
}

async function startedApp() {
  expect(startApp()).toBe(true);
  electron.app.fireReady();
  await tick();
  const win = FakeBrowserWindow.instances[0]!;
  const trusted = { sender: win.webContents, senderFrame: win.webContents.mainFrame };
  const entities = async () => {
    const r = (await electron.ipcMain.invoke(trusted, 'db:info', {})) as { value: { counts: { entities: number } } };
    return r.value.counts.entities;
  };
  return { win, entities };
}

describe.skipIf(process.platform === 'win32')('associatedFiles (POSIX paths)', () => {
  it('turns file:// URLs (a Linux desktop entry with %U) into paths', () => {
    expect(associatedFiles(['claimscape', 'file:///home/u/My%20Graph.claimscape.json'], '/tmp')).toEqual([
      '/home/u/My Graph.claimscape.json',
    ]);
  });

  it('picks .claimscape.json arguments (any case), skips switches, resolves against cwd', () => {
    const argv = ['/opt/c/claimscape', '--inspect=0', 'notes/a.claimscape.json', '/abs/B.CLAIMSCAPE.JSON', 'x.json'];
    expect(associatedFiles(argv, '/home/u')).toEqual([
      join('/home/u', 'notes/a.claimscape.json'),
      '/abs/B.CLAIMSCAPE.JSON',
    ]);
  });
});

describe('createFileOpener', () => {
  it('holds files until ready, then imports them one at a time in order', async () => {
    const seen: string[] = [];
    let release: () => void = () => undefined;
    const first = new Promise<void>((r) => (release = r));
    const opener = createFileOpener(async (f) => {
      seen.push(`start ${f}`);
      if (f === 'a') await first;
      seen.push(`end ${f}`);
    });
    opener.open(['a', 'b']);
    expect(seen).toEqual([]);
    opener.ready();
    await tick();
    expect(seen).toEqual(['start a']);
    release();
    await vi.waitFor(() => expect(seen).toEqual(['start a', 'end a', 'start b', 'end b']));
  });
});

describe('the app opens associated files', () => {
  it('imports a file macOS sent with open-file before ready, and tells the renderer', async () => {
    const file = writeDoc('sent.claimscape.json');
    startApp();
    const event = { preventDefault: vi.fn() };
    electron.app.emit('open-file', event, file);
    expect(event.preventDefault).toHaveBeenCalled();
    electron.app.fireReady();
    await tick();
    const win = FakeBrowserWindow.instances[0]!;
    await vi.waitFor(() => expect(win.webContents.send).toHaveBeenCalledWith('event:db:changed', expect.anything()));
    const trusted = { sender: win.webContents, senderFrame: win.webContents.mainFrame };
    const r = (await electron.ipcMain.invoke(trusted, 'entity:get', { id: 'assoc-drone' })) as { ok: boolean };
    expect(r.ok).toBe(true);
  });

  it("imports a file named on a second launch's command line, relative to that launch's folder", async () => {
    const { win, entities } = await startedApp();
    const before = await entities();
    mkdirSync(join(dir, 'work'));
    writeDoc(join('work', 'second.claimscape.json'));
    win.webContents.send.mockClear();
    electron.app.emit('second-instance', {}, ['/opt/c/claimscape', 'second.claimscape.json'], join(dir, 'work'));
    expect(win.focus).toHaveBeenCalled();
    await vi.waitFor(() => expect(win.webContents.send).toHaveBeenCalledWith('event:db:changed', expect.anything()));
    expect(await entities()).toBe(before + 1);
  });

  it('shows an error naming the file and the problem, and changes nothing, for a broken file', async () => {
    const { entities } = await startedApp();
    const before = await entities();
    const file = writeDoc('broken.claimscape.json', '{"format":"claimscape","version":7}');
    electron.app.emit('second-instance', {}, ['claimscape', file], dir);
    await vi.waitFor(() => expect(electron.dialog.showErrorBox).toHaveBeenCalled());
    const [title, message] = electron.dialog.showErrorBox.mock.lastCall as [string, string];
    expect(title).toBe('Could not import the file');
    expect(message).toContain(file);
    expect(message).toContain('unsupported-version');
    expect(await entities()).toBe(before);
  });

  it('reports a file that cannot be read', async () => {
    await startedApp();
    const missing = join(dir, 'gone.claimscape.json');
    electron.app.emit('second-instance', {}, ['claimscape', missing], dir);
    await vi.waitFor(() => expect(electron.dialog.showErrorBox).toHaveBeenCalled());
    expect((electron.dialog.showErrorBox.mock.lastCall as [string, string])[1]).toContain(missing);
  });
});

describe('--user-data-dir', () => {
  it('puts the per-user files in the folder the switch names', async () => {
    electron.app.switches.set('user-data-dir', join(dir, 'fresh-profile'));
    startApp();
    expect(electron.app.setPath).toHaveBeenCalledWith('userData', join(dir, 'fresh-profile'));
  });
});
