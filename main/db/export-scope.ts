// What a selection or neighbourhood export holds, as integer keys in the order the file lists them,
// so the records themselves can be read a page at a time: the same choice of context entities,
// sources (with their copy chains), vocabulary and redirects as export-repo.ts documentFor makes.
import type { Redirect, Vocabulary } from '../../graph-data/model/types.ts';
import { IN_KEYS } from './export-repo.ts';
import type { Db } from './open.ts';
import { createReadRepo } from './read-repo.ts';
import { createRedirectRepo } from './redirect-repo.ts';
import { repoOf } from './repos.ts';

export interface ScopeKeys {
  /** The chosen entities, in id order. */
  entities: number[];
  /** Claimants, relays and publishers the chosen ones do not include, in id order (written as context). */
  context: number[];
  /** The context entities a relation ends on (drawn as nodes too), in id order. */
  contextNodes: number[];
  relations: number[];
  claims: number[];
  sources: number[];
  vocabulary: Vocabulary;
  redirects: Redirect[];
}

/** The keys of the document for these entities and relations (documentFor's choice, without the records). */
export function scopeKeys(db: Db, eids: readonly number[], rids: readonly number[]): ScopeKeys {
  const col = (sql: string) => db.prepare(sql).pluck();
  const q = {
    entities: col(`SELECT eid FROM entities WHERE eid ${IN_KEYS} ORDER BY id`),
    relations: col(`SELECT rid FROM relations WHERE rid ${IN_KEYS} ORDER BY id`),
    claims: col(`SELECT cid FROM claims WHERE rid ${IN_KEYS} ORDER BY id`),
    sources: col(`SELECT sid FROM sources WHERE sid ${IN_KEYS} ORDER BY id`),
    claimSources: col(`SELECT DISTINCT sid FROM claims WHERE rid ${IN_KEYS}`),
    speakers: col(`SELECT claimant FROM claims WHERE rid ${IN_KEYS} UNION SELECT reported_via FROM claims
      WHERE rid ${IN_KEYS} AND reported_via IS NOT NULL`),
    publishers: col(`SELECT DISTINCT publisher FROM sources WHERE sid ${IN_KEYS} AND publisher IS NOT NULL`),
    ends: col(
      `SELECT subject FROM relations WHERE rid ${IN_KEYS} UNION SELECT object FROM relations WHERE rid ${IN_KEYS}`,
    ),
    copyOf: col('SELECT copy_of FROM sources WHERE sid = ?'),
    kinds: col(`SELECT DISTINCT kind FROM entities WHERE eid ${IN_KEYS}`),
    predicates: col(`SELECT DISTINCT predicate FROM relations WHERE rid ${IN_KEYS}`),
  };
  const json = (keys: Iterable<number>) => JSON.stringify([...keys]);
  const ridJson = json(rids);
  const chosen = new Set(eids);
  const sids = new Set(q.claimSources.all(ridJson) as number[]);
  // The sources they copy, all the way along each chain (an import keeps a copy's original).
  for (const sid of [...sids])
    for (let c = q.copyOf.get(sid) as number | null; c !== null && c !== undefined && !sids.has(c);)
      c = (sids.add(c), q.copyOf.get(c) as number | null);
  const sidJson = json(sids);
  const context = new Set<number>();
  for (const eid of [...q.speakers.all(ridJson, ridJson), ...q.publishers.all(sidJson)] as number[])
    if (!chosen.has(eid)) context.add(eid);
  const contextKeys = q.entities.all(json(context)) as number[];
  const ends = new Set(q.ends.all(ridJson, ridJson) as number[]);
  const kinds = new Set(q.kinds.all(json([...chosen, ...context])) as string[]);
  const predicates = new Set(q.predicates.all(ridJson) as string[]);
  const vocab = repoOf(db, createReadRepo).vocabulary();
  return {
    entities: q.entities.all(json(chosen)) as number[],
    context: contextKeys,
    contextNodes: contextKeys.filter((eid) => ends.has(eid)),
    relations: q.relations.all(ridJson) as number[],
    claims: q.claims.all(ridJson) as number[],
    sources: q.sources.all(sidJson) as number[],
    vocabulary: {
      kinds: vocab.kinds.filter((k) => kinds.has(k.id)),
      predicates: vocab.predicates.filter((p) => predicates.has(p.id)),
    },
    redirects: createRedirectRepo(db).leadingTo([...chosen, ...context]),
  };
}
