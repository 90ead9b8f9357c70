// Id resolution for a bulk import: record ids (text) to rowids through JS maps, so references are
// checked without a SELECT each. In a store that was not empty (`db` given), misses fall back to the
// database; into an empty store the maps are the whole truth, and need no connection at all.
import { ClaimscapeError } from '../../graph-data/model/errors.ts';
import type { Db } from './open.ts';

export type IdMaps = ReturnType<typeof createIdMaps>;

/** The kinds and predicates a store knows, which an import's records may use. */
export function storeVocabulary(db: Db): { kinds: string[]; predicates: string[] } {
  return {
    kinds: db.prepare('SELECT id FROM kinds').pluck().all() as string[],
    predicates: db.prepare('SELECT id FROM predicates').pluck().all() as string[],
  };
}

export function createIdMaps(vocab: { kinds: string[]; predicates: string[] }, db?: Db) {
  const entities = new Map<string, number>();
  const sources = new Map<string, number>();
  const relations = new Map<string, number>();
  const lookup = (map: Map<string, number>, sql: string) => {
    const stmt = db?.prepare(sql).pluck();
    return (id: string): number | undefined => {
      const hit = map.get(id);
      if (hit !== undefined || !stmt) return hit;
      const row = stmt.get(id) as number | undefined;
      if (row !== undefined) map.set(id, row);
      return row;
    };
  };
  const entity = lookup(entities, 'SELECT eid FROM entities WHERE id = ?');
  const source = lookup(sources, 'SELECT sid FROM sources WHERE id = ?');
  // The error's path ("claim c-1.source") is put together only on a miss: millions of references
  // resolve, and a string made for each one would only feed the garbage collector.
  const need =
    (find: (id: string) => number | undefined, what: string) =>
    (id: string, record: string, recordId: string, field: string): number => {
      const v = find(id);
      if (v === undefined)
        throw new ClaimscapeError('validation-error', `refers to ${what} that does not exist`, {
          path: `${record} ${recordId}.${field}`,
          value: id,
        });
      return v;
    };
  return {
    entities,
    sources,
    relations,
    entity,
    source,
    relation: lookup(relations, 'SELECT rid FROM relations WHERE id = ?'),
    needEntity: need(entity, 'an entity'),
    needSource: need(source, 'a source'),
    kinds: new Set(vocab.kinds),
    predicates: new Set(vocab.predicates),
  };
}
