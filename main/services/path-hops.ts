// Describes each hop of a found path for people: the predicate of a relation step, or the stance
// of a claimant stepping to a relation it spoke about, with the claims behind it (as of a date).
import type { ClaimView, PathHop, RelationDetail } from '../../graph-data/contract/views.ts';
import type { AsOf } from '../../graph-data/model/as-of.ts';
import { matchAsOf, passesRule } from '../../graph-data/model/date-rule.ts';

export function describeHops(
  nodes: string[],
  edges: string[],
  claimHops: boolean[],
  relation: (id: string) => RelationDetail | null,
  asOf: AsOf | null,
): PathHop[] {
  const counted = (c: ClaimView) => !asOf || passesRule(matchAsOf(c.stated, asOf.date), asOf.rule);
  return edges.map((id, i) => {
    const from = nodes[i] ?? '';
    const to = nodes[i + 1] ?? '';
    const r = relation(id);
    const claims = (r?.claims ?? []).filter(counted);
    const base = { from, to, relationId: id, predicate: r?.predicate ?? '' };
    if (!claimHops[i]) return { ...base, via: 'relation' as const, claims };
    const ends = new Set([r?.subject.id, r?.object.id]);
    const claimant = ends.has(from) ? to : from;
    const own = claims.filter((c) => c.claimant.id === claimant);
    return { ...base, via: 'claim' as const, claimant, stance: own[0]?.stance ?? 'asserts', claims: own };
  });
}
