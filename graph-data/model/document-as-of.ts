// A graph document cut to what had been stated by a date: later claims dropped, relations with no
// claim left dropped, statuses derived again. Entities and sources stay (they carry no date).
import { relationAsOf, type AsOf } from './as-of.ts';
import type { Claim, GraphDocument } from './types.ts';

export function documentAsOf(doc: GraphDocument, asOf: AsOf): GraphDocument {
  const copyOf = new Map(doc.sources.map((s) => [s.id, s.copyOf ?? null]));
  const byRelation = new Map<string, Claim[]>();
  for (const c of doc.claims) {
    const list = byRelation.get(c.relation);
    if (list) list.push(c);
    else byRelation.set(c.relation, [c]);
  }
  const keptClaims = new Set<Claim>();
  const relations = doc.relations.flatMap((r) => {
    const claims = byRelation.get(r.id) ?? [];
    const v = relationAsOf(claims, asOf, (s) => copyOf.get(s));
    if (!v) return [];
    for (const c of claims) if (relationAsOf([c], asOf)) keptClaims.add(c);
    return [{ ...r, status: v.status }];
  });
  return { ...doc, relations, claims: doc.claims.filter((c) => keptClaims.has(c)) };
}
