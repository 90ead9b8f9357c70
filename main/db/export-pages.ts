// The store as DocumentPages: the whole graph in keyset pages in id order, or a selection's records
// a page of keys at a time, so a format writer streams a graph of any size. Passes count their rows.
import type { AsOf } from '../../graph-data/model/as-of.ts';
import { relationAsOf } from '../../graph-data/model/as-of.ts';
import { documentAsOf } from '../../graph-data/model/document-as-of.ts';
import type { Claim, Entity, GraphDocument, Redirect, Relation, Source } from '../../graph-data/model/types.ts';
import type { Attributes, DocumentPages } from '../../graph-data/formats/stream.ts';
import { fromJson } from './codec.ts';
import { createExportRepo, IN_KEYS, type ExportPageKind } from './export-repo.ts';
import { createSliceReader } from './export-slices.ts';
import type { ScopeKeys } from './export-scope.ts';
import type { Db } from './open.ts';
import { createRedirectRepo } from './redirect-repo.ts';

/** Rows per page: small enough that reading and writing one page stalls the thread only briefly. */
export const PAGE = 500;

export interface StorePages extends DocumentPages {
  /** Rows read so far by every pass except the column pass (entities count their aliases). */
  readonly done: number;
  /** Records read so far (no aliases), against recordEstimate for progress. */
  readonly records: number;
}

/**
 * The store's pages: the whole graph, or (with `keys`) a selection or neighbourhood read a page of
 * keys at a time, so neither is ever held whole.
 */
export function createStorePages(
  db: Db,
  asOf: AsOf | null,
  o: { pageSize?: number; keys?: ScopeKeys } = {},
): StorePages {
  const pageSize = o.pageSize ?? PAGE;
  const keys = o.keys;
  const repo = createExportRepo(db);
  const redirects = createRedirectRepo(db);
  const q = {
    attributes: db.prepare('SELECT id, attributes FROM entities WHERE id > ? ORDER BY id LIMIT ?'),
    attributeKeys: db.prepare(`SELECT id, attributes FROM entities WHERE eid ${IN_KEYS} ORDER BY id`),
  };
  const vocabulary = keys ? keys.vocabulary : repo.vocabulary();
  const sliceReader = createSliceReader(db, vocabulary);
  let done = 0;
  let records = 0;

  /** Pages of rows: keyset pages of the whole table by id, or the rows of each page of `list`. */
  function* pagesOf<T>(
    list: readonly number[] | undefined,
    byKeys: (keys: readonly number[]) => T[],
    after: (id: string, n: number) => T[],
    idOf: (row: T) => string,
    n = pageSize,
  ): Iterable<T[]> {
    if (list) {
      for (let i = 0; i < list.length; i += n) yield byKeys(list.slice(i, i + n));
      return;
    }
    for (let last = ''; ;) {
      const rows = after(last, n);
      yield rows;
      if (rows.length < n) return;
      last = idOf(rows[rows.length - 1] as T) ?? last;
    }
  }

  function* paged<T extends { id: string }>(kind: ExportPageKind, list?: readonly number[], context = false) {
    const pages = pagesOf(
      list,
      (k) => repo.keyed(kind, k, context) as unknown as T[],
      (after, n) => repo.page(kind, after, n) as unknown as T[],
      (r) => r.id,
    );
    for (const rows of pages) {
      for (const r of rows) done += 1 + ((r as Partial<Entity>).aliases?.length ?? 0);
      records += rows.length;
      yield rows;
    }
  }

  function* entities(nodes: boolean): Iterable<Entity[]> {
    yield* paged<Entity>('entities', keys?.entities);
    if (keys) yield* paged<Entity>('entities', nodes ? keys.contextNodes : keys.context, true);
  }

  // A relation page carries its claims (five or so each), so it holds fewer relations.
  const slicePage = Math.max(50, Math.floor(pageSize / 4));
  function* slices(): Iterable<GraphDocument> {
    const pages = pagesOf(keys?.relations, sliceReader.byKeys, sliceReader.after, (r) => r.id, slicePage);
    for (const rows of pages) {
      const slice = sliceReader.slice(rows);
      done += slice.relations.length;
      records += slice.relations.length;
      yield asOf ? documentAsOf(slice, asOf) : slice;
    }
  }

  type AttributeRow = { id: string; attributes: string | null };
  function* attributes(): Iterable<Attributes[]> {
    const lists = keys ? [keys.entities, keys.contextNodes] : [undefined];
    for (const list of lists)
      for (const rows of pagesOf(
        list,
        (k) => q.attributeKeys.all(JSON.stringify(k)) as AttributeRow[],
        (after, n) => q.attributes.all(after, n) as AttributeRow[],
        (r) => r.id,
      ))
        yield rows.map((r) => fromJson<Attributes>(r.attributes, undefined));
  }

  function* claims(): Iterable<Claim[]> {
    for (const page of paged<Claim>('claims', keys?.claims))
      yield asOf ? page.filter((c) => relationAsOf([c], asOf) !== null) : page;
  }

  function* relations(): Iterable<Relation[]> {
    if (!asOf) return yield* paged<Relation>('relations', keys?.relations);
    for (const slice of slices()) yield slice.relations;
  }

  function* redirectPages(): Iterable<Redirect[]> {
    if (keys) return yield keys.redirects;
    yield* pagesOf(
      undefined,
      () => [],
      (after, n) => redirects.page(after, n),
      (r) => r.from,
    );
  }

  return {
    get done() {
      return done;
    },
    get records() {
      return records;
    },
    vocabulary,
    sources: () => paged<Source>('sources', keys?.sources),
    entities: () => entities(false),
    nodes: () => entities(true),
    nodeAttributes: attributes,
    relations,
    relationSlices: slices,
    claims,
    redirects: redirectPages,
  };
}

/**
 * About how many records (entities, sources, relations, claims) the store holds, for progress:
 * the highest keys, read from the tables' B-tree ends in microseconds (count(*) takes a quarter of
 * a second at 1M entities, which would stall the thread that answers people).
 */
export function recordEstimate(db: Db): number {
  const max = (t: string, k: string) => `(SELECT coalesce(max(${k}), 0) FROM ${t})`;
  const sql = `SELECT ${max('entities', 'eid')} + ${max('sources', 'sid')} + ${max('relations', 'rid')} + ${max('claims', 'cid')}`;
  return Number(db.prepare(sql).pluck().get());
}
