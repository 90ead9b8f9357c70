// Export use case: choose what to export (whole graph, a selection, or a focus neighbourhood)
// and serialise it with any format in the registry.
import { MAX_ELEMENT_CAP } from '../../graph-data/contract/filters.ts';
import { ClaimscapeError } from '../../graph-data/model/errors.ts';
import type { GraphDocument } from '../../graph-data/model/types.ts';
import type { SerializedFiles } from '../../graph-data/formats/format.ts';
import { findFormat, FORMATS } from '../../graph-data/formats/registry.ts';
import type { Db } from '../db/open.ts';
import { createExportRepo } from '../db/export-repo.ts';
import { createGraphQueries } from '../db/graph-queries.ts';
import { createLookupRepo } from '../db/lookup-repo.ts';
import type { AsOf } from '../../graph-data/model/as-of.ts';
import { documentAsOf } from '../../graph-data/model/document-as-of.ts';
import { repoOf } from '../db/repos.ts';

/**
 * The most entities and relations export:subgraph puts in its one answer (built and formatted on
 * the calling thread): a selection or neighbourhood the size of a drawn view. Anything larger, and
 * the whole graph, goes through export:save, which streams from a worker.
 */
export const SUBGRAPH_ANSWER_CAP = MAX_ELEMENT_CAP;

export type ExportScope =
  | { kind: 'all' }
  | { kind: 'entities'; ids: string[]; relations?: string[] }
  | { kind: 'focus'; ids: string[]; depth: number };

export function createExportService(db: Db) {
  const repo = createExportRepo(db);
  const graph = repoOf(db, createGraphQueries);
  const lookup = repoOf(db, createLookupRepo);

  /** The scope's entity keys; not-found when one does not exist. Cheap: builds no document. */
  function entityKeys(scope: Exclude<ExportScope, { kind: 'all' }>): number[] {
    const eids = graph.eidsOf(scope.ids);
    if (eids.length < new Set(scope.ids).size)
      throw new ClaimscapeError('not-found', 'some entities to export do not exist', {
        value: scope.ids.join(', ').slice(0, 200),
      });
    return eids;
  }

  /**
   * The entity and relation keys a selection or neighbourhood holds. `cap`: the most entities +
   * relations; with `refuseOver`, more is `too-large` instead of cut.
   */
  function elements(
    scope: Exclude<ExportScope, { kind: 'all' }>,
    cap = MAX_ELEMENT_CAP * 5,
    refuseOver = false,
  ): { eids: number[]; rids: number[] } {
    const eids = entityKeys(scope);
    const within = (t: { nodes: Set<number> | number[]; edges: Set<number> | number[]; truncated: boolean }) => {
      if (refuseOver && t.truncated)
        throw new ClaimscapeError(
          'too-large',
          `more than ${cap} entities and relations to answer at once; export:save streams any size`,
          { path: 'scope' },
        );
      return { eids: [...t.nodes], rids: [...t.edges] };
    };
    if (scope.kind === 'focus') {
      const t = graph.neighbourhood(eids, Math.min(Math.max(scope.depth, 0), 3), {}, cap);
      if (scope.depth === 0) return within({ ...t, edges: graph.induced([...t.nodes], MAX_ELEMENT_CAP).edges });
      return within(t);
    }
    if (!scope.relations) return within(graph.induced(eids, cap));
    const rids = lookup.ridsOf(scope.relations);
    return within({ nodes: eids, edges: rids, truncated: eids.length + rids.length > cap });
  }

  function document(scope: ExportScope, cap = MAX_ELEMENT_CAP * 5, refuseOver = false): GraphDocument {
    if (scope.kind === 'all') return repo.documentFor('all', 'all');
    const { eids, rids } = elements(scope, cap, refuseOver);
    return repo.documentFor(eids, rids);
  }

  function serializeDoc(doc: () => GraphDocument, formatId: string, asOf: AsOf | null): SerializedFiles {
    const format = findFormat(formatId);
    if (!format)
      throw new ClaimscapeError(
        'bad-argument',
        `unknown export format (known: ${FORMATS.map((f) => f.id).join(', ')})`,
        {
          value: formatId,
        },
      );
    const d = doc();
    return format.serialize(asOf ? documentAsOf(d, asOf) : d, { pretty: true });
  }

  return {
    document,
    elements,
    entityKeys,
    /** As of a date, the document holds only what had been stated by then (model/document-as-of.ts). */
    serialize: (scope: ExportScope, formatId: string, asOf: AsOf | null = null): SerializedFiles =>
      serializeDoc(() => document(scope), formatId, asOf),
    /** export:subgraph: a selection or neighbourhood of at most SUBGRAPH_ANSWER_CAP entities and relations. */
    answer: (scope: Exclude<ExportScope, { kind: 'all' }>, formatId: string, asOf: AsOf | null = null) =>
      serializeDoc(() => document(scope, SUBGRAPH_ANSWER_CAP, true), formatId, asOf),
  };
}

export type ExportService = ReturnType<typeof createExportService>;
