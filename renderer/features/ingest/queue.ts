// The review queue's state: the proposal, the researcher's decisions on each item, and the
// ingest:commit arguments they add up to (only accepted items; nothing is written before Commit).
import type { ApiArgs } from '../../../graph-data/contract/api.ts';
import type { IngestProposalView } from '../../../graph-data/contract/ingest-views.ts';
import type { PartyRef } from '../../../graph-data/ingest/types.ts';
import type { Stance } from '../../../graph-data/model/types.ts';

export interface Meta {
  title: string;
  publisher: string;
  url: string;
  date: string;
  lang: string;
}

export interface ClaimDecision {
  accepted: boolean;
  stance: Stance;
  predicate: string;
}

export interface Queue {
  name: string;
  text: string;
  meta: Meta;
  proposal: IngestProposalView | null;
  entities: boolean[];
  aliases: boolean[];
  claims: ClaimDecision[];
  /** Ambiguous mentions: the proposed entity id -> the candidate the researcher chose. */
  choices: Record<string, string>;
  threshold: number;
  draft: string | null;
}

export const EMPTY_META: Meta = { title: '', publisher: '', url: '', date: '', lang: '' };

export function emptyQueue(): Queue {
  return {
    name: '',
    text: '',
    meta: { ...EMPTY_META },
    proposal: null,
    entities: [],
    aliases: [],
    claims: [],
    choices: {},
    threshold: 0.7,
    draft: null,
  };
}

/** A fresh proposal: decisions start from the threshold, metadata from what the proposal found. */
export function withProposal(q: Queue, p: IngestProposalView): Queue {
  const t = q.threshold;
  return {
    ...q,
    proposal: p,
    meta: {
      title: p.source.title,
      publisher: p.source.publisher ?? '',
      url: p.source.url ?? '',
      date: p.source.published ?? '',
      lang: q.meta.lang,
    },
    entities: p.entities.map((e) => e.confidence >= t),
    aliases: p.aliases.map((a) => a.confidence >= t),
    claims: p.claims.map((c) => ({ accepted: c.confidence >= t, stance: c.stance, predicate: c.predicate })),
    choices: {},
  };
}

/** "Accept all at or above": every item at or above t accepted, the rest rejected. */
export function acceptAtOrAbove(q: Queue, t: number): Queue {
  const p = q.proposal;
  if (!p) return { ...q, threshold: t };
  return {
    ...q,
    threshold: t,
    entities: p.entities.map((e) => e.confidence >= t),
    aliases: p.aliases.map((a) => a.confidence >= t),
    claims: p.claims.map((c, i) => ({ ...q.claims[i]!, accepted: c.confidence >= t })),
  };
}

type Party = { entity?: string | null; key?: string; label: string };

/** A claim's party once decisions apply: null when it is a rejected new entity. */
export function partyOf(q: Queue, p: PartyRef): Party | null {
  if (p.entity) return { entity: q.choices[p.entity] ?? p.entity, label: p.label };
  if (!p.key || !q.proposal) return null;
  const i = q.proposal.entities.findIndex((e) => e.key === p.key);
  return i >= 0 && q.entities[i] ? { key: p.key, label: p.label } : null;
}

/** The publisher as committed: the proposal's when its name was kept, else the name typed by hand
 * (the commit finds or creates an outlet of that name), else none. */
function publisherOf(q: Queue, p: NonNullable<Queue['proposal']>): Party | null {
  const typed = q.meta.publisher.trim();
  if (typed === (p.source.publisher ?? '') && p.source.publisherRef) return partyOf(q, p.source.publisherRef);
  return typed ? { label: typed } : null;
}

/** Whether a party is the article's own voice: the proposed publisher or the unnamed one. */
function isPublisher(x: PartyRef, p: NonNullable<Queue['proposal']>): boolean {
  const ref = p.source.publisherRef;
  if (!x.entity && !x.key) return true;
  return !!ref && x.entity === ref.entity && x.key === ref.key;
}

export function commitArgs(q: Queue): ApiArgs<'ingest:commit'> | null {
  const p = q.proposal;
  if (!p) return null;
  const publisher = publisherOf(q, p);
  const speaker = (x: PartyRef) => (isPublisher(x, p) ? publisher : partyOf(q, x));
  const claims: ApiArgs<'ingest:commit'>['claims'] = [];
  p.claims.forEach((c, i) => {
    const d = q.claims[i];
    if (!d?.accepted) return;
    const [claimant, subject, object] = [speaker(c.claimant), partyOf(q, c.subject), partyOf(q, c.object)];
    if (!claimant || !subject || !object) return;
    claims.push({
      claimant,
      subject,
      object,
      predicate: d.predicate,
      stance: d.stance,
      stated: c.stated,
      excerpt: c.excerpt,
      reportedVia: c.reportedVia ? partyOf(q, c.reportedVia) : null,
      spans: c.spans.slice(0, 20),
      confidence: c.confidence,
    });
  });
  return {
    text: p.text,
    source: {
      title: q.meta.title.trim() || p.source.title,
      publisher,
      url: q.meta.url.trim() || null,
      published: q.meta.date.trim() || null,
      language: p.source.language,
      format: p.format,
    },
    entities: p.entities
      .filter((_, i) => q.entities[i])
      .map((e) => ({ key: e.key, label: e.label, kind: e.kind, aliases: e.aliases })),
    aliases: p.aliases.filter((_, i) => q.aliases[i]).map((a) => ({ entity: a.entity, text: a.text, form: a.form })),
    claims,
    ...(q.draft ? { draft: q.draft } : {}),
  };
}

/** What the draft keeps (the proposal included, so a resumed queue needs no new proposal). */
export function toDraftState(q: Queue): string {
  return JSON.stringify({ ...q, draft: undefined });
}

export function fromDraftState(id: string, state: string): Queue {
  const parsed = JSON.parse(state) as Partial<Queue>;
  return { ...emptyQueue(), ...parsed, draft: id };
}
