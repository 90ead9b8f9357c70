// A relation as it was reported on a date: status, counts and stated span derived only from the
// claims stated by then (date-rule.ts decides "stated by"). Used by the store's as-of reads and
// by the renderer, so both derive the same thing. Written as an accumulator so the store can
// stream thousands of relations' claims without building an object per claim.
import { type DateRule } from './date-rule.ts';
import { partialDateEnd } from './partial-date.ts';
import { countIndependentSources, deriveStatus } from './status.ts';
import type { RelationStatus, Stance } from './types.ts';

export interface ClaimDigest {
  stance: Stance;
  stated: string | null;
  /** The source's id; syndicated copies are collapsed by `copyOf`. */
  source: string;
}

export interface RelationAsOf {
  status: RelationStatus;
  claimCount: number;
  sourceCount: number;
  firstStated: string | null;
  lastStated: string | null;
  /** Claims that cannot verify or deny it: a doubt worth seeing even when the status is "asserted". */
  doubts: number;
  /** Some claim counted only because it possibly (not certainly) was stated by then. */
  possibly: boolean;
}

export interface AsOf {
  date: string;
  rule?: DateRule;
}

type CopyOf<S = string> = (source: S) => S | null | undefined;

/**
 * Adds claims one at a time and derives the relation as of the date (null: every claim counts).
 * The test is matchAsOf's, inlined: a partial date `p` may fall by the full day `hi` exactly when
 * `p <= hi` as strings (`2024-10` < `2024-10-01`), and certainly does when its last day is <= `hi`.
 * Sources are whatever identifies them (the store passes its numeric ids: no string per claim).
 */
export function createAsOfAccumulator<S = string>(asOf: AsOf | null) {
  const hi = asOf ? partialDateEnd(asOf.date) : null;
  const certainOnly = asOf?.rule === 'certainly';
  const ends = new Map<string, string>();
  const stances: Stance[] = [];
  const sources: S[] = [];
  let first: string | null = null;
  let last: string | null = null;
  let doubts = 0;
  let possibly = false;

  function counts(stated: string | null): boolean {
    if (hi === null) return true;
    let certain = false;
    if (stated !== null) {
      if (stated > hi) return false;
      let end = stated.length === 10 ? stated : ends.get(stated);
      if (end === undefined) ends.set(stated, (end = partialDateEnd(stated)));
      certain = end <= hi;
    }
    if (!certain) {
      if (certainOnly) return false;
      possibly = true;
    }
    return true;
  }

  return {
    add(stance: Stance, stated: string | null, source: S): void {
      if (!counts(stated)) return;
      stances.push(stance);
      sources.push(source);
      if (stance === 'cannot-verify' || stance === 'denies') doubts++;
      if (stated !== null) {
        if (first === null || stated < first) first = stated;
        if (last === null || stated > last) last = stated;
      }
    },
    /** The relation from the claims added since the last reset, or null when none counted. */
    finish(copyOf: CopyOf<S>): RelationAsOf | null {
      if (stances.length === 0) return null;
      const sourceCount = countIndependentSources(sources, copyOf);
      return {
        status: deriveStatus(stances),
        claimCount: stances.length,
        sourceCount,
        firstStated: first,
        lastStated: last,
        doubts,
        possibly,
      };
    },
    reset(): void {
      stances.length = 0;
      sources.length = 0;
      first = last = null;
      doubts = 0;
      possibly = false;
    },
  };
}

/** The relation's aggregates as of the date, or null when no claim was stated by then (it is absent). */
export function relationAsOf(
  claims: readonly ClaimDigest[],
  asOf: AsOf | null,
  copyOf: CopyOf = () => null,
): RelationAsOf | null {
  const acc = createAsOfAccumulator(asOf);
  for (const c of claims) acc.add(c.stance, c.stated, c.source);
  return acc.finish(copyOf);
}

/** The contract's `asOf`/`asOfRule` arguments as an AsOf (null: no date asked for). */
export function toAsOf(a: { asOf?: string | undefined; asOfRule?: DateRule | undefined }): AsOf | null {
  return a.asOf ? { date: a.asOf, rule: a.asOfRule ?? 'possibly' } : null;
}
