// What a piped import into an empty store derives from its entities alone while the sources,
// relations and claims still stream in. The writer runs one step at a time when it would otherwise
// wait for the reading thread (bulk-import-pipe.ts), so this work leaves the end of the import:
// the indexes of aliases, sources and entities (those that do not involve degrees, which need every
// relation), then the entity search index in slices of SLICE entities. What is not run by the end
// runs then; an entity written after the steps began means the entity search index is built again.
import type { Db } from './open.ts';
import { entityFtsSql, withBigFtsBuffers } from './bulk-import-search.ts';
import { withShortSorts } from './short-sorts.ts';

/** Entities per slice of the search index: about a second's work, so one step stays short. */
const SLICE = 200_000;

/** An index or trigger the finisher set aside (bulk-import-derive.ts). */
interface SavedObject {
  type: string;
  tbl: string;
  sql: string;
}

type Step = ['indexes' | 'search', () => void];

export function createEarlyDerivation(db: Db, saved: readonly SavedObject[]) {
  const covered = (ix: SavedObject) =>
    ix.type === 'index' &&
    (ix.tbl === 'sources' || ix.tbl === 'aliases' || (ix.tbl === 'entities' && !ix.sql.includes('degree')));
  let steps: Step[] | undefined;
  let done = 0;
  let late = false;

  function plan(): Step[] {
    const indexes = saved
      .filter(covered)
      .map((ix): Step => ['indexes', () => withShortSorts(db, () => db.exec(ix.sql))]);
    const last = Number(db.prepare('SELECT coalesce(max(eid), 0) FROM entities').pluck().get());
    const slices: Step[] = [];
    for (let from = 0; from < last; from += SLICE) {
      const scope = `WHERE e.eid > ${from} AND e.eid <= ${from + SLICE}`;
      slices.push(['search', () => withBigFtsBuffers(db, () => db.exec(entityFtsSql(scope)))]);
    }
    return [...indexes, ...slices];
  }

  return {
    /** Runs the next step; false when none is left. */
    step(): boolean {
      steps ??= plan();
      const next = steps[done];
      if (!next) return false;
      done++;
      next[1]();
      return true;
    },
    entityLate(): void {
      if (steps) late = true;
    },
    /** Whether this index is built by these steps (the finisher builds the others). */
    covers: (ix: SavedObject): boolean => covered(ix),
    /** The steps not run yet, or all of them when the writer never waited. */
    rest: (): Step[] => (steps ?? plan()).slice(done),
    /** The whole entity search index again, when an entity came after the steps began. */
    entitySearch: (): Step[] =>
      late
        ? [['search', () => withBigFtsBuffers(db, () => db.exec('DELETE FROM entity_fts').exec(entityFtsSql('')))]]
        : [],
  };
}
