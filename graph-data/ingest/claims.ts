// Claims per sentence: who says it and which part of the sentence they say (attribution.ts), the
// relations in that part (predicate cues, titles), a reference back to an event named earlier
// ("denied reports of the deployment"), when, and via whom.
import type { Attribution } from './attribution.ts';
import { attributeParts } from './segments.ts';
import { statedDate } from './dates.ts';
import type { DocSentence, Mention } from './document.ts';
import { earlierEvent } from './anaphora.ts';
import { findTriples, TROOP_SIDE, type Triple } from './relations.ts';
import { partOfTriples, titleTriples } from './title-relations.ts';
import type { ClaimProposal, PartyRef } from './types.ts';
import type { ClaimContext } from './claim-context.ts';

/** Remembers where troops go and whose they are, from the sentence's own troop relations. */
function noteTroops(s: DocSentence, ms: readonly Mention[], ctx: ClaimContext, triples: readonly Triple[]): void {
  for (const t of triples) {
    if (!TROOP_SIDE.has(t.predicate)) continue;
    if (t.subject.kind === 'country' || t.subject.kind === 'military-unit') ctx.troops = t.subject;
    if (!['deploys-forces-to', 'stationed-at', 'trains-at'].includes(t.predicate)) continue;
    const country = t.object.kind === 'country' ? t.object : ms.find((m) => m.i > t.cue && m.kind === 'country');
    if (country && country.sentence === s.index && country.entity !== t.subject.entity) ctx.destination = country;
  }
}

export function ref(m: Mention): PartyRef {
  return m.entity
    ? { entity: m.entity, label: m.label }
    : { entity: null, label: m.label, ...(m.newKey ? { key: m.newKey } : {}) };
}

const round = (x: number) => Math.round(x * 100) / 100;

export function claimOf(
  s: DocSentence,
  ctx: ClaimContext,
  claimant: PartyRef,
  t: Pick<Triple, 'subject' | 'object' | 'predicate'>,
  stance: ClaimProposal['stance'],
  conf: number,
  via: Mention | null,
): ClaimProposal {
  const spans = [t.subject, t.object].filter((m) => m.sentence === s.index);
  return {
    claimant,
    subject: ref(t.subject),
    predicate: t.predicate,
    object: ref(t.object),
    stance,
    stated: statedDate(s.tokens, ctx.lex, ctx.articleDate),
    excerpt: s.text,
    confidence: round(conf * (0.6 + 0.4 * Math.min(t.subject.confidence, t.object.confidence))),
    reportedVia: via ? ref(via) : null,
    spans: [{ start: s.start, end: s.end }, ...spans.map((m) => ({ start: m.start, end: m.end }))],
  };
}

function viaFor(a: Attribution, ctx: ClaimContext, claimant: PartyRef): Mention | null {
  if (a.via) return a.via;
  return claimant === ctx.publisher ? null : ctx.docVia;
}

function stated(s: DocSentence, ms: readonly Mention[], ctx: ClaimContext, a: Attribution): ClaimProposal[] {
  const speaker = a.claimant;
  const parties = ms.filter((m) => m !== a.via);
  const triples = a.clauses.flatMap((clause) =>
    findTriples(s, parties, ctx.lex, ctx.vocab, {
      claimant: speaker,
      clause,
      destination: ctx.destination,
      troops: ctx.troops,
    }),
  );
  noteTroops(s, ms, ctx, triples);
  const out: ClaimProposal[] = [];
  for (const t of triples) {
    const self = !speaker && !a.relayed && t.selfClaimed;
    const claimant = speaker ? ref(speaker) : self ? ref(t.subject) : ctx.publisher;
    const viaOutlet = speaker && a.via === speaker;
    const stance = viaOutlet || a.relayed ? 'reports' : a.stance;
    // "X condemned Y": X's own statement, as clear as a reporting verb.
    const conf = (self ? Math.max(a.confidence, 0.9) : a.confidence) * t.confidence * (a.hedged ? 0.85 : 1);
    const via = viaOutlet ? speaker : viaFor(a, ctx, claimant);
    out.push(claimOf(s, ctx, viaOutlet ? ctx.publisher : claimant, t, stance, conf, via));
  }
  if (!triples.length && speaker) {
    const e = earlierEvent(s, ms, ctx, speaker, a.stance === 'cannot-verify' || a.stance === 'denies', a.part);
    if (e && 'cue' in e) {
      out.push(claimOf(s, ctx, ref(speaker), e, a.stance, a.confidence * 0.9, viaFor(a, ctx, ref(speaker))));
    } else if (e) {
      const t = { subject: mentionLike(e.subject), object: mentionLike(e.object), predicate: e.predicate };
      const c = claimOf(s, ctx, ref(speaker), t, a.stance, a.confidence * 0.9, viaFor(a, ctx, ref(speaker)));
      c.refersTo = ctx.claims.indexOf(e);
      out.push(c);
    }
  }
  return out;
}

export function sentenceClaims(s: DocSentence, ms: readonly Mention[], ctx: ClaimContext): ClaimProposal[] {
  if (s.headline) {
    const whole: [number, number] = [0, s.tokens.length];
    const tc = { claimant: null, clause: whole, destination: ctx.destination, troops: ctx.troops };
    noteTroops(s, ms, ctx, findTriples(s, ms, ctx.lex, ctx.vocab, tc));
    return [];
  }
  const frames = attributeParts(s, ms, ctx.lex, ctx.lastSpeaker);
  const out: ClaimProposal[] = [];
  for (const a of frames) {
    if (a.via && !ctx.docVia) ctx.docVia = a.via;
    const mine = stated(s, ms, ctx, a);
    // The event a later part or sentence may refer back to ("..., while the Kremlin denied it").
    const third = mine.findIndex((c) => c.claimant !== ctx.publisher || a.relayed);
    if (third >= 0) ctx.lastEvent = mine[third]?.refersTo ?? ctx.claims.length + third;
    ctx.claims.push(...mine);
    out.push(...mine);
    if (a.claimant) ctx.lastSpeaker = a.claimant;
  }
  for (const t of [...titleTriples(s, ms, ctx.lex), ...partOfTriples(s, ms, ctx.countries)]) {
    const c = claimOf(s, ctx, ctx.publisher, t, 'asserts', t.confidence, null);
    // An office or an agency's country stated by the name itself: once per article is enough.
    const key = (x: ClaimProposal) =>
      [x.subject, x.object].map((p) => p.entity ?? p.key ?? p.label).join(`|${x.predicate}|`);
    if (ctx.claims.some((x) => x.claimant === ctx.publisher && key(x) === key(c))) continue;
    c.stated = ctx.articleDate;
    ctx.claims.push(c);
    out.push(c);
  }
  return out;
}

/** A stand-in mention for a party of an earlier claim (full confidence: it was already scored). */
function mentionLike(p: PartyRef): Mention {
  return {
    sentence: -1,
    i: -1,
    j: -1,
    start: 0,
    end: 0,
    text: p.label,
    entity: p.entity,
    label: p.label,
    kind: 'other',
    confidence: 1,
    match: 'ref',
    ...(p.key ? { newKey: p.key } : {}),
  };
}
