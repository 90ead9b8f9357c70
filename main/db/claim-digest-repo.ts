// Claims read as digests (stance, date, source, claimant) for what is derived per date or per
// claimant: relations as of a date, date-range and claimant filters, evidence marks.
import {
  createAsOfAccumulator,
  relationAsOf,
  type AsOf,
  type ClaimDigest,
  type RelationAsOf,
} from '../../graph-data/model/as-of.ts';
import { rootOf } from '../../graph-data/model/status.ts';
import type { Stance } from '../../graph-data/model/types.ts';
import type { Db } from './open.ts';

export interface DigestRow extends ClaimDigest {
  rid: number;
  claimant: number;
}

/** rid, stance, stated, sid (and claimant, for `of`). */
type RawRow = [number, Stance, string | null, number, number?];

export function createClaimDigestRepo(db: Db) {
  // Everything read comes from claims_rid_digest (migration 4): no table rows. Syndicated copies
  // are few (8 % of sources at 1M: 16,100 rows, ~5 ms to read) and read once into a map, kept
  // until the database changes (this connection's writes or another's commit), instead of a
  // correlated lookup per claim.
  const cols = 'c.rid, c.stance, c.stated, c.sid';
  const q = {
    many: db
      .prepare(`SELECT ${cols} FROM json_each(?) j CROSS JOIN claims c INDEXED BY claims_rid_digest ON c.rid = j.value`)
      .raw(true),
    one: db.prepare(`SELECT ${cols}, c.claimant FROM claims c INDEXED BY claims_rid_digest WHERE c.rid = ?`).raw(true),
    all: db.prepare(`SELECT ${cols} FROM claims c INDEXED BY claims_rid_digest ORDER BY c.rid`).raw(true),
    copies: db
      .prepare('SELECT sid, copy_of FROM sources INDEXED BY sources_copies WHERE copy_of IS NOT NULL')
      .raw(true),
    version: db.prepare('SELECT total_changes() * 4294967296 + (SELECT data_version FROM pragma_data_version)').pluck(),
  };
  let copies = new Map<number, number>();
  let copiesAt: unknown = null;
  /** The syndicated-copy map, read again only when the database changed since it was read. */
  function fresh(): void {
    const now = q.version.get();
    if (now === copiesAt) return;
    copies = new Map(q.copies.all() as [number, number][]);
    copiesAt = now;
  }
  const copyOf = (sid: number): number | null => copies.get(sid) ?? null;
  /** The same for digests, whose sources are the ids as text. */
  const copyOfText = (sid: string): string | null => {
    const c = copies.get(Number(sid));
    return c === undefined ? null : String(c);
  };

  /** Streams rows grouped by relation (rows of one relation arrive together) through an accumulator. */
  function derive(rows: Iterable<RawRow>, asOf: AsOf | null, visit: (rid: number, r: RelationAsOf) => void): void {
    const acc = createAsOfAccumulator<number>(asOf);
    let rid = -1;
    const flush = () => {
      const r = rid >= 0 ? acc.finish(copyOf) : null;
      if (r) visit(rid, r);
      acc.reset();
    };
    for (const [r, stance, stated, sid] of rows) {
      if (r !== rid) {
        flush();
        rid = r;
      }
      acc.add(stance, stated, sid);
    }
    flush();
  }

  return {
    /** Claims of one relation. */
    of(rid: number): DigestRow[] {
      return (q.one.all(rid) as RawRow[]).map(([r, stance, stated, sid, claimant]) => ({
        rid: r,
        stance,
        stated,
        source: String(sid),
        claimant: claimant ?? 0,
      }));
    },
    /** Aggregates as of a date; a relation missing from the answer was not stated by then. */
    asOf(rids: Iterable<number>, asOf: AsOf | null): Map<number, RelationAsOf> {
      const out = new Map<number, RelationAsOf>();
      // In rid order the index is read front to back: nearby seeks land on pages just read.
      const sorted = [...new Set(rids)].sort((a, b) => a - b);
      fresh();
      derive(q.many.all(JSON.stringify(sorted)) as RawRow[], asOf, (rid, r) => out.set(rid, r));
      return out;
    },
    /**
     * The claims of these relations as [rid, stance, stated, report] in rid order, each source
     * replaced by the report it copies (followed as countIndependentSources does): what the
     * renderer needs to derive any date itself.
     */
    rows(rids: Iterable<number>): [number, Stance, string | null, number][] {
      const sorted = [...new Set(rids)].sort((a, b) => a - b);
      fresh();
      const rows = q.many.all(JSON.stringify(sorted)) as [number, Stance, string | null, number][];
      if (copies.size) for (const r of rows) r[3] = rootOf(r[3], copyOf);
      return rows;
    },
    /** Every relation's aggregates as of a date, streamed in relation order (whole-graph counts). */
    eachAsOf(asOf: AsOf, visit: (r: RelationAsOf) => void): void {
      fresh();
      derive(q.all.iterate() as Iterable<RawRow>, asOf, (_, r) => visit(r));
    },
    digestAsOf(claims: readonly ClaimDigest[], asOf: AsOf | null): RelationAsOf | null {
      fresh();
      return relationAsOf(claims, asOf, copyOfText);
    },
  };
}

export type ClaimDigestRepo = ReturnType<typeof createClaimDigestRepo>;
