// The relations of an import into an empty store, written with what their claims make of them
// (status, claim and independent-source counts, first and last stated date, doubts), counted in JS
// as the claims go by: each relation once the run of claims on it ends (claims usually come
// grouped by relation, whether each relation's claims follow it or all relations come first), the
// relations without claims at the end. Written before, every relation row would be written again
// by the set-based UPDATE of bulk-import-derive.ts, which also reads every claim once more. The
// rules are the model's (graph-data/model/status.ts: its status rule, and syndicated copies
// collapsing onto the report they copy, a cycle of copies stopping where it closes). Left to that
// UPDATE: a relation whose claims come in more than one run, or changed after it was written (a
// claim id that came again); and every relation when a source changes after relations were
// written, or a stated date is not text that JS orders as SQLite does.
import type { Db } from './open.ts';
import { deriveStatus, rootOf as originalOf } from '../../graph-data/model/status.ts';
import type { Stance } from '../../graph-data/model/types.ts';
import { createBatcher } from './bulk-import-batch.ts';

/** A run's stances as bits, in this order. */
const STANCES: readonly Stance[] = ['asserts', 'reports', 'denies', 'confirms', 'cannot-verify'];
const STANCE_BIT = new Map(STANCES.map((s, i) => [s as string, 1 << i]));
/** Stances counted as doubts (relation-doubts.ts: cannot-verify and denies). */
const DOUBT = (1 << 2) | (1 << 4);
/** Characters JS orders differently from SQLite's byte order (UTF-16 surrogates and above). */
const HIGH = /[\ud800-\uffff]/;

const COLS = ['rid', 'id', 'subject', 'predicate', 'object'];
const DERIVED = ['status', 'claim_count', 'source_count', 'first_stated', 'last_stated', 'doubts'];

/** The model's status of a run of claims with these stances, for each set of stances. */
const STATUS_OF: readonly string[] = Array.from({ length: 1 << STANCES.length }, (_, bits) =>
  deriveStatus(STANCES.filter((_, i) => bits & (1 << i))),
);

function grown<T extends Int32Array<ArrayBuffer> | Uint8Array<ArrayBuffer>>(
  a: T,
  need: number,
  make: (n: number) => T,
): T {
  if (need < a.length) return a;
  const b = make(Math.max(need + 1, a.length * 2));
  b.set(a);
  return b;
}
const ints = (n: number) => new Int32Array(n);
const bytes = (n: number) => new Uint8Array(n);

/** How many different values `xs` holds (a run of claims: mostly a handful). */
function distinctCount(xs: number[]): number {
  if (xs.length > 16) return new Set(xs).size;
  let n = 0;
  for (let i = 0; i < xs.length; i++) if (xs.indexOf(xs[i] as number) === i) n++;
  return n;
}

export function createRelationBuffer(db: Db, recover: (rows: unknown[][], e: unknown) => void) {
  const out = createBatcher(db, 'INSERT OR FAIL INTO relations', [...COLS, ...DERIVED], '', undefined, recover);
  const rows: unknown[][] = [];
  let written = new Uint8Array(1024);
  let parent = new Int32Array(1024);
  let root = new Int32Array(1024);
  const copyOf = (sid: number) => parent[sid] || null;
  /** Relations to derive in SQL instead; all of them when `plain` is false. */
  const redo = new Set<number>();
  let plain = true;
  let anyWritten = false;
  // The run of claims on one relation.
  let rid = 0;
  let n = 0;
  let doubts = 0;
  let bits = 0;
  let lo: string | undefined;
  let hi: string | undefined;
  const sources: number[] = [];

  function write(row: unknown[], derived: unknown[]): void {
    const r = row[0] as number;
    written = grown(written, r, bytes);
    written[r] = 1;
    anyWritten = true;
    out.add([...row, ...derived]);
  }
  function endRun(): void {
    if (!rid) return;
    const roots = sources.map((sid) => {
      if (!root[sid]) root[sid] = originalOf(sid, copyOf);
      return root[sid] as number;
    });
    write(rows[rid] as unknown[], [STATUS_OF[bits], n, distinctCount(roots), lo ?? null, hi ?? null, doubts]);
    rid = 0;
  }

  return {
    /** [rid, id, subject, predicate, object] */
    relation(row: unknown[]): void {
      rows[row[0] as number] = row;
    },
    /** A relation of this import, written or not. */
    row: (r: number): unknown[] | undefined => rows[r],
    source(sid: number, copyOf: number | null, known: boolean): void {
      if (known && anyWritten) plain = false;
      [parent, root] = [grown(parent, sid, ints), grown(root, sid, ints)];
      parent[sid] = copyOf ?? 0;
    },
    /** [id, rid, claimant, stance, sid, stated, ...] */
    claim(row: readonly unknown[]): void {
      const r = row[1] as number;
      if (r !== rid) {
        endRun();
        if (written[r]) return void redo.add(r);
        rid = r;
        n = doubts = bits = sources.length = 0;
        lo = hi = undefined;
      }
      n++;
      const bit = STANCE_BIT.get(row[3] as string) ?? 0;
      bits |= bit;
      if (bit & DOUBT) doubts++;
      const stated = row[5] as string | null;
      if (stated !== null) {
        if (HIGH.test(stated)) plain = false;
        if (lo === undefined || stated < lo) lo = stated;
        if (hi === undefined || stated > hi) hi = stated;
      }
      sources.push(row[4] as number);
    },
    /** A relation whose claims changed after they were counted. */
    redo(r: number): void {
      redo.add(r);
    },
    /** Writes the relations not written yet; returns those left to derive in SQL ('all', or a list). */
    finish(): 'all' | number[] {
      endRun();
      rows.forEach((row, r) => {
        if (!written[r]) write(row, [null, null, null, null, null, null]);
      });
      out.flush();
      // Past a tenth of the relations, one UPDATE over all of them is cheaper than scoped to each.
      return plain && redo.size * 10 <= rows.length ? [...redo] : 'all';
    },
  };
}
