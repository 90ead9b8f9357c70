// The graph as of a date, derived in the renderer from the claim digests it holds
// (`claims:digests`), with the accumulator the store uses (graph-data/model/as-of.ts): statuses,
// counts and the relations that exist at all come out as `graph:subgraph` with `asOf` answers them.
import type { ClaimBrief, ClaimDigests, EdgeView } from '../../graph-data/contract/views.ts';
import { createAsOfAccumulator } from '../../graph-data/model/as-of.ts';
import { matchAsOf } from '../../graph-data/model/date-rule.ts';

/** The digests already name each claim's independent report: no copies left to follow. */
const noCopies = () => null;

/** The edges `graph:subgraph` answers for the same entities as of `date` (null: every claim counts). */
export function edgesAsOf(d: ClaimDigests, date: string | null): EdgeView[] {
  if (date === null) return d.edges;
  const acc = createAsOfAccumulator<number>({ date, rule: 'possibly' });
  const out: EdgeView[] = [];
  for (let i = 0; i < d.edges.length; i++) {
    acc.reset();
    const claims = d.claims[i] ?? [];
    for (const c of claims) acc.add(c[0], c[1], c[2]);
    const r = acc.finish(noCopies);
    if (r) out.push({ ...(d.edges[i] as EdgeView), ...r });
  }
  return out;
}

/**
 * The claims `claims:list` answers for `relations` as of `date`, from a list fetched without a date
 * (same order: the filter keeps it); those counted only possibly are marked.
 */
export function claimsAsOf(
  all: readonly ClaimBrief[],
  date: string | null,
  relations: ReadonlySet<string>,
): ClaimBrief[] {
  const out: ClaimBrief[] = [];
  for (const c of all) {
    if (!relations.has(c.relationId)) continue;
    const m = date === null ? 'certainly' : matchAsOf(c.stated, date);
    if (m === 'no') continue;
    out.push(m === 'possibly' ? { ...c, possibly: true } : c);
  }
  return out;
}
