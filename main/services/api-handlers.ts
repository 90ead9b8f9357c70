// Binds every call of the contract to the services. Transports (IPC, HTTP) validate arguments
// with ARG_SCHEMAS first and then call these; platform-only work comes in through a port.
import type { ApiArgs, ApiHandlers } from '../../graph-data/contract/api.ts';
import type { Db } from '../db/open.ts';
import { createExportService } from './export-service.ts';
import { createGraphService } from './graph-service.ts';
import { createImportService, type ImportOptions } from './import-service.ts';
import type { ImportReport } from '../../graph-data/contract/views.ts';
import { ClaimscapeError } from '../../graph-data/model/errors.ts';
import { runImportInWorker, type RunningImport } from './import-runner.ts';
import { createEditHandlers } from './edit-handlers.ts';
import { toAsOf } from '../../graph-data/model/as-of.ts';
import { createIngestHandlers } from './ingest-handlers.ts';
import { createExportSaver, type ExportPort } from './export-save.ts';
import { createClaimDigests } from './claim-digests.ts';

/** What differs between the desktop app and the local server. */
export interface PlatformPort extends ExportPort {
  databaseFile: string;
  /** Saves bytes where the user chooses; the HTTP server has no dialog and answers saved: false. */
  saveFile(
    name: string,
    mediaType: string,
    data: Uint8Array,
  ): Promise<{ saved: boolean; path: string | null; dialog?: boolean }>;
  onDatabaseChanged?(): void;
  /** Progress of an import running on the worker thread (pushed to the window in Electron). */
  onImportProgress?(p: { phase: string; done: number; total: number }): void;
  /** Where the import worker bundle is; the default sits beside the running bundle. */
  workerFile?: string;
}

/** Imports bigger than this go to a worker thread with its own connection, so the UI never waits. */
export const WORKER_IMPORT_CHARS = 4 * 1024 * 1024;

export function createApiHandlers(db: Db, platform: PlatformPort): ApiHandlers {
  const graph = createGraphService(db);
  const importer = createImportService(db);
  const exporter = createExportService(db);
  const worker = createWorkerImports(platform);
  const saver = createExportSaver(db, platform.databaseFile, platform);
  const claimDigests = createClaimDigests(db);
  const importOpts = (a: ApiArgs<'import:run'>): ImportOptions => ({
    ...(a.format ? { format: a.format } : {}),
    ...(a.mergeBy ? { mergeBy: a.mergeBy } : {}),
    ...(a.resolve ? { resolve: a.resolve } : {}),
    parse: {
      createMissingNodes: a.createMissingNodes ?? false,
      ...(a.columns ? { columns: a.columns } : {}),
      ...(a.delimiter ? { delimiter: a.delimiter } : {}),
    },
  });
  return {
    'db:info': () => ({ file: platform.databaseFile, counts: graph.counts(), vocabulary: graph.vocabulary() }),
    'db:vocabulary': () => graph.vocabulary(),
    'graph:overview': (a) => graph.overview(a.cap, toAsOf(a)),
    'graph:neighbourhood': (a) => graph.neighbourhood(a.ids, a.depth ?? 1, a.filter ?? {}, a.cap, toAsOf(a)),
    'graph:subgraph': (a) => graph.subgraph(a.ids, a.cap, toAsOf(a)),
    'graph:path': (a) => graph.path(a.from, a.to, a.filter ?? {}, toAsOf(a), a.throughClaims ?? false),
    'search:run': (a) => graph.search(a.text, a.limit ?? 20),
    'entity:get': (a) => graph.entity(a.id, toAsOf(a)),
    'relation:get': (a) => graph.relation(a.id, toAsOf(a)),
    'claims:list': (a) => graph.claims(a, toAsOf(a)),
    'claims:digests': (a) => claimDigests.ofEntities(a.ids, a.cap),
    'import:preview': (a) => importer.preview(importer.parseText(a.name, a.text, importOpts(a))),
    'import:run': async (a) => {
      const report =
        a.text.length >= WORKER_IMPORT_CHARS && platform.databaseFile !== ':memory:'
          ? await worker.run(a.name, a.text, importOpts(a))
          : importer.importParsed(importer.parseText(a.name, a.text, importOpts(a)));
      platform.onDatabaseChanged?.();
      return report;
    },
    'import:cancel': () => ({ cancelled: worker.cancel() }),
    'export:subgraph': (a) => ({ files: exporter.answer(a.scope, a.format, toAsOf(a)) }),
    'file:save': async (a) => {
      const r = await platform.saveFile(
        a.name,
        a.mediaType,
        a.base64 ? Buffer.from(a.data, 'base64') : Buffer.from(a.data, 'utf8'),
      );
      return { saved: r.saved, path: r.path, dialog: r.dialog ?? false };
    },
    'export:save': (a) => saver.save(a),
    'export:cancel': () => ({ cancelled: saver.cancel() }),
    ...createEditHandlers(db, () => platform.onDatabaseChanged?.()),
    ...createIngestHandlers(db, () => platform.onDatabaseChanged?.()),
  };
}

/** One import at a time on the worker; its report is shaped like the in-process importer's. */
function createWorkerImports(platform: PlatformPort) {
  let running: RunningImport | null = null;
  return {
    async run(name: string, text: string, options: ImportOptions): Promise<ImportReport> {
      if (running) throw new ClaimscapeError('conflict', 'another import is still running');
      const job = runImportInWorker(
        platform.databaseFile,
        { kind: 'text', name, text, options },
        (p) => platform.onImportProgress?.(p),
        platform.workerFile ? { workerFile: platform.workerFile } : {},
      );
      running = job;
      try {
        const r = await job.promise;
        return {
          format: options.format ?? 'detected',
          file: name,
          entities: r.entities,
          relations: r.relations,
          claims: r.claims,
          sources: r.sources,
          inserted: r.inserted,
          updated: r.updated,
          unchanged: r.unchanged,
          warnings: [],
        };
      } finally {
        running = null;
      }
    },
    cancel(): boolean {
      running?.cancel();
      return running !== null;
    },
  };
}
