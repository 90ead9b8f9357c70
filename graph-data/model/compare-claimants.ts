// Two claimants side by side: on each relation either spoke about, do they agree (both support or
// both doubt it), disagree (one supports, the other denies or cannot verify), or did only one speak?
import type { Stance } from './types.ts';

export type Leaning = 'supports' | 'doubts';

/** asserts/reports/confirms support a relation; denies and cannot-verify doubt it. */
export function leaningOf(s: Stance): Leaning {
  return s === 'denies' || s === 'cannot-verify' ? 'doubts' : 'supports';
}

export interface ComparedRelation {
  relationId: string;
  outcome: 'agree' | 'disagree' | 'only-a' | 'only-b';
  a: Stance[];
  b: Stance[];
}

/** The latest stance of each speaker decides its leaning (claims come ordered by stated date). */
export function compareClaimants(
  claims: readonly { relationId: string; claimant: { id: string }; stance: Stance }[],
  a: string,
  b: string,
): ComparedRelation[] {
  const by = new Map<string, { a: Stance[]; b: Stance[] }>();
  for (const c of claims) {
    const side = c.claimant.id === a ? 'a' : c.claimant.id === b ? 'b' : null;
    if (!side) continue;
    const entry = by.get(c.relationId) ?? { a: [], b: [] };
    entry[side].push(c.stance);
    by.set(c.relationId, entry);
  }
  return [...by].map(([relationId, s]) => {
    const la = s.a.length ? leaningOf(s.a[s.a.length - 1] as Stance) : null;
    const lb = s.b.length ? leaningOf(s.b[s.b.length - 1] as Stance) : null;
    const outcome = !lb ? 'only-a' : !la ? 'only-b' : la === lb ? 'agree' : 'disagree';
    return { relationId, outcome, a: s.a, b: s.b };
  });
}
