// Native dialogs: choosing a database to open or create, saving bytes the renderer produced
// (file:save), where an export goes (export:save), and error boxes. The renderer never names a
// path; the user picks it here.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { dialog, type BaseWindow, type FileFilter, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { PlatformPort } from '../services/api-handlers.ts';

export const DATABASE_FILTERS: FileFilter[] = [{ name: 'Claimscape database', extensions: ['db', 'sqlite'] }];
const DATABASE_EXTENSIONS = ['.db', '.sqlite'];

export interface DialogContext {
  /** The window to attach the dialog to; null shows it unparented (macOS with no window open). */
  parent(): BaseWindow | null;
  /** Folder the dialogs start in (app.getPath('documents')). */
  defaultDir(): string;
}

async function saveDialog(ctx: DialogContext, opts: SaveDialogOptions): Promise<string | null> {
  const parent = ctx.parent();
  const r = parent ? await dialog.showSaveDialog(parent, opts) : await dialog.showSaveDialog(opts);
  return r.canceled || !r.filePath ? null : r.filePath;
}

async function openDialog(ctx: DialogContext, opts: OpenDialogOptions): Promise<string | null> {
  const parent = ctx.parent();
  const r = parent ? await dialog.showOpenDialog(parent, opts) : await dialog.showOpenDialog(opts);
  return r.canceled ? null : (r.filePaths[0] ?? null);
}

export function showError(title: string, message: string): void {
  dialog.showErrorBox(title, message);
}

export function chooseDatabaseToOpen(ctx: DialogContext): Promise<string | null> {
  return openDialog(ctx, {
    title: 'Open Database',
    defaultPath: ctx.defaultDir(),
    properties: ['openFile'],
    filters: DATABASE_FILTERS,
  });
}

/** Adds .db when the user typed a bare name (GTK dialogs do not add it). */
export function withDatabaseExtension(file: string): string {
  return DATABASE_EXTENSIONS.includes(extname(file).toLowerCase()) ? file : `${file}.db`;
}

/**
 * Asks where to create a new, empty database. An existing file is refused rather than replaced:
 * the dialog's "replace?" prompt is too easy to accept for a file that may hold someone's work.
 */
export async function chooseNewDatabaseFile(ctx: DialogContext): Promise<string | null> {
  const chosen = await saveDialog(ctx, {
    title: 'New Database',
    defaultPath: join(ctx.defaultDir(), 'Untitled.db'),
    filters: DATABASE_FILTERS,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (chosen === null) return null;
  const file = withDatabaseExtension(chosen);
  if (existsSync(file)) {
    showError('File already exists', `${file}\n\nChoose a new name, or use File ▸ Open Database… to open this file.`);
    return null;
  }
  return file;
}

function filtersFor(name: string, mediaType: string): FileFilter[] {
  const ext = extname(name).slice(1).toLowerCase();
  const kind = ext ? `${ext.toUpperCase()} file` : mediaType;
  return ext
    ? [
        { name: kind, extensions: [ext] },
        { name: 'All files', extensions: ['*'] },
      ]
    : [];
}

/** PlatformPort.saveFile for the desktop app: a save dialog, then the bytes written with fs. */
export function createSaveFile(ctx: DialogContext): PlatformPort['saveFile'] {
  return async (name, mediaType, data) => {
    const path = await saveDialog(ctx, {
      title: 'Save',
      defaultPath: join(ctx.defaultDir(), basename(name)),
      filters: filtersFor(name, mediaType),
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (path === null) return { saved: false, path: null, dialog: true };
    try {
      await writeFile(path, data);
    } catch (e) {
      showError('Could not save the file', `${path}\n\n${(e as Error).message}`);
      return { saved: false, path: null, dialog: true };
    }
    return { saved: true, path, dialog: true };
  };
}

/** ExportPort.chooseExportPath for the desktop app: the save dialog, offering the export's own extension. */
export function createChooseExportPath(ctx: DialogContext): NonNullable<PlatformPort['chooseExportPath']> {
  return (suggested, mediaTypes) =>
    saveDialog(ctx, {
      title: mediaTypes.length > 1 ? 'Export (a name for the files)' : 'Export',
      defaultPath: join(ctx.defaultDir(), basename(suggested)),
      filters: mediaTypes.length > 1 ? [] : filtersFor(suggested, mediaTypes[0] ?? ''),
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
}
