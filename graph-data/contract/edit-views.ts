// What the editing calls return: the change they made (one history entry), source details,
// merge suggestions and the edit history. Shapes shared by main, the renderer and the CLI.
import type { ClaimView, EdgeView, EntityRef, SourceView } from './views.ts';

/** One entry of the persistent edit history (an edit, merge, delete, import, ingest, undo target). */
export interface HistoryEntryView {
  seq: number;
  /** Readable, e.g. "Merge 'DPRK (dup)' into 'North Korea'". */
  label: string;
  kind: HistoryKind;
  /** ISO time the change was made. */
  at: string;
  /** 'done' entries can be undone (the newest first); 'undone' ones redone (the oldest first). */
  state: 'done' | 'undone';
}
export const HISTORY_KINDS = ['edit', 'merge', 'delete', 'import', 'ingest', 'revert'] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

/** Ids of what a change (or its undo/redo) touched, so views can refresh exactly that. */
export interface ChangedIds {
  entities: string[];
  relations: string[];
  claims: string[];
  sources: string[];
}

/** The answer of every call that changes data. */
export interface EditResult {
  /** Id of the record created or edited (entity, source, claim; merge: the kept entity). */
  id: string;
  /** For claim:add, the relation the claim landed on (created or reused). */
  relationId?: string;
  /** null when nothing changed (no history entry is written for an empty change). */
  entry: HistoryEntryView | null;
  changed: ChangedIds;
  warnings: string[];
  /** The database revision after the change (compare with db:revision). */
  revision: string;
}

export interface UndoResult {
  /** The entry undone, redone, or (revert) the new entry that reverted an older one. */
  entry: HistoryEntryView;
  changed: ChangedIds;
  revision: string;
}

export interface HistoryList {
  /** Newest first. */
  entries: HistoryEntryView[];
  /** What Undo would undo now, and what Redo would redo. */
  undo: HistoryEntryView | null;
  redo: HistoryEntryView | null;
  revision: string;
}

export interface SourceDetail extends SourceView {
  retrieved: string | null;
  copyOf: { id: string; title: string } | null;
  claimCount: number;
  /** Every claim the source carries, grouped by relation. */
  relations: { relation: EdgeView & { subject: EntityRef; object: EntityRef }; claims: ClaimView[] }[];
}

export interface MergeSuggestion {
  /** The entity to keep (more relations) and the one to fold into it. */
  keep: EntityRef & { degree: number };
  drop: EntityRef & { degree: number };
  reason: 'wikidata' | 'label';
  /** The shared Wikidata id, or the folded name both carry. */
  detail: string;
}
