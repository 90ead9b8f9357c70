// Claims read as digests (stance, date, source, claimant) for what is derived per date or per
// claimant: relations as of a date, date-range and claimant filters, evidence marks.
import {
  createAsOfAccumulator,
  relationAsOf,
  type AsOf,
  type ClaimDigest,
  type RelationAsOf,
} from '../../graph-data/model/as-of.ts';
import type { Stance } from '../../graph-data/model/types.ts';
import type { Db } from './open.ts';

export interface DigestRow extends ClaimDigest {
  rid: number;
  claimant: number;
}

/** rid, stance, stated, source (sid as text), claimant, copy_of (as text or null). */
type RawRow = [number, Stance, string | null, string, number, string | null];

export function createClaimDigestRepo(db: Db) {
  // Everything read comes from claims_rid_digest and sources_copies (migration 4): no table rows.
  const cols = `c.rid, c.stance, c.stated, CAST(c.sid AS TEXT), c.claimant,
    CAST((SELECT copy_of FROM sources INDEXED BY sources_copies WHERE sid = c.sid AND copy_of IS NOT NULL) AS TEXT)`;
  const q = {
    many: db
      .prepare(`SELECT ${cols} FROM json_each(?) j CROSS JOIN claims c INDEXED BY claims_rid_digest ON c.rid = j.value`)
      .raw(true),
    one: db.prepare(`SELECT ${cols} FROM claims c INDEXED BY claims_rid_digest WHERE c.rid = ?`).raw(true),
    all: db.prepare(`SELECT ${cols} FROM claims c INDEXED BY claims_rid_digest ORDER BY c.rid`).raw(true),
    copyOf: db.prepare('SELECT CAST(copy_of AS TEXT) FROM sources WHERE sid = ?').pluck(),
  };
  const known = new Map<string, string | null>();
  const copyOf = (sid: string): string | null => {
    if (!known.has(sid)) known.set(sid, (q.copyOf.get(Number(sid)) as string | null | undefined) ?? null);
    return known.get(sid) ?? null;
  };

  /** Streams rows grouped by relation (rows of one relation arrive together) through an accumulator. */
  function derive(rows: Iterable<RawRow>, asOf: AsOf | null, visit: (rid: number, r: RelationAsOf) => void): void {
    known.clear();
    const acc = createAsOfAccumulator(asOf);
    let rid = -1;
    const flush = () => {
      const r = rid >= 0 ? acc.finish(copyOf) : null;
      if (r) visit(rid, r);
      acc.reset();
    };
    for (const [r, stance, stated, source, , copy] of rows) {
      if (copy !== null) known.set(source, copy);
      if (r !== rid) {
        flush();
        rid = r;
      }
      acc.add(stance, stated, source);
    }
    flush();
  }

  return {
    /** Claims of one relation. */
    of(rid: number): DigestRow[] {
      return (q.one.all(rid) as RawRow[]).map(([r, stance, stated, source, claimant]) => ({
        rid: r,
        stance,
        stated,
        source,
        claimant,
      }));
    },
    /** Aggregates as of a date; a relation missing from the answer was not stated by then. */
    asOf(rids: Iterable<number>, asOf: AsOf | null): Map<number, RelationAsOf> {
      const out = new Map<number, RelationAsOf>();
      derive(q.many.all(JSON.stringify([...new Set(rids)])) as RawRow[], asOf, (rid, r) => out.set(rid, r));
      return out;
    },
    /** Every relation's aggregates as of a date, streamed in relation order (whole-graph counts). */
    eachAsOf(asOf: AsOf, visit: (r: RelationAsOf) => void): void {
      derive(q.all.iterate() as Iterable<RawRow>, asOf, (_, r) => visit(r));
    },
    digestAsOf(claims: readonly ClaimDigest[], asOf: AsOf | null): RelationAsOf | null {
      return relationAsOf(claims, asOf, copyOf);
    },
  };
}

export type ClaimDigestRepo = ReturnType<typeof createClaimDigestRepo>;
