// Entity and relation details as they were reported on a date: claims stated later are left out,
// and each relation's status and counts are derived again from what remains (model/as-of.ts).
import type { EntityDetail, GraphCounts, RelationDetail } from '../../graph-data/contract/views.ts';
import type { AsOf } from '../../graph-data/model/as-of.ts';
import { matchAsOf, passesRule } from '../../graph-data/model/date-rule.ts';
import { ClaimscapeError } from '../../graph-data/model/errors.ts';
import { STATUSES, type RelationStatus } from '../../graph-data/model/types.ts';
import type { ClaimDigestRepo } from '../db/claim-digest-repo.ts';
import type { LookupRepo } from '../db/lookup-repo.ts';

const statedBy = (asOf: AsOf) => (c: { stated: string | null }) =>
  passesRule(matchAsOf(c.stated, asOf.date), asOf.rule);

export function entityAsOf(d: EntityDetail, asOf: AsOf, digests: ClaimDigestRepo, lookup: LookupRepo): EntityDetail {
  const rids = lookup.ridsOf(d.relations.map((r) => r.id));
  const idOf = lookup.relationIdsOf(rids);
  const byId = new Map([...digests.asOf(rids, asOf)].map(([rid, v]) => [idOf.get(rid) ?? '', v]));
  const relations = d.relations.flatMap((r) => {
    const v = byId.get(r.id);
    return v ? [{ ...r, ...v }] : [];
  });
  const relationCounts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<RelationStatus, number>;
  for (const r of relations) relationCounts[r.status]++;
  const keep = statedBy(asOf);
  return {
    ...d,
    asOf: asOf.date,
    relations,
    relationCounts,
    claimsMade: d.claimsMade.filter(keep),
    claimsAbout: d.claimsAbout.filter(keep),
  };
}

export function relationAsOfDetail(
  d: RelationDetail,
  asOf: AsOf,
  digests: ClaimDigestRepo,
  lookup: LookupRepo,
): RelationDetail {
  const rid = lookup.ridsOf([d.id])[0];
  const v = rid === undefined ? undefined : digests.asOf([rid], asOf).get(rid);
  if (!v)
    throw new ClaimscapeError('not-found', `no claim about this relation was stated by ${asOf.date}`, {
      value: d.id,
    });
  return {
    ...d,
    asOf: asOf.date,
    status: v.status,
    sourceCount: v.sourceCount,
    claims: d.claims.filter(statedBy(asOf)),
  };
}

/** Whole-graph counts as of a date: relations and claims stated by then; entities, sources and aliases as they are. */
export function countsAsOf(all: GraphCounts, asOf: AsOf, digests: ClaimDigestRepo): GraphCounts {
  const byStatus: Record<string, number> = {};
  let relations = 0;
  let claims = 0;
  digests.eachAsOf(asOf, (r) => {
    relations++;
    claims += r.claimCount;
    byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
  });
  return { ...all, asOf: asOf.date, relations, claims, byStatus };
}
