// Derives a relation's status from the stances of its claims; status is never stored by hand.
import type { RelationStatus, Stance } from './types.ts';

/**
 * confirmed: any `confirms`, no `denies`; contested: `denies` with any of asserts/reports/confirms;
 * denied: `denies` and nothing that supports it (`cannot-verify` is neutral); unverified: only
 * `reports`/`cannot-verify`; asserted: otherwise. A relation without claims counts as unverified.
 */
export function deriveStatus(stances: Iterable<Stance>): RelationStatus {
  let asserts = false;
  let reports = false;
  let cannot = false;
  let denies = false;
  let confirms = false;
  for (const s of stances) {
    if (s === 'asserts') asserts = true;
    else if (s === 'reports') reports = true;
    else if (s === 'cannot-verify') cannot = true;
    else if (s === 'denies') denies = true;
    else confirms = true;
  }
  if (denies) return asserts || reports || confirms ? 'contested' : 'denied';
  if (confirms) return 'confirmed';
  if (asserts) return 'asserted';
  if (reports || cannot) return 'unverified';
  return 'unverified';
}

/** Counts independent sources: syndicated copies collapse onto the report they copy. */
export function countIndependentSources<S = string>(
  sourceIds: Iterable<S>,
  copyOf: (id: S) => S | null | undefined,
): number {
  // Most relations have one or two claims: their count needs no set.
  if (Array.isArray(sourceIds) && sourceIds.length <= 2) {
    const ids = sourceIds as readonly S[];
    if (ids.length < 2) return ids.length;
    return rootOf(ids[0] as S, copyOf) === rootOf(ids[1] as S, copyOf) ? 1 : 2;
  }
  const roots = new Set<S>();
  for (const id of sourceIds) roots.add(rootOf(id, copyOf));
  return roots.size;
}

/** The report a source copies, following copies of copies (a cycle stops where it closes). */
export function rootOf<S>(id: S, copyOf: (id: S) => S | null | undefined): S {
  if (copyOf(id) == null) return id;
  let cur = id;
  const seen = new Set<S>();
  for (let next = copyOf(cur); next != null && !seen.has(next); next = copyOf(cur)) {
    seen.add(cur);
    cur = next;
  }
  return cur;
}
