// What a piped import into an empty store derives while the sources, relations and claims still
// stream in. The writer runs one step at a time when it would otherwise wait for the reading thread
// (bulk-import-pipe.ts), so this work leaves the end of the import: the indexes of aliases, sources
// and entities (those that do not involve degrees, which need every relation), the entity search
// index in slices of SLICE entities (then merged into one segment), then the claim search index
// over the claims written so far, CLAIM_SLICE at a time. What is not run by the end runs then. An
// entity written after the steps began means the entity search index is built again; a claim
// rewritten after its slice (a claim id that came twice) means the claim search index is.
import type { Db } from './open.ts';
import { claimFtsSql, entityFtsSql, withBigFtsBuffers } from './bulk-import-search.ts';
import { withShortSorts } from './short-sorts.ts';
import { liftSearchIndex } from './fts-shape.ts';

/**
 * Entities per slice of the search index: about half a second's work, so one step stays shorter than
 * the reader's room ahead (EARLY_AHEAD chunks, bulk-import-pipe.ts) and the reader never stops.
 */
const SLICE = 100_000;
/** Claims per slice of their search index (about a third of them have text): a few tenths of a second's work. */
const CLAIM_SLICE = 250_000;

/** Called by the claim upsert of an empty-store import for each claim it rewrites (bulk-import-statements.ts). */
export const CLAIM_AGAIN_FN = 'bulk_claim_again';

/** An index or trigger the finisher set aside (bulk-import-derive.ts). */
interface SavedObject {
  type: string;
  tbl: string;
  sql: string;
}

type Step = ['indexes' | 'search', () => void];

export function createEarlyDerivation(db: Db, saved: readonly SavedObject[], perSlice = CLAIM_SLICE) {
  const covered = (ix: SavedObject) =>
    ix.type === 'index' &&
    (ix.tbl === 'sources' || ix.tbl === 'aliases' || (ix.tbl === 'entities' && !ix.sql.includes('degree')));
  let steps: Step[] | undefined;
  let done = 0;
  let late = false;
  /** Claims up to this rowid are in the search index; `claimsLate`: one of them was rewritten since. */
  let indexed = 0;
  let claimsLate = false;
  db.function(CLAIM_AGAIN_FN, (cid: unknown) => {
    if (Number(cid) <= indexed) claimsLate = true;
    return 1;
  });
  const claimSlice = (to: number): Step => {
    const from = indexed;
    indexed = to;
    return [
      'search',
      () => withBigFtsBuffers(db, () => db.exec(claimFtsSql(`AND c.cid > ${from} AND c.cid <= ${to}`))),
    ];
  };

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
    // Its segments merged into one now rather than at the end (fts-shape.ts), unless an entity comes late.
    const merge: Step = ['search', () => liftSearchIndex(db, 'entity_fts')];
    return [...indexes, ...slices, merge];
  }
  const lastCid = db.prepare('SELECT coalesce(max(cid), 0) FROM claims').pluck();
  const lastClaim = () => Number(lastCid.get());

  return {
    /** Runs the next step: true when one ran, undefined when none is due yet (claims to come), false when none is left. */
    step(): boolean | undefined {
      steps ??= plan();
      const next = steps[done];
      if (next) {
        done++;
        next[1]();
        return true;
      }
      if (claimsLate) return false;
      const last = lastClaim();
      if (last - indexed < perSlice) return undefined;
      claimSlice(indexed + perSlice)[1]();
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
    /** The claims not indexed yet, or all of them again when one was rewritten after its slice. */
    claimSearch(): Step {
      if (!claimsLate) return claimSlice(lastClaim());
      indexed = 0;
      return ['search', () => withBigFtsBuffers(db, () => db.exec('DELETE FROM claim_fts').exec(claimFtsSql('')))];
    },
  };
}
