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
export function countIndependentSources(
  sourceIds: Iterable<string>,
  copyOf: (id: string) => string | null | undefined,
): number {
  const roots = new Set<string>();
  for (const id of sourceIds) {
    if (!copyOf(id)) {
      roots.add(id);
      continue;
    }
    let cur = id;
    const seen = new Set<string>();
    for (let next = copyOf(cur); next && !seen.has(next); next = copyOf(cur)) {
      seen.add(cur);
      cur = next;
    }
    roots.add(cur);
  }
  return roots.size;
}
