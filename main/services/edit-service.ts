// Editing use cases: each call is one transaction and one history entry with a readable label.
// batch() runs any number of operations as ONE entry (article ingestion: "Ingest: <title>").
import type {
  ClaimAddArgs,
  ClaimUpdateArgs,
  EntityCreateArgs,
  EntityUpdateArgs,
  SourceCreateArgs,
  SourceUpdateArgs,
} from '../../graph-data/contract/edit-schemas.ts';
import type { EditResult, HistoryKind } from '../../graph-data/contract/edit-views.ts';
import type { Db } from '../db/open.ts';
import { createEditRepo, type EditRepo } from '../db/edit-repo.ts';
import { createLookupRepo } from '../db/lookup-repo.ts';
import { ClaimscapeError } from '../../graph-data/model/errors.ts';
import { createClaimOps } from './claim-ops.ts';
import { createEntityOps, entityOf, type OpResult } from './entity-ops.ts';
import { createHistoryService, type HistoryService, type Recorded } from './history-service.ts';
import { createSourceOps } from './source-ops.ts';
import { createMergeService } from './merge-service.ts';
import { repoOf } from '../db/repos.ts';

/** The operations a batch may combine; they run inside its transaction and write no entry of their own. */
export interface EditOps {
  entity: ReturnType<typeof createEntityOps>;
  source: ReturnType<typeof createSourceOps>;
  claim: ReturnType<typeof createClaimOps>;
  repo: EditRepo;
}

export function createEditService(db: Db, history: HistoryService = createHistoryService(db)) {
  const repo = createEditRepo(db);
  const ops: EditOps = {
    entity: createEntityOps(repo),
    source: createSourceOps(repo),
    claim: createClaimOps(repo),
    repo,
  };

  function result(r: Recorded<OpResult>): EditResult {
    return {
      id: r.value.id,
      ...(r.value.relationId ? { relationId: r.value.relationId } : {}),
      entry: r.entry,
      changed: r.changed,
      warnings: r.value.warnings,
      revision: r.revision,
    };
  }
  const run = <T extends OpResult>(label: (v: T) => string, fn: () => T, kind: HistoryKind = 'edit') =>
    result(history.record(label, kind, fn));

  function claimLabel(verb: string, a: Partial<ClaimAddArgs>, relationId?: string): string {
    const name = (id: string | undefined) => (id ? entityOf(repo, id).label : '?');
    const what = a.subject ? `'${name(a.subject)}' ${a.predicate} '${name(a.object)}'` : relationId;
    const who = a.claimant ? ` (${name(a.claimant)} ${a.stance})` : '';
    return `${verb} claim: ${what ?? ''}${who}`;
  }

  const lookup = repoOf(db, createLookupRepo);
  const merges = createMergeService(db, history);
  return {
    ops,
    merge: merges.merge,
    /** An entity by id, merged-away id, exact label or alias (case-insensitive); never a fuzzy guess. */
    resolveEntity(name: string, field = 'entity'): string {
      const id = lookup.entityIdByName(name);
      if (!id)
        throw new ClaimscapeError('not-found', 'no entity has this id, label or alias', { path: field, value: name });
      return id;
    },
    createEntity: (a: EntityCreateArgs) =>
      run(
        (v) => `Add entity '${v.label}'`,
        () => ops.entity.create(a),
      ),
    updateEntity: (a: EntityUpdateArgs) =>
      run(
        (v) => `Edit entity '${v.label}'`,
        () => ops.entity.update(a),
      ),
    deleteEntity: (id: string, withClaims = false) =>
      run(
        (v) => `Delete entity '${v.label}'${removedText(v)}`,
        () => ops.entity.delete(id, withClaims),
        'delete',
      ),
    createSource: (a: SourceCreateArgs) =>
      run(
        (v) => `Add source '${v.label}'`,
        () => ops.source.create(a),
      ),
    updateSource: (a: SourceUpdateArgs) =>
      run(
        (v) => `Edit source '${v.label}'`,
        () => ops.source.update(a),
      ),
    addClaim: (a: ClaimAddArgs) =>
      run(
        () => claimLabel('Add', a),
        () => ops.claim.add(a),
      ),
    updateClaim: (a: ClaimUpdateArgs) =>
      run(
        (v) => `Edit claim ${a.id} on ${v.relationId ?? ''}`,
        () => ops.claim.update(a),
      ),
    deleteClaim: (id: string) =>
      run(
        (v) => `Delete claim ${id} on ${v.label}`,
        () => ops.claim.delete(id),
        'delete',
      ),
    /** Runs `fn` with the edit operations as one transaction and one history entry labelled `label`. */
    batch<T>(label: string, kind: HistoryKind, fn: (ops: EditOps) => T): Recorded<T> {
      return history.record(label, kind, () => fn(ops));
    },
  };
}

export type EditService = ReturnType<typeof createEditService>;

function removedText(v: OpResult & { removed?: { relations: number; claims: number } }): string {
  const n = v.removed;
  return n && (n.relations || n.claims) ? ` with ${n.relations} relation(s) and ${n.claims} claim(s)` : '';
}
