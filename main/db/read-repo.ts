// Reads records back as API views: entity and relation detail, counts, vocabulary.
import type {
  ClaimView,
  EdgeView,
  EntityDetail,
  EntityRef,
  GraphCounts,
  RelationDetail,
} from '../../graph-data/contract/views.ts';
import {
  STATUSES,
  type Alias,
  type EntityKind,
  type Predicate,
  type RelationStatus,
  type Vocabulary,
} from '../../graph-data/model/types.ts';
import type { Db } from './open.ts';
import { fromJson } from './codec.ts';

export const EDGE_COLS = `r.id AS id, s.id AS source, o.id AS target, r.predicate AS predicate, r.status AS status,
  r.claim_count AS claimCount, r.source_count AS sourceCount, r.first_stated AS firstStated, r.last_stated AS lastStated`;

export const CLAIM_SELECT = `SELECT c.id AS id, r.id AS relationId, c.stance AS stance, c.stated AS stated,
  c.holds_from AS holdsFrom, c.holds_until AS holdsUntil, c.summary AS summary, c.excerpt AS excerpt,
  ce.id AS cId, ce.label AS cLabel, ce.kind AS cKind,
  ve.id AS vId, ve.label AS vLabel, ve.kind AS vKind,
  so.id AS sId, so.title AS sTitle, so.url AS sUrl, so.language AS sLang, so.published AS sPub,
  pe.id AS pId, pe.label AS pLabel, pe.kind AS pKind
  FROM claims c JOIN relations r ON r.rid = c.rid JOIN entities ce ON ce.eid = c.claimant
  JOIN sources so ON so.sid = c.sid LEFT JOIN entities ve ON ve.eid = c.reported_via
  LEFT JOIN entities pe ON pe.eid = so.publisher`;

export type ClaimRow = Record<string, string | null> & { id: string; relationId: string; stance: ClaimView['stance'] };

function ref(id: string | null, label: string | null, kind: string | null): EntityRef | null {
  return id === null ? null : { id, label: label ?? id, kind: kind ?? 'other' };
}

export function toClaimView(r: ClaimRow): ClaimView {
  return {
    id: r.id,
    relationId: r.relationId,
    stance: r.stance,
    claimant: ref(r['cId'] ?? null, r['cLabel'] ?? null, r['cKind'] ?? null) as EntityRef,
    stated: r['stated'] ?? null,
    holdsFrom: r['holdsFrom'] ?? null,
    holdsUntil: r['holdsUntil'] ?? null,
    summary: r['summary'] ?? null,
    excerpt: r['excerpt'] ?? null,
    reportedVia: ref(r['vId'] ?? null, r['vLabel'] ?? null, r['vKind'] ?? null),
    source: {
      id: r['sId'] as string,
      title: r['sTitle'] as string,
      url: r['sUrl'] ?? null,
      language: r['sLang'] ?? null,
      published: r['sPub'] ?? null,
      publisher: ref(r['pId'] ?? null, r['pLabel'] ?? null, r['pKind'] ?? null),
    },
  };
}

