// "Accept all at or above a confidence": the reviewed form of a set of proposals, as the commit
// call takes it. The CLI's --accept-all and the review queue's button share it.
import type { IngestProposals, PartyRef } from './types.ts';

export interface AcceptedParty {
  entity?: string | null;
  key?: string;
  label: string;
}

export interface AcceptedProposals {
  text: string;
  source: {
    title: string;
    publisher: AcceptedParty | null;
    url: string | null;
    published: string | null;
    language: string;
  };
  entities: { key: string; label: string; kind: string; aliases: string[] }[];
  aliases: { entity: string; text: string; form: 'abbreviation' | 'name' | 'metonym' | 'translation' | 'designator' }[];
  claims: {
    claimant: AcceptedParty;
    subject: AcceptedParty;
    predicate: string;
    object: AcceptedParty;
    stance: IngestProposals['claims'][number]['stance'];
    stated: string | null;
    excerpt: string;
    reportedVia: AcceptedParty | null;
    spans: { start: number; end: number }[];
    confidence: number;
  }[];
}

function party(p: PartyRef, keys: ReadonlySet<string>): AcceptedParty | null {
  if (p.entity) return { entity: p.entity, label: p.label };
  return p.key && keys.has(p.key) ? { key: p.key, label: p.label } : null;
}

export function acceptAbove(p: IngestProposals, text: string, min: number): AcceptedProposals {
  const entities = p.entities.filter((e) => e.confidence >= min);
  const keys = new Set(entities.map((e) => e.key));
  const claims: AcceptedProposals['claims'] = [];
  for (const c of p.claims) {
    if (c.confidence < min) continue;
    const [claimant, subject, object] = [party(c.claimant, keys), party(c.subject, keys), party(c.object, keys)];
    if (!claimant || !subject || !object) continue;
    const via = c.reportedVia ? party(c.reportedVia, keys) : null;
    claims.push({
      claimant,
      subject,
      predicate: c.predicate,
      object,
      stance: c.stance,
      stated: c.stated,
      excerpt: c.excerpt,
      reportedVia: via,
      spans: c.spans,
      confidence: c.confidence,
    });
  }
  const publisher = p.source.publisherRef ? party(p.source.publisherRef, keys) : null;
  return {
    text,
    source: {
      title: p.source.title,
      publisher,
      url: p.source.url,
      published: p.source.published,
      language: p.source.language,
    },
    entities: entities.map((e) => ({ key: e.key, label: e.label, kind: e.kind, aliases: e.aliases })),
    aliases: p.aliases
      .filter((a) => a.confidence >= min)
      .map((a) => ({ entity: a.entity, text: a.text, form: a.form })),
    claims,
  };
}
