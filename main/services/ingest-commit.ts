// Writes reviewed ingestion proposals: source, new entities, aliases, relations and claims, in one
// transaction recorded as one history entry "Ingest: <title>" through the edit write path.
import type { ApiArgs } from '../../graph-data/contract/api.ts';
import type { IngestCommitResult } from '../../graph-data/contract/ingest-views.ts';
import { ClaimscapeError } from '../../graph-data/model/errors.ts';
import type { Db } from '../db/open.ts';

/** The commit call's arguments; acceptAbove's result fits them too. */
export type IngestCommitArgs = ApiArgs<'ingest:commit'>;

export function commitIngest(_db: Db, _args: IngestCommitArgs): IngestCommitResult {
  throw new ClaimscapeError('conflict', 'committing ingested proposals waits for the edit write path (issue 8)');
}
