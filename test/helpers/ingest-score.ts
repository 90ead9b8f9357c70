// Scores ingestion proposals against hand annotations: known mentions resolved, new entities
// proposed, claims with the right claimant, stance, subject and object (and, when annotated, the
// predicate). A claim field may list alternatives with '|'; a known entity id must match exactly.
import { nameKey } from '../../graph-data/ingest/fold.ts';
import type { IngestProposals, PartyRef } from '../../graph-data/ingest/types.ts';

export interface Expected {
  date: string;
  mentions: [string, string][];
  newEntities: string[];
  /** [claimant, stance, subject, object, predicate?] */
  claims: string[][];
}

export interface Score {
  mentions: [number, number];
  newEntities: [number, number];
  claims: [number, number];
  /** Claims also right in the predicate (where the annotation names one). */
  claimsWithPredicate: [number, number];
  misses: string[];
}

function sameParty(p: PartyRef, want: string, publisher: PartyRef, known: ReadonlySet<string>): boolean {
  return want.split('|').some((w) => {
    // With no publisher found, the article's own statements have an unnamed claimant (no entity, no key).
    if (w === 'publisher')
      return publisher.label
        ? p.entity === publisher.entity && nameKey(p.label) === nameKey(publisher.label)
        : !p.entity && !p.key;
    if (known.has(w)) return p.entity === w;
    if (p.entity) return false;
    const a = nameKey(p.label);
    const b = nameKey(w);
    return a === b || a.includes(b) || b.includes(a);
  });
}

function scoreMentions(text: string, r: IngestProposals, want: Expected, misses: string[]): number {
  let from = 0;
  let ok = 0;
  for (const [t, id] of want.mentions) {
    const start = text.indexOf(t, from);
    if (start < 0) throw new Error(`annotation "${t}" not found in order`);
    from = start + t.length;
    if (r.mentions.some((m) => m.entity === id && m.start < start + t.length && m.end > start)) ok++;
    else misses.push(`mention ${t}@${start} -> ${id}`);
  }
  return ok;
}

export function scoreProposals(
  text: string,
  r: IngestProposals,
  want: Expected,
  known: ReadonlySet<string> = new Set(),
): Score {
  const misses: string[] = [];
  const okMentions = scoreMentions(text, r, want, misses);
  const labels = r.entities.flatMap((e) => [e.label, ...e.aliases]).map(nameKey);
  const okNew = want.newEntities.filter((n) => {
    const k = nameKey(n);
    const ok = labels.some((l) => l === k || l.includes(k) || k.includes(l));
    if (!ok) misses.push(`new ${n}`);
    return ok;
  }).length;
  const publisher: PartyRef = { entity: r.source.publisherEntity, label: r.source.publisher ?? '' };
  let okClaims = 0;
  let okPredicate = 0;
  for (const [c = '', stance = '', s = '', o = '', pred] of want.claims) {
    const hits = r.claims.filter(
      (x) =>
        stance.split('|').includes(x.stance) &&
        sameParty(x.claimant, c, publisher, known) &&
        sameParty(x.subject, s, publisher, known) &&
        sameParty(x.object, o, publisher, known),
    );
    if (hits.length) okClaims++;
    if (hits.some((x) => !pred || pred.split('|').includes(x.predicate))) okPredicate++;
    else misses.push(`claim ${c} ${stance} ${s} -${pred ?? '?'}-> ${o}${hits.length ? ' (wrong predicate)' : ''}`);
  }
  const n = want.claims.length;
  return {
    mentions: [okMentions, want.mentions.length],
    newEntities: [okNew, want.newEntities.length],
    claims: [okClaims, n],
    claimsWithPredicate: [okPredicate, n],
    misses,
  };
}
