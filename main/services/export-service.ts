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

export type ExportScope =
  | { kind: 'all' }
  | { kind: 'entities'; ids: string[]; relations?: string[] }
  | { kind: 'focus'; ids: string[]; depth: number };

export function createExportService(db: Db) {
  const repo = createExportRepo(db);
  const graph = repoOf(db, createGraphQueries);
  const lookup = repoOf(db, createLookupRepo);

  function document(scope: ExportScope): GraphDocument {
    if (scope.kind === 'all') return repo.documentFor('all', 'all');
    const eids = graph.eidsOf(scope.ids);
    if (eids.length < new Set(scope.ids).size)
      throw new ClaimscapeError('not-found', 'some entities to export do not exist', {
        value: scope.ids.join(', ').slice(0, 200),
      });
    if (scope.kind === 'focus') {
      const t = graph.neighbourhood(eids, Math.min(Math.max(scope.depth, 0), 3), {}, MAX_ELEMENT_CAP * 5);
      if (scope.depth === 0)
        return repo.documentFor([...t.nodes], [...graph.induced([...t.nodes], MAX_ELEMENT_CAP).edges]);
      return repo.documentFor([...t.nodes], [...t.edges]);
    }
    const rids = scope.relations ? lookup.ridsOf(scope.relations) : [...graph.induced(eids, MAX_ELEMENT_CAP * 5).edges];
    return repo.documentFor(eids, rids);
  }

  return {
    document,
    /** As of a date, the document holds only what had been stated by then (model/document-as-of.ts). */
    serialize(scope: ExportScope, formatId: string, asOf: AsOf | null = null): SerializedFiles {
      const format = findFormat(formatId);
      if (!format)
        throw new ClaimscapeError(
          'bad-argument',
          `unknown export format (known: ${FORMATS.map((f) => f.id).join(', ')})`,
          { value: formatId },
        );
      const doc = document(scope);
      return format.serialize(asOf ? documentAsOf(doc, asOf) : doc, { pretty: true });
    },
  };
}

export type ExportService = ReturnType<typeof createExportService>;
