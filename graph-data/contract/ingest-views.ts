// Result shapes of the ingestion calls (see ingest-schemas.ts for their arguments).
import type { IngestProposals } from '../ingest/types.ts';

/** Proposals for one article, with the text their offsets point into. */
export interface IngestProposalView extends IngestProposals {
  /** The text read: the file as given, or the article extracted from HTML. */
  text: string;
  format: 'text' | 'html';
}

export interface IngestCommitResult {
  source: string;
  /** New entities written, by proposal key. */
  entities: { key: string; id: string; label: string }[];
  aliases: number;
  claims: string[];
  relations: string[];
  /** The history entry ("Ingest: <title>") that undoes the whole commit, when history is kept. */
  historyLabel: string;
}

export interface IngestDraftSummary {
  id: string;
  title: string;
  characters: number;
  created: string;
  updated: string;
}

export interface IngestDraft {
  id: string;
  title: string;
  text: string;
  state: string;
  created: string;
  updated: string;
}

export interface IngestApiResults {
  'ingest:propose': IngestProposalView;
  'ingest:commit': IngestCommitResult;
  'ingest:draft-save': { id: string; updated: string };
  'ingest:draft-list': { drafts: IngestDraftSummary[] };
  'ingest:draft-get': IngestDraft;
  'ingest:draft-delete': { deleted: boolean };
}
