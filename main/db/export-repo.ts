// Reads a whole graph or a subgraph back as a GraphDocument (Claimscape JSON v1), with the
// claims on its relations, their sources, and the entities those refer to marked as context.
import type {
  Claim,
  Entity,
  GraphDocument,
  Relation,
  RelationStatus,
  Source,
  Stance,
} from '../../graph-data/model/types.ts';
import type { Db } from './open.ts';
import { fromJson } from './codec.ts';
import { createReadRepo } from './read-repo.ts';
import { repoOf } from './repos.ts';
import { createRedirectRepo } from './redirect-repo.ts';

type Row = Record<string, string | number | null>;
const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** `IN` a JSON array of integer keys bound as one parameter. */
export const IN_KEYS = 'IN (SELECT value FROM json_each(?))';

/** Each kind's columns as the paged exports read them (aliases and linked ids joined in). */
const PAGED = {
  entities: `SELECT e.eid, e.id, e.kind, e.label, e.description, e.attributes, e.external_ids,
      (SELECT json_group_array(json_object('text', text, 'lang', lang, 'form', form))
        FROM (SELECT text, lang, form FROM aliases a WHERE a.eid = e.eid ORDER BY lang, text)) AS alias_json
      FROM entities e`,
  relations: `SELECT r.id, s.id AS subject, r.predicate, o.id AS object, r.status FROM relations r
      CROSS JOIN entities s ON s.eid = r.subject CROSS JOIN entities o ON o.eid = r.object`,
  claims: `SELECT c.*, r.id AS relation_id, ce.id AS claimant_id, so.id AS source_id, ve.id AS via_id
      FROM claims c CROSS JOIN relations r ON r.rid = c.rid CROSS JOIN entities ce ON ce.eid = c.claimant
      CROSS JOIN sources so ON so.sid = c.sid LEFT JOIN entities ve ON ve.eid = c.reported_via`,
  sources: `SELECT so.*, pe.id AS publisher_id, cp.id AS copy_id FROM sources so LEFT JOIN entities pe ON pe.eid = so.publisher
      LEFT JOIN sources cp ON cp.sid = so.copy_of`,
};