export function createReadRepo(db: Db) {
  const q = {
    entity: db.prepare('SELECT eid, id, kind, label, description, attributes, external_ids FROM entities WHERE id = ?'),
    aliases: db.prepare('SELECT text, lang, form FROM aliases WHERE eid = ? ORDER BY lang, text'),
    relationsOf: db.prepare(`SELECT ${EDGE_COLS}, CASE WHEN r.subject = @a THEN 'out' ELSE 'in' END AS direction,
      CASE WHEN r.subject = @a THEN o.label ELSE s.label END AS otherLabel,
      CASE WHEN r.subject = @a THEN o.kind ELSE s.kind END AS otherKind
      FROM relations r JOIN entities s ON s.eid = r.subject JOIN entities o ON o.eid = r.object
      WHERE r.rid IN (SELECT rid FROM relations WHERE subject = @a UNION SELECT rid FROM relations WHERE object = @a)
      LIMIT @b`),
    statusCounts: db.prepare(`SELECT status, count(*) AS n FROM relations WHERE rid IN
      (SELECT rid FROM relations WHERE subject = ? UNION SELECT rid FROM relations WHERE object = ?) GROUP BY status`),
    claimsMade:
      db.prepare(`${CLAIM_SELECT} WHERE c.cid IN (SELECT cid FROM claims WHERE claimant = ? ORDER BY stated, cid LIMIT ?)
      ORDER BY c.stated, c.cid`),
    // The 200 claim ids are chosen from the claims_rid_digest index alone (rid, stated, ..., rowid), and only
    // those are joined: a hub's thousands of claims are never joined just to be cut.
    claimsAbout: db.prepare(`${CLAIM_SELECT} WHERE c.cid IN (SELECT cid FROM claims WHERE rid IN
      (SELECT rid FROM relations WHERE subject = @a UNION SELECT rid FROM relations WHERE object = @a) ORDER BY stated, cid LIMIT @b)
      ORDER BY c.stated, c.cid`),
    relation: db.prepare(`SELECT r.rid, r.id, r.predicate, r.status, r.source_count AS sourceCount,
      s.id AS sId, s.label AS sLabel, s.kind AS sKind, o.id AS oId, o.label AS oLabel, o.kind AS oKind
      FROM relations r JOIN entities s ON s.eid = r.subject JOIN entities o ON o.eid = r.object WHERE r.id = ?`),
    claimsOfRelation: db.prepare(`${CLAIM_SELECT} WHERE c.rid = ? ORDER BY c.stated, c.id`),
    kinds: db.prepare('SELECT id, label, shape, color, glyph FROM kinds ORDER BY id'),
    predicates: db.prepare(
      'SELECT id, label, inverse, symmetric, subject_kinds, object_kinds FROM predicates ORDER BY id',
    ),
  };

  return {
    entityDetail(id: string, cap = 500): EntityDetail | null {
      const e = q.entity.get(id) as Record<string, string | number | null> | undefined;
      if (!e) return null;
      const eid = e['eid'] as number;
      type Row = EdgeView & { direction: 'out' | 'in'; otherLabel: string; otherKind: string };
      const relations = (q.relationsOf.all({ a: eid, b: cap }) as Row[]).map(({ otherLabel, otherKind, ...r }) => ({
        ...r,
        other: { id: r.direction === 'out' ? r.target : r.source, label: otherLabel, kind: otherKind },
      }));
      const relationCounts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<RelationStatus, number>;
      for (const row of q.statusCounts.all(eid, eid) as { status: RelationStatus; n: number }[])
        relationCounts[row.status] = row.n;
      return {
        id: e['id'] as string,
        kind: e['kind'] as string,
        label: e['label'] as string,
        description: (e['description'] as string | null) ?? null,
        aliases: q.aliases.all(eid) as Alias[],
        attributes: fromJson(e['attributes'], {}),
        externalIds: fromJson(e['external_ids'], {}),
        relations,
        relationCounts,
        claimsMade: (q.claimsMade.all(eid, 200) as ClaimRow[]).map(toClaimView),
        claimsAbout: (q.claimsAbout.all({ a: eid, b: 200 }) as ClaimRow[]).map(toClaimView),
      };
    },
    relationDetail(id: string): RelationDetail | null {
      const r = q.relation.get(id) as Record<string, string | number> | undefined;
      if (!r) return null;
      return {
        id: r['id'] as string,
        predicate: r['predicate'] as string,
        status: r['status'] as RelationStatus,
        sourceCount: r['sourceCount'] as number,
        subject: { id: r['sId'] as string, label: r['sLabel'] as string, kind: r['sKind'] as string },
        object: { id: r['oId'] as string, label: r['oLabel'] as string, kind: r['oKind'] as string },
        claims: (q.claimsOfRelation.all(r['rid']) as ClaimRow[]).map(toClaimView),
      };
    },
    counts(): GraphCounts {
      const n = (sql: string) => (db.prepare(sql).pluck().get() as number) ?? 0;
      const group = (sql: string) =>
        Object.fromEntries((db.prepare(sql).all() as { k: string; n: number }[]).map((r) => [r.k, r.n]));
      return {
        entities: n('SELECT count(*) FROM entities'),
        relations: n('SELECT count(*) FROM relations'),
        claims: n('SELECT count(*) FROM claims'),
        sources: n('SELECT count(*) FROM sources'),
        aliases: n('SELECT count(*) FROM aliases'),
        byKind: group('SELECT kind AS k, count(*) AS n FROM entities GROUP BY kind'),
        byStatus: group('SELECT status AS k, count(*) AS n FROM relations GROUP BY status'),
      };
    },
    vocabulary(): Vocabulary {
      const kinds = (q.kinds.all() as Record<string, string>[]).map((k): EntityKind => ({
        id: k['id'] ?? '',
        label: fromJson(k['label'], { en: '' }),
        shape: k['shape'] ?? '',
        color: k['color'] ?? '',
        glyph: k['glyph'] ?? '',
      }));
      const predicates = (q.predicates.all() as Record<string, string | number>[]).map((p): Predicate => ({
        id: String(p['id']),
        label: fromJson(p['label'], { en: '' }),
        inverse: fromJson(p['inverse'], { en: '' }),
        symmetric: p['symmetric'] === 1,
        subjectKinds: fromJson(p['subject_kinds'], []),
        objectKinds: fromJson(p['object_kinds'], []),
      }));
      return { kinds, predicates };
    },
  };
}

export type ReadRepo = ReturnType<typeof createReadRepo>;
