// The editing calls of the contract (entities, sources, claims, merge, history), bound to the
// edit services. Every call that changes data reports it through the platform port.
import type { ApiHandlers, EditApiResults } from '../../graph-data/contract/api.ts';
import { ClaimscapeError } from '../../graph-data/model/errors.ts';
import type { Db } from '../db/open.ts';
import { createEditService } from './edit-service.ts';
import { createHistoryService } from './history-service.ts';
import { createMergeService } from './merge-service.ts';
import { createSourceReadRepo } from '../db/source-read-repo.ts';

type EditHandlers = Pick<ApiHandlers, keyof EditApiResults>;

export function createEditHandlers(db: Db, onChanged: () => void): EditHandlers {
  const history = createHistoryService(db);
  const edits = createEditService(db, history);
  const changed = <T>(v: T): T => {
    onChanged();
    return v;
  };
  const merges = createMergeService(db, history);
  const sources = createSourceReadRepo(db);
  return {
    'entity:create': (a) => changed(edits.createEntity(a)),
    'entity:update': (a) => changed(edits.updateEntity(a)),
    'entity:delete': (a) => changed(edits.deleteEntity(a.id, a.withClaims ?? false)),
    'source:create': (a) => changed(edits.createSource(a)),
    'source:update': (a) => changed(edits.updateSource(a)),
    'source:get': (a) => {
      const d = sources.sourceDetail(a.id);
      if (!d) throw new ClaimscapeError('not-found', 'no source has this id', { value: a.id });
      return d;
    },
    'source:search': (a) => ({ sources: sources.search(a.text, a.limit ?? 20) }),
    'claim:add': (a) => changed(edits.addClaim(a)),
    'claim:update': (a) => changed(edits.updateClaim(a)),
    'claim:delete': (a) => changed(edits.deleteClaim(a.id)),
    'entity:merge': (a) => changed(merges.merge(a.keep, a.drop, a.force ?? false)),
    'merge:suggest': (a) => merges.suggest(a.limit ?? 100),
    'history:list': (a) => history.list(a.limit ?? 50),
    'history:undo': () => changed(history.undo()),
    'history:redo': () => changed(history.redo()),
    'history:revert': (a) => changed(history.revert(a.seq)),
    'db:revision': () => ({ revision: history.revision() }),
  };
}
