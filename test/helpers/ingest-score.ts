// Scores ingestion proposals against hand annotations: known mentions resolved, new entities
// proposed, claims with the right claimant, stance, subject and object.
import { nameKey } from '../../graph-data/ingest/fold.ts';
import type { IngestProposals, PartyRef } from '../../graph-data/ingest/types.ts';

export interface Expected {
  date: string;
  mentions: [string, string][];
  newEntities: string[];
  claims: [string, string, string, string][];
}

export interface Score {
  mentions: [number, number];
  newEntities: [number, number];
  claims: [number, number];
  misses: string[];
}

function sameParty(p: PartyRef, want: string, publisher: PartyRef): boolean {
  if (want === 'publisher') return p.entity === publisher.entity && p.label === publisher.label;
  if (p.entity) return p.entity === want;
  const a = nameKey(p.label);
  const b = nameKey(want);
  return a === b || a.endsWith(` ${b}`) || b.endsWith(` ${a}`) || a.includes(b) || b.includes(a);
}

export function scoreProposals(text: string, r: IngestProposals, want: Expected): Score {
  const misses: string[] = [];
  let from = 0;
  let okMentions = 0;
  for (const [t, id] of want.mentions) {
    const start = text.indexOf(t, from);
    if (start < 0) throw new Error(`annotation "${t}" not found in order`);
    from = start + t.length;
    const hit = r.mentions.some((m) => m.entity === id && m.start < start + t.length && m.end > start);
    if (hit) okMentions++;
    else misses.push(`mention ${t}@${start} -> ${id}`);
  }
  const labels = r.entities.flatMap((e) => [e.label, ...e.aliases]).map(nameKey);
  const okNew = want.newEntities.filter((n) => {
    const k = nameKey(n);
    const ok = labels.some((l) => l === k || l.includes(k) || k.includes(l));
    if (!ok) misses.push(`new ${n}`);
    return ok;
  }).length;
  const publisher: PartyRef = { entity: r.source.publisherEntity, label: r.source.publisher ?? '' };
  const okClaims = want.claims.filter(([c, stance, s, o]) => {
    const ok = r.claims.some(
      (x) =>
        x.stance === stance &&
        sameParty(x.claimant, c, publisher) &&
        sameParty(x.subject, s, publisher) &&
        sameParty(x.object, o, publisher),
    );
    if (!ok) misses.push(`claim ${c} ${stance} ${s} -> ${o}`);
    return ok;
  }).length;
  return {
    mentions: [okMentions, want.mentions.length],
    newEntities: [okNew, want.newEntities.length],
    claims: [okClaims, want.claims.length],
    misses,
  };
}
