// Plain-text renderings of service results for the terminal.
import type { EntityDetail, GraphCounts, PathResult, SearchResult } from '../../graph-data/contract/views.ts';
import type { CliIO } from './command.ts';

export function printSearch(r: SearchResult, io: CliIO): void {
  if (!r.entities.length && !r.claims.length) io.out('no matches');
  for (const h of r.entities) io.out(`${h.id}\t${h.kind}\t${h.label}${h.matched ? `  (matched "${h.matched}")` : ''}`);
  if (r.claims.length) io.out('\nclaims:');
  for (const c of r.claims)
    io.out(
      `  ${c.claimId}\t${c.relationId}\t${c.claimant ? `${c.claimant.label} ${c.stance ?? ''}: ` : ''}${c.summary}`,
    );
}

export function printEntity(d: EntityDetail, io: CliIO): void {
  io.out(`${d.label}  [${d.kind}]  id: ${d.id}`);
  if (d.description) io.out(d.description);
  if (d.aliases.length) io.out(`aliases: ${d.aliases.map((a) => `${a.text} (${a.lang})`).join(', ')}`);
  for (const [k, v] of Object.entries(d.externalIds)) io.out(`${k}: ${v}`);
  for (const [k, v] of Object.entries(d.attributes)) io.out(`${k}: ${String(v)}`);
  io.out(`\nrelations (${d.relations.length}):`);
  for (const r of d.relations) {
    const arrow = r.direction === 'out' ? `-${r.predicate}->` : `<-${r.predicate}-`;
    io.out(`  ${arrow} ${r.other.label} [${r.status}, ${r.claimCount} claim(s), ${r.sourceCount} source(s)]`);
  }
  io.out(`\nclaims about it (${d.claimsAbout.length}):`);
  for (const c of d.claimsAbout) {
    const via = c.reportedVia ? ` via ${c.reportedVia.label}` : '';
    io.out(`  ${c.stated ?? 'undated'}  ${c.claimant.label} ${c.stance} ${c.relationId}${via}  [${c.source.title}]`);
    if (c.summary) io.out(`      ${c.summary}`);
  }
}

export function printPath(r: PathResult, io: CliIO): void {
  if (!r.found) {
    io.out('no path');
    return;
  }
  const label = new Map(r.slice.nodes.map((n) => [n.id, n.label]));
  const edge = new Map(r.slice.edges.map((e) => [e.id, e]));
  const name = (id: string) => label.get(id) ?? id;
  const parts = [name(r.nodes[0] ?? '')];
  r.edges.forEach((id, i) => {
    const e = edge.get(id);
    const next = r.nodes[i + 1] ?? '';
    const hop = r.hops?.[i];
    if (hop?.via === 'claim' && e) {
      const about = `[${name(e.source)} ${e.predicate} ${name(e.target)}]`;
      const toClaimant = hop.claimant === next;
      parts.push(
        // The entity takes part in the relation; the claimant said something about it.
        toClaimant ? `-> ${about} <-${hop.stance}-` : `-${hop.stance}-> ${about} ->`,
        name(next),
      );
      return;
    }
    const forward = e?.source === r.nodes[i];
    parts.push(forward ? `-${e?.predicate}->` : `<-${e?.predicate}-`, `${name(next)}${e ? ` [${e.status}]` : ''}`);
  });
  io.out(parts.join(' '));
  for (const hop of r.hops ?? []) {
    const who = hop.claims.map((c) => `${c.claimant.label} ${c.stance}${c.stated ? ` ${c.stated}` : ''}`);
    io.out(`  ${hop.via === 'claim' ? hop.stance : hop.predicate} ${hop.relationId}: ${who.join('; ') || 'no claims'}`);
  }
}

export function printStats(file: string, c: GraphCounts, io: CliIO): void {
  io.out(
    `${file}\nentities ${c.entities}\nrelations ${c.relations}\nclaims ${c.claims}\nsources ${c.sources}\naliases ${c.aliases}`,
  );
  io.out(
    `by kind: ${Object.entries(c.byKind)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}`,
  );
  io.out(
    `by status: ${Object.entries(c.byStatus)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}`,
  );
}
