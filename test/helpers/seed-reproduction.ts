// How much of the hand-built seed graph comes back when the seed article is ingested into a store
// that knows only the vocabulary: proposals are mapped onto seed entities by name, then compared.
import { nameKey } from '../../graph-data/ingest/fold.ts';
import type { IngestProposals, PartyRef } from '../../graph-data/ingest/types.ts';
import type { GraphDocument, Predicate } from '../../graph-data/model/types.ts';

export interface Reproduction {
  entities: [number, number];
  relations: [number, number];
  claims: [number, number];
}

export function seedReproduction(
  seed: GraphDocument,
  r: IngestProposals,
  predicates: readonly Predicate[],
): Reproduction {
  const byName = new Map<string, string>();
  for (const e of seed.entities)
    for (const n of [e.label, ...e.aliases.map((a) => a.text)]) byName.set(nameKey(n), e.id);
  const seedOf = (label: string) => byName.get(nameKey(label)) ?? null;
  const proposed = new Set<string>();
  for (const e of r.entities)
    for (const n of [e.label, ...e.aliases]) {
      const id = seedOf(n);
      if (id) proposed.add(id);
    }
  const party = (p: PartyRef) => p.entity ?? seedOf(p.label);
  const publisher = r.source.publisherEntity ?? seedOf(r.source.publisher ?? '');
  const relations = new Set<string>();
  const claims = new Set<string>();
  const symmetric = new Set(predicates.filter((p) => p.symmetric).map((p) => p.id));
  for (const c of r.claims) {
    const [s, o] = [party(c.subject), party(c.object)];
    // A symmetric relation is the same whichever party the text names first.
    const rels = [`${s}--${c.predicate}--${o}`, ...(symmetric.has(c.predicate) ? [`${o}--${c.predicate}--${s}`] : [])];
    const claimant = c.claimant.label === r.source.publisher ? publisher : party(c.claimant);
    for (const rel of rels) {
      relations.add(rel);
      claims.add(`${rel}|${claimant}|${c.stance}`);
    }
  }
  const seedClaims = seed.claims.map((c) => `${c.relation}|${c.claimant}|${c.stance}`);
  return {
    entities: [seed.entities.filter((e) => proposed.has(e.id)).length, seed.entities.length],
    relations: [seed.relations.filter((x) => relations.has(x.id)).length, seed.relations.length],
    claims: [seedClaims.filter((c) => claims.has(c)).length, seedClaims.length],
  };
}
