// Relation slices for streamed exports: a page of relations with their claims, and only the labels
// and source titles an edge summary shows (graph-data/formats/edge-summary.ts), as a small document.
import type { GraphDocument, RelationStatus, Source, Stance, Vocabulary } from '../../graph-data/model/types.ts';
import { IN_KEYS } from './export-repo.ts';
import type { Db } from './open.ts';

export interface SliceRelation {
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

export function createSliceReader(db: Db, vocabulary: Vocabulary | undefined) {
  const relations = `SELECT r.rid, r.id, s.id AS subject, s.label AS subject_label, r.predicate, o.id AS object,
      o.label AS object_label, r.status FROM relations r CROSS JOIN entities s ON s.eid = r.subject
      CROSS JOIN entities o ON o.eid = r.object`;
  const q = {
    after: db.prepare(`${relations} WHERE r.id > ? ORDER BY r.id LIMIT ?`),
    keys: db.prepare(`${relations} WHERE r.rid ${IN_KEYS} ORDER BY r.id`),
    // Only what an edge summary reads: stance, date, the claimant's label and the source's title.
    claims:
      db.prepare(`SELECT c.id, r.id AS relation, ce.id AS claimant, ce.label AS claimant_label, c.stance, c.stated,
      so.id AS source, so.title AS source_title, cp.id AS copy_of FROM claims c CROSS JOIN relations r ON r.rid = c.rid
      CROSS JOIN entities ce ON ce.eid = c.claimant CROSS JOIN sources so ON so.sid = c.sid
      LEFT JOIN sources cp ON cp.sid = so.copy_of WHERE c.rid ${IN_KEYS} ORDER BY c.id`),
  };

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

  return {
    /** The next `n` relations after the id `after`, in id order (the whole graph). */
    after: (after: string, n: number) => q.after.all(after, n) as SliceRelation[],
    /** The relations with these keys, in id order (a selection's page). */
    byKeys: (keys: readonly number[]) => q.keys.all(JSON.stringify(keys)) as SliceRelation[],
    /** These relations with their claims, as a document an edge summary reads. */
    slice: (rows: SliceRelation[]) =>
      sliceOf(rows, q.claims.all(JSON.stringify(rows.map((r) => r.rid))) as SliceClaim[]),
  };
}
