// The one declaration of the API: every call's arguments and result, and every push event.
// The preload, the IPC handler table, the HTTP server and the renderer client all derive from it.
import type { z } from 'zod';
import type { SerializedFiles } from '../formats/format.ts';
import type { Vocabulary } from '../model/types.ts';
import type { ErrorCode } from '../model/errors.ts';
import type {
  DatabaseInfo,
  EntityDetail,
  GraphSlice,
  ImportPreview,
  ImportReport,
  PathResult,
  ClaimList,
  ClaimDigests,
  RelationDetail,
  SearchResult,
  SourceView,
} from './views.ts';
import type { ARG_SCHEMAS } from './schemas.ts';
import type { EditResult, HistoryList, MergeSuggestion, SourceDetail, UndoResult } from './edit-views.ts';
import type { IngestApiResults } from './ingest-views.ts';

type Args<K extends keyof typeof ARG_SCHEMAS> = z.infer<(typeof ARG_SCHEMAS)[K]>;

/** The editing calls (issue 8): every change is one transaction and one history entry. */
export interface EditApiResults {
  'entity:create': EditResult;
  'entity:update': EditResult;
  'entity:delete': EditResult;
  'source:create': EditResult;
  'source:update': EditResult;
  'source:get': SourceDetail;
  /** Sources of the whole database whose title, id or publisher matches the text (the claim form's picker). */
  'source:search': { sources: SourceView[] };
  'claim:add': EditResult;
  'claim:update': EditResult;
  'claim:delete': EditResult;
  'entity:merge': EditResult;
  'merge:suggest': { suggestions: MergeSuggestion[] };
  'history:list': HistoryList;
  'history:undo': UndoResult;
  'history:redo': UndoResult;
  /** Undoes an older entry as a new entry; refused when later entries touched the same records. */
  'history:revert': UndoResult;
  /** Cheap: changes whenever any connection commits a write (poll it to notice CLI edits). */
  'db:revision': { revision: string };
}

export interface ApiResults extends EditApiResults, IngestApiResults {
  'db:info': DatabaseInfo;
  'db:vocabulary': Vocabulary;
  'graph:overview': GraphSlice;
  'graph:neighbourhood': GraphSlice;
  'graph:subgraph': GraphSlice;
  'graph:path': PathResult;
  'search:run': SearchResult;
  'entity:get': EntityDetail;
  'relation:get': RelationDetail;
  /** Claims of some relations or by some claimants, as briefs (claims view, timeline, compare). */
  'claims:list': ClaimList;
  /** The relations among entities with all their claims in brief: the renderer derives any date from them. */
  'claims:digests': ClaimDigests;
  'import:preview': ImportPreview;
  'import:run': ImportReport;
  /** Cancels the import running on the worker, if any; it rolls back completely. */
  'import:cancel': { cancelled: boolean };
  'export:subgraph': { files: SerializedFiles };
  /** Saves bytes the renderer made (PNG, SVG, JSON) through the platform: a native dialog in Electron. */
  'file:save': {
    saved: boolean;
    path: string | null;
    /** false where there is no native dialog (HTTP): the renderer downloads instead */ dialog: boolean;
  };
  /**
   * Streams an export of any size and format to a file the user chooses (Electron: the save dialog;
   * progress as export:progress, stopped by export:cancel). Over HTTP nothing is written on the
   * server: `downloads` are one-time addresses the browser fetches, streamed as it reads them.
   */
  'export:save': ExportSaveResult;
  /** Stops the export being written; its file is not left behind. */
  'export:cancel': { cancelled: boolean };
}

export interface ExportSaveResult {
  saved: boolean;
  paths: string[];
  /** Rows read from the store (entities and their aliases, sources, relations, claims). */
  rows: number;
  downloads: { name: string; url: string }[];
}

export type ApiName = keyof ApiResults;
export type ApiArgs<K extends ApiName> = Args<K>;
export type ApiResult<K extends ApiName> = ApiResults[K];

/**
 * Every call once, checked against ApiResults both ways: a call missing here, or one that is not
 * in ApiResults, fails to compile. API_NAMES is derived from it (no zod, so the preload stays small).
 */
const API_CALLS = {
  'db:info': true,
  'db:vocabulary': true,
  'graph:overview': true,
  'graph:neighbourhood': true,
  'graph:subgraph': true,
  'graph:path': true,
  'search:run': true,
  'entity:get': true,
  'relation:get': true,
  'claims:list': true,
  'claims:digests': true,
  'import:preview': true,
  'import:run': true,
  'import:cancel': true,
  'export:subgraph': true,
  'file:save': true,
  'export:save': true,
  'export:cancel': true,
  'entity:create': true,
  'entity:update': true,
  'entity:delete': true,
  'source:create': true,
  'source:update': true,
  'source:get': true,
  'source:search': true,
  'claim:add': true,
  'claim:update': true,
  'claim:delete': true,
  'entity:merge': true,
  'merge:suggest': true,
  'history:list': true,
  'history:undo': true,
  'history:redo': true,
  'history:revert': true,
  'db:revision': true,
  'ingest:propose': true,
  'ingest:commit': true,
  'ingest:draft-save': true,
  'ingest:draft-list': true,
  'ingest:draft-get': true,
  'ingest:draft-delete': true,
} as const satisfies Record<ApiName, true>;
export const API_NAMES: readonly ApiName[] = Object.keys(API_CALLS) as ApiName[];

/** Fails to compile when ARG_SCHEMAS and ApiResults do not name the same calls. */
type SameKeys<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never] ? true : never;
export const CONTRACT_COMPLETE: SameKeys<typeof ARG_SCHEMAS, ApiResults> = true;

/** Push events from main to the renderer. */
export interface ApiEvents {
  'menu:command': { command: MenuCommand };
  'db:changed': { file: string };
  /** A large import running off the UI thread: phase and how far it got. */
  'import:progress': { phase: string; done: number; total: number };
  /** An export being written to the chosen file: rows read so far of the total. */
  'export:progress': { done: number; total: number };
}
export type ApiEventName = keyof ApiEvents;
export const API_EVENTS = [
  'menu:command',
  'db:changed',
  'import:progress',
  'export:progress',
] as const satisfies readonly ApiEventName[];

export const MENU_COMMANDS = [
  'import',
  'export',
  'undo',
  'redo',
  'find',
  'fit',
  'zoom-in',
  'zoom-out',
  'reset-layout',
  'toggle-panels',
  'toggle-theme',
  'toggle-claims',
  'about',
  'shortcuts',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface ApiError {
  code: ErrorCode;
  message: string;
}
export type ApiResponse<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** A handler for every call: a missing one fails to compile. */
export type ApiHandlers = { [K in ApiName]: (args: ApiArgs<K>) => ApiResult<K> | Promise<ApiResult<K>> };

/** What the renderer calls, whichever transport carries it. */
export type ApiClient = { [K in ApiName]: (args: ApiArgs<K>) => Promise<ApiResult<K>> };

/**
 * What the Electron preload exposes as `window.claimscape` through contextBridge: one function
 * per call (no raw ipcRenderer), each resolving to the response envelope, and a subscription
 * per push event. The IPC channel of a call is its name; of an event, `event:<name>`.
 */
export interface BridgeApi {
  calls: { [K in ApiName]: (args: ApiArgs<K>) => Promise<ApiResponse<ApiResult<K>>> };
  on<E extends ApiEventName>(event: E, listener: (payload: ApiEvents[E]) => void): () => void;
  platform: string;
}
export const BRIDGE_GLOBAL = 'claimscape';
