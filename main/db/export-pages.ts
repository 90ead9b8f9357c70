// The whole store as DocumentPages: keyset pages in id order, the order a whole-graph export
// writes, so a format writer can stream a graph of any size. Each pass counts the rows it reads.
import type { AsOf } from '../../graph-data/model/as-of.ts';
import { relationAsOf } from '../../graph-data/model/as-of.ts';
import { documentAsOf } from '../../graph-data/model/document-as-of.ts';
import type { Claim, Entity, GraphDocument, Relation, Source } from '../../graph-data/model/types.ts';
import type { Attributes, DocumentPages } from '../../graph-data/formats/stream.ts';
import { fromJson } from './codec.ts';
import { createExportRepo, type ExportPageKind } from './export-repo.ts';
import type { Db } from './open.ts';

export interface StorePages extends DocumentPages {
  /** Rows read so far by every pass (entities count their aliases); for progress. */
  readonly done: number;
}

export function createStorePages(db: Db, asOf: AsOf | null, pageSize = 2000): StorePages {
  const repo = createExportRepo(db);
  const q = {
    rids: db.prepare('SELECT rid, id, subject, object FROM relations WHERE id > ? ORDER BY id LIMIT ?'),
    attributes: db.prepare('SELECT id, attributes FROM entities WHERE id > ? ORDER BY id LIMIT ?'),
  };
  let done = 0;

  function* paged<T extends { id: string }>(kind: ExportPageKind): Iterable<T[]> {
    for (let after = ''; ;) {
      const rows = repo.page(kind, after, pageSize) as unknown as T[];
      for (const r of rows) done += 1 + ((r as Partial<Entity>).aliases?.length ?? 0);
      yield rows;
      if (rows.length < pageSize) return;
      after = rows[rows.length - 1]?.id ?? after;
    }
  }

  function* slices(): Iterable<GraphDocument> {
    for (let after = ''; ;) {
      const rows = q.rids.all(after, pageSize) as { rid: number; id: string; subject: number; object: number }[];
      const eids = [...new Set(rows.flatMap((r) => [r.subject, r.object]))];
      const slice = repo.documentFor(
        eids,
        rows.map((r) => r.rid),
      );
      done += slice.relations.length;
      yield asOf ? documentAsOf(slice, asOf) : slice;
      if (rows.length < pageSize) return;
      after = rows[rows.length - 1]?.id ?? after;
    }
  }

  function* attributes(): Iterable<Attributes[]> {
    for (let after = ''; ;) {
      const rows = q.attributes.all(after, pageSize) as { id: string; attributes: string | null }[];
      yield rows.map((r) => fromJson<Attributes>(r.attributes, undefined));
      if (rows.length < pageSize) return;
      after = rows[rows.length - 1]?.id ?? after;
    }
  }

  function* claims(): Iterable<Claim[]> {
    for (const page of paged<Claim>('claims')) yield asOf ? page.filter((c) => relationAsOf([c], asOf) !== null) : page;
  }

  function* relations(): Iterable<Relation[]> {
    if (!asOf) return yield* paged<Relation>('relations');
    for (const slice of slices()) yield slice.relations;
  }

  return {
    get done() {
      return done;
    },
    vocabulary: repo.vocabulary(),
    sources: () => paged<Source>('sources'),
    entities: () => paged<Entity>('entities'),
    nodes: () => paged<Entity>('entities'),
    nodeAttributes: attributes,
    relations,
    relationSlices: slices,
    claims,
  };
}

/** Rows a whole-graph export reads in one pass of each kind, for progress. */
export function storeRowCount(db: Db): number {
  return createExportRepo(db).totalRows();
}
