// export:save and export:cancel: an export of any size streamed where the platform puts it. The
// desktop app asks for a path (save dialog) and writes there with progress and cancel; the local
// server hands the export to its transport, which streams each file as a browser download.
import type { ApiArgs, ExportSaveResult } from '../../graph-data/contract/api.ts';
import { toAsOf } from '../../graph-data/model/as-of.ts';
import { ClaimscapeError } from '../../graph-data/model/errors.ts';
import type { Db } from '../db/open.ts';
import { exportFiles, exportToFile, writeExport, type ExportProgress, type TextSink } from './export-file.ts';
import { createExportService } from './export-service.ts';

/** One file of an export, ready to be written into a sink when the transport asks for it. */
export interface ExportDownload {
  name: string;
  mediaType: string;
  write(sink: TextSink, control: { cancelled: boolean }): Promise<void>;
}

/** How a platform delivers exports (PlatformPort): one of the two. */
export interface ExportPort {
  /** Asks where to save (the suggested name, the files' media types); null when the user cancelled. */
  chooseExportPath?(suggested: string, mediaTypes: string[]): Promise<string | null>;
  onExportProgress?(p: ExportProgress): void;
  /** Streams each file to whoever fetches its one-time address; returns the addresses. */
  offerDownloads?(files: ExportDownload[]): { name: string; url: string }[];
}

const NOTHING: ExportSaveResult = { saved: false, paths: [], rows: 0, downloads: [] };

export function createExportSaver(db: Db, databaseFile: string, port: ExportPort & { workerFile?: string }) {
  let running: { cancelled: boolean } | null = null;
  // Databases in memory have no file for a second connection: the export reads the open one, on
  // this thread but pausing as long as each chunk took. A file is read on a worker thread.
  const source = databaseFile === ':memory:' ? db : databaseFile;
  const where = {
    shareThread: true,
    inWorker: port.workerFile ? { workerFile: port.workerFile } : {},
  };

  async function save(a: ApiArgs<'export:save'>): Promise<ExportSaveResult> {
    const req = { scope: a.scope, format: a.format };
    const asOf = toAsOf(a);
    const files = exportFiles(a.format);
    if (a.scope.kind !== 'all') createExportService(db).entityKeys(a.scope); // not-found before any dialog
    const base = a.name ?? `claimscape-export${files.length > 1 ? '' : `-${files[0]?.name ?? 'graph'}`}`;
    const names = files.map((f) => (files.length > 1 ? `${base}-${f.name}` : base));
    if (port.offerDownloads) {
      const downloads = port.offerDownloads(
        files.map((f, i) => ({
          name: names[i] ?? f.name,
          mediaType: f.mediaType,
          write: async (sink, control) => {
            await writeExport(
              source,
              req,
              files.map((_, j) => (j === i ? sink : null)),
              { asOf, control, ...where },
            );
          },
        })),
      );
      return { ...NOTHING, downloads };
    }
    if (!port.chooseExportPath) return NOTHING; // a platform with neither (tests, tools) saves nothing
    if (running) throw new ClaimscapeError('conflict', 'another export is still being written');
    const control = { cancelled: false };
    running = control;
    try {
      const chosen = await port.chooseExportPath(
        base,
        files.map((f) => f.mediaType),
      );
      if (chosen === null) return NOTHING;
      // Several files: the chosen name is their prefix (a typed ".csv" is dropped).
      const path = files.length > 1 ? chosen.replace(/\.csv$/i, '') : chosen;
      const written = await exportToFile(source, req, path, {
        asOf,
        control,
        ...where,
        ...(port.onExportProgress ? { onProgress: port.onExportProgress } : {}),
      });
      return { ...NOTHING, saved: true, ...written };
    } finally {
      running = null;
    }
  }

  return {
    save,
    /** True when an export was running (it stops after its current page and leaves no file). */
    cancel(): boolean {
      if (running) running.cancelled = true;
      return running !== null;
    },
  };
}
