// The whole store as DocumentPages: keyset pages in id order, the order a whole-graph export
// writes, so a format writer can stream a graph of any size. Each pass counts the rows it reads.
import type { AsOf } from '../../graph-data/model/as-of.ts';
import { relationAsOf } from '../../graph-data/model/as-of.ts';
import { documentAsOf } from '../../graph-data/model/document-as-of.ts';
import type {
  Claim,
  Entity,
  GraphDocument,
  Relation,
  RelationStatus,
  Source,
  Stance,
} from '../../graph-data/model/types.ts';
import type { Attributes, DocumentPages } from '../../graph-data/formats/stream.ts';
import { fromJson } from './codec.ts';
import { createExportRepo, type ExportPageKind } from './export-repo.ts';
import type { Db } from './open.ts';
import { createRedirectRepo } from './redirect-repo.ts';

/** Rows per page: small enough that reading and writing one page stalls the thread only briefly. */
export const PAGE = 500;

interface SliceRelation {
  rid: number;
  id: string;
  subject: string;
  subject_label: string;
  predicate: string;
  object: string;
  object_label: string;
  status: RelationStatus;
}

interface SliceClaim {
  id: string;
  relation: string;
  claimant: string;
  claimant_label: string;
  stance: Stance;
  stated: string | null;
  source: string;
  source_title: string;
  copy_of: string | null;
}

export interface StorePages extends DocumentPages {
  /** Rows read so far by every pass except the column pass (entities count their aliases). */
  readonly done: number;
  /** Records read so far (no aliases), against recordEstimate for progress. */
  readonly records: number;
}

export function createStorePages(db: Db, asOf: AsOf | null, pageSize = PAGE): StorePages {
  const repo = createExportRepo(db);
  const redirects = createRedirectRepo(db);
  const q = {
    relations: db.prepare(`SELECT r.rid, r.id, s.id AS subject, s.label AS subject_label, r.predicate, o.id AS object,
      o.label AS object_label, r.status FROM relations r CROSS JOIN entities s ON s.eid = r.subject
      CROSS JOIN entities o ON o.eid = r.object WHERE r.id > ? ORDER BY r.id LIMIT ?`),
    // Only what an edge summary reads: stance, date, the claimant's label and the source's title.
    claims:
      db.prepare(`SELECT c.id, r.id AS relation, ce.id AS claimant, ce.label AS claimant_label, c.stance, c.stated,
      so.id AS source, so.title AS source_title, cp.id AS copy_of FROM claims c CROSS JOIN relations r ON r.rid = c.rid
      CROSS JOIN entities ce ON ce.eid = c.claimant CROSS JOIN sources so ON so.sid = c.sid
      LEFT JOIN sources cp ON cp.sid = so.copy_of WHERE c.rid IN (SELECT value FROM json_each(?)) ORDER BY c.id`),
    attributes: db.prepare('SELECT id, attributes FROM entities WHERE id > ? ORDER BY id LIMIT ?'),
  };
  const vocabulary = repo.vocabulary();
  let done = 0;
  let records = 0;

  function* paged<T extends { id: string }>(kind: ExportPageKind): Iterable<T[]> {
    for (let after = ''; ;) {
      const rows = repo.page(kind, after, pageSize) as unknown as T[];
      for (const r of rows) done += 1 + ((r as Partial<Entity>).aliases?.length ?? 0);
      records += rows.length;
      yield rows;
      if (rows.length < pageSize) return;
      after = rows[rows.length - 1]?.id ?? after;
    }
  }

  // A relation page carries its claims (five or so each), so it holds fewer relations.
  const slicePage = Math.max(50, Math.floor(pageSize / 4));
  function* slices(): Iterable<GraphDocument> {
    for (let after = ''; ;) {
      const rows = q.relations.all(after, slicePage) as SliceRelation[];
      const slice = sliceOf(rows, q.claims.all(JSON.stringify(rows.map((r) => r.rid))) as SliceClaim[]);
      done += slice.relations.length;
      records += slice.relations.length;
      yield asOf ? documentAsOf(slice, asOf) : slice;
      if (rows.length < slicePage) return;
      after = rows[rows.length - 1]?.id ?? after;
    }
  }

  /** A small document: the relations, their claims, and just the labels and titles a summary shows. */
  function sliceOf(rows: SliceRelation[], claims: SliceClaim[]): GraphDocument {
    const labels = new Map<string, string>();
    const titles = new Map<string, Source>();
    for (const r of rows) labels.set(r.subject, r.subject_label).set(r.object, r.object_label);
    for (const c of claims) {
      labels.set(c.claimant, c.claimant_label);
      const s = { id: c.source, title: c.source_title, publisher: null, url: null, language: null, published: null };
      titles.set(c.source, { ...s, retrieved: null, ...(c.copy_of ? { copyOf: c.copy_of } : {}) });
    }
    return {
      format: 'claimscape',
      version: 1,
      vocabulary,
      sources: [...titles.values()],
      entities: [...labels].map(([id, label]) => ({ id, label, kind: '', aliases: [], context: true })),
      relations: rows.map((r) => ({
        id: r.id,
        subject: r.subject,
        predicate: r.predicate,
        object: r.object,
        status: r.status,
      })),
      claims: claims.map((c) => ({
        id: c.id,
        relation: c.relation,
        claimant: c.claimant,
        stance: c.stance,
        source: c.source,
        stated: c.stated,
      })),
    };
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
    get records() {
      return records;
    },
    vocabulary,
    sources: () => paged<Source>('sources'),
    entities: () => paged<Entity>('entities'),
    nodes: () => paged<Entity>('entities'),
    nodeAttributes: attributes,
    relations,
    relationSlices: slices,
    claims,
    redirects: function* () {
      for (let after = ''; ;) {
        const rows = redirects.page(after, pageSize);
        yield rows;
        if (rows.length < pageSize) return;
        after = rows[rows.length - 1]?.from ?? after;
      }
    },
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
