// The ingestion calls of the contract (propose, commit, drafts), bound to the ingest service.
import type { ApiHandlers } from '../../graph-data/contract/api.ts';
import type { IngestApiResults } from '../../graph-data/contract/ingest-views.ts';
import type { Db } from '../db/open.ts';
import { commitIngest } from './ingest-commit.ts';
import { createIngestService } from './ingest-service.ts';

type IngestHandlers = Pick<ApiHandlers, keyof IngestApiResults>;

export function createIngestHandlers(db: Db, onChanged: () => void): IngestHandlers {
  const ingest = createIngestService(db);
  return {
    'ingest:propose': (a) => ingest.propose(a),
    'ingest:commit': (a) => {
      const r = commitIngest(db, a);
      if (a.draft) ingest.deleteDraft(a.draft);
      onChanged();
      return r;
    },
    'ingest:draft-save': (a) => ingest.saveDraft(a),
    'ingest:draft-list': (a) => ({ drafts: ingest.listDrafts(a.limit ?? 100) }),
    'ingest:draft-get': (a) => ingest.getDraft(a.id),
    'ingest:draft-delete': (a) => ({ deleted: ingest.deleteDraft(a.id) }),
  };
}
