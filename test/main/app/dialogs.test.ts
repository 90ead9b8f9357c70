// Native dialogs, faked at the electron edge: saving renderer bytes, choosing a new database.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  chooseDatabaseToOpen,
  chooseNewDatabaseFile,
  createChooseExportPath,
  createSaveFile,
  withDatabaseExtension,
} from '../../../main/app/dialogs.ts';
import { electron, resetFakeElectron } from './fake-electron.ts';

vi.mock('electron', async () => (await import('./fake-electron.ts')).electron);

let dir: string;
const ctx = () => ({ parent: () => null, defaultDir: () => dir });
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'claimscape-dialogs-'))));
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  resetFakeElectron();
});

describe('createChooseExportPath (export:save)', () => {
  it('offers the export name with its extension, and answers null when cancelled', async () => {
    const target = join(dir, 'graph.gexf');
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
    const choose = createChooseExportPath(ctx());
    expect(await choose('claimscape-all.gexf', ['application/gexf+xml'])).toBe(target);
    const [opts] = electron.dialog.showSaveDialog.mock.calls[0] as [
      { defaultPath: string; filters: { extensions: string[] }[] },
    ];
    expect(opts.defaultPath).toBe(join(dir, 'claimscape-all.gexf'));
    expect(opts.filters[0]!.extensions).toEqual(['gexf']);
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await choose('tables', ['text/csv', 'text/csv', 'text/csv'])).toBeNull();
  });
});

describe('createSaveFile (file:save)', () => {
  it('writes the bytes where the user chose', async () => {
    const target = join(dir, 'graph.png');
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const bytes = new Uint8Array([137, 80, 78, 71, 0, 255]);
    expect(await createSaveFile(ctx())('graph.png', 'image/png', bytes)).toEqual({
      saved: true,
      path: target,
      dialog: true,
    });
    expect(new Uint8Array(readFileSync(target))).toEqual(bytes);
    const [opts] = electron.dialog.showSaveDialog.mock.calls[0] as [
      { defaultPath: string; filters: { extensions: string[] }[] },
    ];
    expect(opts.defaultPath).toBe(join(dir, 'graph.png'));
    expect(opts.filters[0]!.extensions).toEqual(['png']);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    expect(await createSaveFile(ctx())('graph.svg', 'image/svg+xml', new Uint8Array([1]))).toEqual({
      saved: false,
      path: null,
      dialog: true,
    });
  });

  it('reports a failed write in an error box and answers saved: false', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({
      canceled: false,
      filePath: join(dir, 'missing-folder', 'x.json'),
    });
    expect(await createSaveFile(ctx())('x.json', 'application/json', new Uint8Array([1]))).toEqual({
      saved: false,
      path: null,
      dialog: true,
    });
    expect(electron.dialog.showErrorBox).toHaveBeenCalled();
  });
});

describe('database dialogs', () => {
  it('New adds .db to a bare name', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(dir, 'mine') });
    expect(await chooseNewDatabaseFile(ctx())).toBe(join(dir, 'mine.db'));
    expect(withDatabaseExtension('/x/y.sqlite')).toBe('/x/y.sqlite');
    expect(withDatabaseExtension('/x/y.DB')).toBe('/x/y.DB');
  });

  it('New refuses to replace an existing file', async () => {
    const existing = join(dir, 'work.db');
    writeFileSync(existing, 'precious');
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: existing });
    expect(await chooseNewDatabaseFile(ctx())).toBeNull();
    expect(electron.dialog.showErrorBox).toHaveBeenCalled();
    expect(readFileSync(existing, 'utf8')).toBe('precious');
  });

  it('Open offers .db and .sqlite files and returns the choice', async () => {
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/x/a.sqlite'] });
    expect(await chooseDatabaseToOpen(ctx())).toBe('/x/a.sqlite');
    const [opts] = electron.dialog.showOpenDialog.mock.calls[0] as [
      { filters: { extensions: string[] }[]; properties: string[] },
    ];
    expect(opts.filters[0]!.extensions).toEqual(['db', 'sqlite']);
    expect(opts.properties).toEqual(['openFile']);
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    expect(await chooseDatabaseToOpen(ctx())).toBeNull();
    expect(existsSync('/x/a.sqlite')).toBe(false);
  });
});
