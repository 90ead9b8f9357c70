// The editing calls of the contract (entities, sources, claims, merge, history), bound to the
// edit services. Every call that changes data reports it through the platform port.
import type { ApiHandlers, EditApiResults } from '../../graph-data/contract/api.ts';
import { ClaimscapeError } from '../../graph-data/model/errors.ts';
import type { Db } from '../db/open.ts';

type EditHandlers = Pick<ApiHandlers, keyof EditApiResults>;

export function createEditHandlers(_db: Db, _onChanged: () => void): EditHandlers {
  const todo = (): never => {
    throw new ClaimscapeError('conflict', 'not implemented yet');
  };
  return {
    'entity:create': todo,
    'entity:update': todo,
    'entity:delete': todo,
    'source:create': todo,
    'source:update': todo,
    'source:get': todo,
    'claim:add': todo,
    'claim:update': todo,
    'claim:delete': todo,
    'entity:merge': todo,
    'merge:suggest': todo,
    'history:list': todo,
    'history:undo': todo,
    'history:redo': todo,
    'history:revert': todo,
    'db:revision': todo,
  };
}
