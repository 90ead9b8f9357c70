// Claims per sentence: who (attribution), which relations (predicate cues, titles), a reference
// back to an event named earlier ("denied reports of the deployment"), when, and via whom.
import type { Predicate } from '../model/types.ts';
import { attribute, cueHits, type Attribution } from './attribution.ts';
import { statedDate } from './dates.ts';
import type { DocSentence, Mention } from './document.ts';
import type { Lexicon } from './lexicon.ts';
import { findTriples, titleTriples, TROOP_PREDICATES, type Triple } from './relations.ts';
import type { ClaimProposal, PartyRef } from './types.ts';

export interface ClaimContext {
  lex: Lexicon;
  vocab: ReadonlyMap<string, Predicate>;
  publisher: PartyRef;
  articleDate: string | null;
  lastSpeaker: Mention | null;
  /** The outlet the article cites, applied to third-party claims that name no outlet themselves. */
  docVia: Mention | null;
  claims: ClaimProposal[];
  /** Index of the first claim of the latest sentence that carried a third-party claim. */
  lastEvent: number | null;
  /** The country troops were last said to be sent to ("in Russia's Far East"), for "send more units". */
  destination?: Mention | null;
}

/** Remembers where troops go, from the sentence's own troop relations (headlines included). */
function noteDestination(s: DocSentence, ms: readonly Mention[], ctx: ClaimContext, triples: readonly Triple[]): void {
  for (const t of triples) {
    if (!TROOP_PREDICATES.has(t.predicate)) continue;
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

function claimOf(
  s: DocSentence,
  ctx: ClaimContext,
  claimant: PartyRef,
  t: Pick<Triple, 'subject' | 'object' | 'predicate'>,
  stance: ClaimProposal['stance'],
  conf: number,
  via: Mention | null,
): ClaimProposal {
  return {
    claimant,
    subject: ref(t.subject),
    predicate: t.predicate,
    object: ref(t.object),
    stance,
    stated: statedDate(s.tokens, ctx.lex, ctx.articleDate),
    excerpt: s.text,
    confidence: round(conf * Math.sqrt(Math.min(t.subject.confidence, t.object.confidence))),
    reportedVia: via ? ref(via) : null,
    spans: [{ start: s.start, end: s.end }, ...[t.subject, t.object].map((m) => ({ start: m.start, end: m.end }))],
  };
}

/** "the reports", "laporan tersebut", "the deployment": the relation of an earlier claim, or one
 * the event noun's own words name ("the involvement of X in Y"). */
function anaphoric(
  s: DocSentence,
  ms: readonly Mention[],
  ctx: ClaimContext,
  speaker: Mention,
): ClaimProposal | Triple | null {
  for (const [at, cue] of cueHits(s.tokens, ctx.lex.anaphora)) {
    const wanted = cue.value;
    if (!wanted && ctx.lastEvent !== null) return ctx.claims[ctx.lastEvent] ?? null;
    for (let k = ctx.claims.length - 1; k >= 0; k--)
      if (ctx.claims[k]?.predicate === wanted) return ctx.claims[k] ?? null;
    const pred = wanted ? ctx.vocab.get(wanted) : undefined;
    const after = ms.filter((m) => m.i >= at && m !== speaker);
    const subject = after.find((m) => !pred || pred.subjectKinds.includes(m.kind));
    const object = subject && after.find((m) => m.i >= subject.j && (!pred || pred.objectKinds.includes(m.kind)));
    if (pred && subject && object)
      return { subject, object, predicate: pred.id, cue: at, confidence: 0.7, selfClaimed: false };
  }
  return null;
}

function viaFor(a: Attribution, ctx: ClaimContext, claimant: PartyRef): Mention | null {
  if (a.via) return a.via;
  return claimant === ctx.publisher ? null : ctx.docVia;
}

export function sentenceClaims(s: DocSentence, ms: readonly Mention[], ctx: ClaimContext): ClaimProposal[] {
  if (s.headline) {
    noteDestination(s, ms, ctx, findTriples(s, ms, ctx.lex, ctx.vocab, null, 0, null));
    return [];
  }
  const a = attribute(s, ms, ctx.lex, ctx.lastSpeaker);
  if (a.via && !ctx.docVia) ctx.docVia = a.via;
  const speaker = a.claimant;
  const floor = speaker && speaker.sentence === s.index && speaker.j <= a.cue ? a.cue + 1 : 0;
  const triples = findTriples(
    s,
    ms.filter((m) => m !== a.via),
    ctx.lex,
    ctx.vocab,
    speaker,
    floor,
    ctx.destination ?? null,
  );
  noteDestination(s, ms, ctx, triples);
  const out: ClaimProposal[] = [];
  for (const t of triples) {
    const self = !speaker && t.selfClaimed;
    const claimant = speaker ? ref(speaker) : self ? ref(t.subject) : ctx.publisher;
    const via = viaFor(a, ctx, claimant);
    const viaOutlet = speaker && a.via === speaker;
    const stance = viaOutlet ? 'reports' : a.stance;
    out.push(
      claimOf(
        s,
        ctx,
        viaOutlet ? ctx.publisher : claimant,
        t,
        stance,
        a.confidence * t.confidence * (a.hedged ? 0.85 : 1),
        viaOutlet ? speaker : via,
      ),
    );
  }
  if (!triples.length && speaker) {
    // "said the alliance had no evidence yet": a doubt or denial with no object of its own is about
    // the event the article last reported.
    const implicit = a.stance === 'cannot-verify' || a.stance === 'denies';
    const last = implicit && ctx.lastEvent !== null ? (ctx.claims[ctx.lastEvent] ?? null) : null;
    const earlier = anaphoric(s, ms, ctx, speaker) ?? last;
    if (earlier && 'cue' in earlier) {
      out.push(claimOf(s, ctx, ref(speaker), earlier, a.stance, a.confidence * 0.8, viaFor(a, ctx, ref(speaker))));
    } else if (earlier) {
      const t = {
        subject: mentionLike(earlier.subject),
        object: mentionLike(earlier.object),
        predicate: earlier.predicate,
      };
      const c = claimOf(s, ctx, ref(speaker), t, a.stance, a.confidence * 0.8, viaFor(a, ctx, ref(speaker)));
      c.refersTo = ctx.claims.indexOf(earlier);
      c.spans = [{ start: s.start, end: s.end }];
      out.push(c);
    }
  }
  for (const t of titleTriples(s, ms, ctx.lex)) {
    const c = claimOf(s, ctx, ctx.publisher, t, 'asserts', t.confidence, null);
    c.stated = ctx.articleDate;
    out.push(c);
  }
  if (speaker) ctx.lastSpeaker = speaker;
  const third = out.findIndex((c) => c.claimant !== ctx.publisher);
  if (third >= 0) ctx.lastEvent = out[third]?.refersTo ?? ctx.claims.length + third;
  ctx.claims.push(...out);
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
