// Which relations a traversal may step over: by predicate, neighbour kind, status, claimant and
// stated date, all judged as of a date when one is given (the relation's status then is derived
// from the claims stated by that date, and a relation with none does not exist yet).
import type { GraphFilter } from '../../graph-data/contract/filters.ts';
import type { AsOf } from '../../graph-data/model/as-of.ts';
import { matchAsOf, matchRange, passesRule } from '../../graph-data/model/date-rule.ts';
import type { ClaimDigestRepo, DigestRow } from './claim-digest-repo.ts';

export interface Adj {
  rid: number;
  other: number;
  status: string;
  predicate: string;
}

export interface TraversalFilter extends GraphFilter {
  asOf?: AsOf | null;
  /** Claimants as internal keys (the service resolves `claimants` ids). */
  claimantEids?: ReadonlySet<number> | null;
}

export function createEdgeFilter(
  f: TraversalFilter,
  digests: ClaimDigestRepo,
  kindOf: (eid: number) => string,
): (a: Adj) => boolean {
  const statuses = f.statuses?.length ? new Set<string>(f.statuses) : null;
  const predicates = f.predicates?.length ? new Set(f.predicates) : null;
  const kinds = f.kinds?.length ? new Set(f.kinds) : null;
  const byClaims = !!(f.asOf || f.from || f.to || f.claimantEids);
  const kindCache = new Map<number, string>();
  const keepClaim = (c: DigestRow): boolean =>
    (!f.asOf || passesRule(matchAsOf(c.stated, f.asOf.date), f.asOf.rule)) &&
    (!f.claimantEids || f.claimantEids.has(c.claimant)) &&
    passesRule(matchRange(c.stated, f.from, f.to), f.dateRule);
  return (a) => {
    if (predicates && !predicates.has(a.predicate)) return false;
    if (kinds) {
      let k = kindCache.get(a.other);
      if (k === undefined) kindCache.set(a.other, (k = kindOf(a.other)));
      if (!kinds.has(k)) return false;
    }
    if (!byClaims) return !statuses || statuses.has(a.status);
    const claims = digests.of(a.rid);
    if (!claims.some(keepClaim)) return false;
    if (!statuses) return true;
    const status = f.asOf ? digests.digestAsOf(claims, f.asOf)?.status : a.status;
    return status !== undefined && statuses.has(status);
  };
}
