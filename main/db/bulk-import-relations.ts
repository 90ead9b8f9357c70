// The relations of an import into an empty store, written last with what their claims make of them
// (status, claim and independent-source counts, first and last stated date, doubts), counted in JS
// as the claims go by, whatever their order. Written earlier, every relation row would be written
// again by the set-based UPDATE of bulk-import-derive.ts, which also reads every claim once more.
// The rules are the store's (graph-data/model/status.ts: syndicated copies collapse onto the report
// they copy, a cycle of copies stops where it closes); a relation whose claims changed under it (a claim id that came again) is left
// to that UPDATE, and so is everything when a stated date is not plain text that JS orders as SQLite does.
import type { Db } from './open.ts';
import { rootOf as originalOf } from '../../graph-data/model/status.ts';
import { createBatcher } from './bulk-import-batch.ts';

const STANCE_BIT: Record<string, number> = { asserts: 1, reports: 2, denies: 4, confirms: 8, 'cannot-verify': 16 };
/** Stances counted as doubts (relation-doubts.ts: cannot-verify and denies). */
const DOUBT = 4 | 16;
/** Characters JS orders differently from SQLite's byte order (UTF-16 surrogates and above). */
const HIGH = /[\ud800-\uffff]/;

const COLS = ['rid', 'id', 'subject', 'predicate', 'object'];
const DERIVED = ['status', 'claim_count', 'source_count', 'first_stated', 'last_stated', 'doubts'];

function statusOf(bits: number): string {
  if (bits & 4) return bits & (1 | 2 | 8) ? 'contested' : 'denied';
  if (bits & 8) return 'confirmed';
  return bits & 1 ? 'asserted' : 'unverified';
}

function grown(a: Int32Array<ArrayBuffer>, need: number): Int32Array<ArrayBuffer> {
  if (need < a.length) return a;
  const b = new Int32Array(Math.max(need + 1, a.length * 2));
  b.set(a);
  return b;
}

export function createRelationBuffer(db: Db) {
  const rows: unknown[][] = [];
  let count = new Int32Array(1024);
  let doubts = new Int32Array(1024);
  let bits = new Int32Array(1024);
  const lo: (string | undefined)[] = [];
  const hi: (string | undefined)[] = [];
  /** Each claim's relation and source, for the independent sources counted at the end. */
  let claimRid = new Int32Array(1 << 16);
  let claimSid = new Int32Array(1 << 16);
  let claims = 0;
  let parent = new Int32Array(1024);
  /** Relations to derive in SQL instead; all of them when `plain` is false. */
  const redo = new Set<number>();
  let plain = true;

  function sourcesOf(maxRid: number): Int32Array {
    const root = new Int32Array(parent.length).fill(-1);
    const copyOf = (sid: number) => parent[sid] || null;
    const rootOf = (sid: number): number => {
      if (root[sid] === -1) root[sid] = originalOf(sid, copyOf);
      return root[sid] as number;
    };
    // Claims grouped by relation (a counting sort), each relation's roots counted once.
    const start = new Int32Array(maxRid + 2);
    for (let i = 0; i < claims; i++) {
      const r = (claimRid[i] as number) + 1;
      start[r] = (start[r] as number) + 1;
    }
    for (let r = 1; r < start.length; r++) start[r] = (start[r] as number) + (start[r - 1] as number);
    const at = start.slice();
    const grouped = new Int32Array(claims);
    for (let i = 0; i < claims; i++) {
      const r = claimRid[i] as number;
      const k = at[r] as number;
      at[r] = k + 1;
      grouped[k] = rootOf(claimSid[i] as number);
    }
    const distinct = new Int32Array(maxRid + 1);
    for (let r = 0; r <= maxRid; r++) {
      const from = start[r] as number;
      const to = start[r + 1] as number;
      if (to - from > 16) grouped.subarray(from, to).sort();
      let n = 0;
      for (let i = from; i < to; i++) {
        const v = grouped[i];
        let seen = false;
        if (to - from > 16) seen = i > from && grouped[i - 1] === v;
        else for (let j = from; j < i && !seen; j++) seen = grouped[j] === v;
        if (!seen) n++;
      }
      distinct[r] = n;
    }
    return distinct;
  }

  return {
    /** [rid, id, subject, predicate, object] */
    relation(row: unknown[]): void {
      rows[row[0] as number] = row;
    },
    /** A relation of this import not written yet. */
    row: (rid: number): unknown[] | undefined => rows[rid],
    source(sid: number, copyOf: number | null): void {
      parent = grown(parent, sid);
      parent[sid] = copyOf ?? 0;
    },
    /** [id, rid, claimant, stance, sid, stated, ...] */
    claim(row: readonly unknown[]): void {
      const rid = row[1] as number;
      const stated = row[5] as string | null;
      if (rid >= count.length) [count, doubts, bits] = [grown(count, rid), grown(doubts, rid), grown(bits, rid)];
      count[rid] = (count[rid] as number) + 1;
      const bit = STANCE_BIT[row[3] as string] ?? 0;
      bits[rid] = (bits[rid] as number) | bit;
      if (bit & DOUBT) doubts[rid] = (doubts[rid] as number) + 1;
      if (stated !== null) {
        if (HIGH.test(stated)) plain = false;
        const a = lo[rid];
        if (a === undefined || stated < a) lo[rid] = stated;
        const b = hi[rid];
        if (b === undefined || stated > b) hi[rid] = stated;
      }
      if (claims === claimRid.length) [claimRid, claimSid] = [grown(claimRid, claims), grown(claimSid, claims)];
      claimRid[claims] = rid;
      claimSid[claims++] = row[4] as number;
    },
    /** A relation whose claims changed after they were counted. */
    redo(rid: number): void {
      redo.add(rid);
    },
    /** Writes every relation; returns those left to derive in SQL ('all', or a list). */
    write(recover: (rows: unknown[][], e: unknown) => void): 'all' | number[] {
      const out = createBatcher(db, 'INSERT OR FAIL INTO relations', [...COLS, ...DERIVED], '', undefined, recover);
      const distinct = plain ? sourcesOf(rows.length) : undefined;
      rows.forEach((row, rid) => {
        const n = count[rid] ?? 0;
        if (!distinct || !n || redo.has(rid)) return out.add([...row, null, null, null, null, null, null]);
        const b = bits[rid] as number;
        out.add([...row, statusOf(b), n, distinct[rid], lo[rid] ?? null, hi[rid] ?? null, doubts[rid]]);
      });
      out.flush();
      return plain ? [...redo] : 'all';
    },
  };
}