export function createExportRepo(db: Db) {
  const read = repoOf(db, createReadRepo);
  const redirects = createRedirectRepo(db);
  const ids = (sql: string) => db.prepare(sql).pluck();
  const q = {
    allEids: ids('SELECT eid FROM entities'),
    allRids: ids('SELECT rid FROM relations'),
    allSids: ids('SELECT sid FROM sources'),
    entities: db.prepare(
      'SELECT eid, id, kind, label, description, attributes, external_ids FROM entities WHERE eid IN (SELECT value FROM json_each(?))',
    ),
    aliases: db.prepare('SELECT text, lang, form FROM aliases WHERE eid = ? ORDER BY lang, text'),
    relations: db.prepare(`SELECT r.id, s.id AS subject, r.predicate, o.id AS object, r.status FROM relations r
      JOIN entities s ON s.eid = r.subject JOIN entities o ON o.eid = r.object WHERE r.rid IN (SELECT value FROM json_each(?)) ORDER BY r.id`),
    claims:
      db.prepare(`SELECT c.*, r.id AS relation_id, ce.id AS claimant_id, ce.eid AS claimant_eid, so.id AS source_id, so.sid AS sid,
      ve.id AS via_id, ve.eid AS via_eid FROM claims c JOIN relations r ON r.rid = c.rid JOIN entities ce ON ce.eid = c.claimant
      JOIN sources so ON so.sid = c.sid LEFT JOIN entities ve ON ve.eid = c.reported_via
      WHERE c.rid IN (SELECT value FROM json_each(?)) ORDER BY c.id`),
    sources:
      db.prepare(`SELECT so.*, pe.id AS publisher_id, cp.id AS copy_id FROM sources so LEFT JOIN entities pe ON pe.eid = so.publisher
      LEFT JOIN sources cp ON cp.sid = so.copy_of WHERE so.sid IN (SELECT value FROM json_each(?)) ORDER BY so.id`),
    copyChain: ids('SELECT copy_of FROM sources WHERE sid = ?'),
    // Keyset pages of the whole graph in id order, for exports streamed to disk (export-file.ts),
    // and the same records for a page of keys (a selection's, export-scope.ts), in id order.
    entityPage: db.prepare(`${PAGED.entities} WHERE e.id > ? ORDER BY e.id LIMIT ?`),
    relationPage: db.prepare(`${PAGED.relations} WHERE r.id > ? ORDER BY r.id LIMIT ?`),
    claimPage: db.prepare(`${PAGED.claims} WHERE c.id > ? ORDER BY c.id LIMIT ?`),
    sourcePage: db.prepare(`${PAGED.sources} WHERE so.id > ? ORDER BY so.id LIMIT ?`),
    entityKeys: db.prepare(`${PAGED.entities} WHERE e.eid ${IN_KEYS} ORDER BY e.id`),
    relationKeys: db.prepare(`${PAGED.relations} WHERE r.rid ${IN_KEYS} ORDER BY r.id`),
    claimKeys: db.prepare(`${PAGED.claims} WHERE c.cid ${IN_KEYS} ORDER BY c.id`),
    sourceKeys: db.prepare(`${PAGED.sources} WHERE so.sid ${IN_KEYS} ORDER BY so.id`),
  };

  function entity(r: Row, context: boolean): Entity {
    const e: Entity = {
      id: String(r['id']),
      kind: String(r['kind']),
      label: String(r['label']),
      aliases: (r['alias_json'] !== undefined
        ? JSON.parse(String(r['alias_json']))
        : q.aliases.all(r['eid'])) as Entity['aliases'],
    };
    if (r['description'] !== null) e.description = String(r['description']);
    const attributes = fromJson<Entity['attributes']>(r['attributes'], undefined);
    const externalIds = fromJson<Entity['externalIds']>(r['external_ids'], undefined);
    if (attributes) e.attributes = attributes;
    if (externalIds) e.externalIds = externalIds;
    if (context) e.context = true;
    return e;
  }

  function claim(r: Row): Claim {
    const c: Claim = {
      id: String(r['id']),
      relation: String(r['relation_id']),
      claimant: String(r['claimant_id']),
      stance: r['stance'] as Stance,
      source: String(r['source_id']),
      stated: str(r['stated']),
    };
    const opt: [keyof Claim, unknown][] = [
      ['holdsFrom', r['holds_from']],
      ['holdsUntil', r['holds_until']],
      ['summary', r['summary']],
      ['excerpt', r['excerpt']],
      ['reportedVia', r['via_id']],
      ['confidence', r['confidence']],
    ];
    for (const [k, v] of opt) if (v !== null && v !== undefined) (c as unknown as Record<string, unknown>)[k] = v;
    if (r['loc_start'] !== null) c.locator = { start: Number(r['loc_start']), end: Number(r['loc_end']) };
    const attributes = fromJson<Claim['attributes']>(r['attributes'], undefined);
    if (attributes) c.attributes = attributes;
    return c;
  }

  function source(r: Row): Source {
    const s: Source = {
      id: String(r['id']),
      title: String(r['title']),
      publisher: str(r['publisher_id']),
      url: str(r['url']),
      language: str(r['language']),
      published: str(r['published']),
      retrieved: str(r['retrieved']),
    };
    if (r['text'] !== null) s.text = String(r['text']);
    if (r['sha256'] !== null) s.sha256 = String(r['sha256']);
    if (r['copy_id'] !== null) s.copyOf = String(r['copy_id']);
    if (r['format'] !== null) s.format = String(r['format']);
    return s;
  }

  /** The document for the given entities and relations (every relation's endpoints must be among the entities). */
  function documentFor(eids: number[] | 'all', rids: number[] | 'all'): GraphDocument {
    const selected = eids === 'all' ? (q.allEids.all() as number[]) : eids;
    const relIds = rids === 'all' ? (q.allRids.all() as number[]) : rids;
    const chosen = new Set(selected);
    const claimRows = q.claims.all(JSON.stringify(relIds)) as Row[];
    const sids = new Set<number>(
      eids === 'all' ? (q.allSids.all() as number[]) : claimRows.map((r) => Number(r['sid'])),
    );
    for (const sid of [...sids]) {
      for (
        let c = q.copyChain.get(sid) as number | null;
        c !== null && c !== undefined && !sids.has(c);
        c = q.copyChain.get(c) as number | null
      )
        sids.add(c);
    }
    const sourceRows = q.sources.all(JSON.stringify([...sids])) as Row[];
    const context = new Set<number>();
    for (const r of claimRows)
      for (const k of ['claimant_eid', 'via_eid'])
        if (r[k] !== null && !chosen.has(Number(r[k]))) context.add(Number(r[k]));
    for (const r of sourceRows)
      if (r['publisher'] !== null && !chosen.has(Number(r['publisher']))) context.add(Number(r['publisher']));
    const ents = [
      ...(q.entities.all(JSON.stringify(selected)) as Row[]).map((r) => entity(r, false)),
      ...(q.entities.all(JSON.stringify([...context])) as Row[]).map((r) => entity(r, true)),
    ].sort((a, b) => (a.context === b.context ? byId(a, b) : a.context ? 1 : -1));
    const relations = (q.relations.all(JSON.stringify(relIds)) as Row[]).map((r): Relation => ({
      id: String(r['id']),
      subject: String(r['subject']),
      predicate: String(r['predicate']),
      object: String(r['object']),
      status: r['status'] as RelationStatus,
    }));
    const vocab = read.vocabulary();
    // A whole-graph export carries the whole vocabulary, so an empty database that takes it holds the same.
    const whole = eids === 'all' && rids === 'all';
    const usedKinds = new Set(ents.map((e) => e.kind));
    const usedPreds = new Set(relations.map((r) => r.predicate));
    // Ids merged into the entities written here, so a link to one of them still finds its entity.
    const leading = eids === 'all' ? redirects.page('', -1) : redirects.leadingTo([...selected, ...context]);
    return {
      format: 'claimscape',
      version: 1,
      vocabulary: {
        kinds: vocab.kinds.filter((k) => whole || usedKinds.has(k.id)),
        predicates: vocab.predicates.filter((p) => whole || usedPreds.has(p.id)),
      },
      sources: sourceRows.map(source),
      entities: ents,
      relations,
      claims: claimRows.map(claim),
      ...(leading.length ? { redirects: leading } : {}),
    };
  }

  function records(kind: ExportPageKind, rows: Row[], context = false): (Entity | Source | Relation | Claim)[] {
    if (kind === 'entities') return rows.map((r) => entity(r, context));
    if (kind === 'sources') return rows.map(source);
    if (kind === 'claims') return rows.map(claim);
    return rows.map((r) => ({
      id: String(r['id']),
      subject: String(r['subject']),
      predicate: String(r['predicate']),
      object: String(r['object']),
      status: r['status'] as RelationStatus,
    }));
  }

  const byKind = {
    entities: [q.entityPage, q.entityKeys],
    sources: [q.sourcePage, q.sourceKeys],
    relations: [q.relationPage, q.relationKeys],
    claims: [q.claimPage, q.claimKeys],
  } as const;

  return {
    documentFor,
    /** The next `n` records of one kind after the id `after`, in id order (the whole graph, paged). */
    page: (kind: ExportPageKind, after: string, n: number) => records(kind, byKind[kind][0].all(after, n) as Row[]),
    /** The records with these keys, in id order (a selection's page); entities marked as context if asked. */
    keyed: (kind: ExportPageKind, keys: readonly number[], context = false) =>
      records(kind, byKind[kind][1].all(JSON.stringify(keys)) as Row[], context),
    vocabulary: () => read.vocabulary(),
  };
}

export type ExportPageKind = 'sources' | 'entities' | 'relations' | 'claims';

/** Ids in SQLite's BINARY order (code units), the order the paged whole-graph export writes. */
function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
