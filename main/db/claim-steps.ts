// Steps a path may take through claims (the claims view's paths): from a claimant to either end
// of a relation it spoke about, and back from an entity to whoever spoke about its relations.
import type { Adj } from './edge-filter.ts';
import type { Db } from './open.ts';

export interface Step extends Adj {
  /** True when the step goes through a claim (claimant <-> the relation's subject or object). */
  claim?: boolean;
  /** The entity that made the claim, for claim steps. */
  claimant?: number;
}

export function createClaimSteps(db: Db) {
  const q = {
    spokeAbout: db.prepare(`SELECT DISTINCT r.rid AS rid, r.subject AS s, r.object AS o, r.status AS status,
      r.predicate AS predicate FROM claims c CROSS JOIN relations r ON r.rid = c.rid WHERE c.claimant = ?`),
    spokenBy:
      db.prepare(`SELECT DISTINCT c.claimant AS other, r.rid AS rid, r.status AS status, r.predicate AS predicate
      FROM (SELECT rid, status, predicate FROM relations WHERE subject = @a
        UNION SELECT rid, status, predicate FROM relations WHERE object = @a) AS r
      CROSS JOIN claims c ON c.rid = r.rid WHERE c.claimant <> @a`),
  };
  return {
    /** Claim steps from an entity, both ways; a claimant that is itself an end of the relation is left out. */
    *of(eid: number): Iterable<Step> {
      type Row = { rid: number; s: number; o: number; status: string; predicate: string };
      for (const r of q.spokeAbout.all(eid) as Row[]) {
        if (r.s === eid || r.o === eid) continue;
        for (const other of [r.s, r.o])
          yield { rid: r.rid, other, status: r.status, predicate: r.predicate, claim: true, claimant: eid };
      }
      for (const r of q.spokenBy.all({ a: eid }) as Adj[]) yield { ...r, claim: true, claimant: r.other };
    },
  };
}
