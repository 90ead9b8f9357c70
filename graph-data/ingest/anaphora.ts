// What a sentence with no relation of its own is about: "the deployment" / "pengerahan" names the
// predicate of an earlier claim; "the figure" / "angka itu" the latest claim that gave a number;
// "the reports" / "laporan tersebut" the latest reported event; a bare doubt or denial ("said the
// alliance had no evidence yet") the latest reported event too. Specific beats generic.
import { cueHits } from './attribution.ts';
import type { ClaimContext } from './claim-context.ts';
import type { DocSentence, Mention } from './document.ts';
import type { Triple } from './relations.ts';
import type { ClaimProposal } from './types.ts';

/** The value an anaphora cue carries for "the latest claim that gave a number". */
export const NUMBER_ANAPHOR = '#number';
const NUMBER = /\d{1,3}(?:[.,]\d{3})+|\d{3,}|\b(?:thousands?|hundreds?|ribuan|ratusan|ribu|ratus)\b/iu;

function latest(ctx: ClaimContext, ok: (c: ClaimProposal) => boolean): ClaimProposal | null {
  for (let k = ctx.claims.length - 1; k >= 0; k--) {
    const c = ctx.claims[k];
    if (c && c.claimant !== ctx.publisher && ok(c)) return c;
  }
  for (let k = ctx.claims.length - 1; k >= 0; k--) {
    const c = ctx.claims[k];
    if (c && ok(c)) return c;
  }
  return null;
}

/** "a North Korean deployment", "pengerahan pasukan Korea Utara": a relation built from the words
 * around the event noun and what the text said before (whose troops, where to). */
function fromWords(
  ms: readonly Mention[],
  at: number,
  predicate: string,
  ctx: ClaimContext,
  speaker: Mention,
): Triple | null {
  const pred = ctx.vocab.get(predicate);
  if (!pred) return null;
  const near = ms.filter((m) => m !== speaker && m.i >= at - 3 && m.i <= at + 8);
  const subject =
    near.find((m) => pred.subjectKinds.includes(m.kind)) ??
    (predicate === 'deploys-forces-to' ? ctx.troops : null) ??
    undefined;
  const object =
    near.find((m) => m !== subject && pred.objectKinds.includes(m.kind) && m.i > (subject?.i ?? -1)) ??
    (predicate === 'deploys-forces-to' ? ctx.destination : null) ??
    undefined;
  if (!subject || !object || subject.entity === object.entity) return null;
  return { subject, object, predicate, cue: at, confidence: 0.7, selfClaimed: false };
}

export function earlierEvent(
  s: DocSentence,
  ms: readonly Mention[],
  ctx: ClaimContext,
  speaker: Mention,
  implicit: boolean,
  [lo, hi]: [number, number] = [0, s.tokens.length],
): ClaimProposal | Triple | null {
  const hits = cueHits(s.tokens, ctx.lex.anaphora).filter(([at]) => at >= lo && at < hi);
  const specific = hits.filter(([, c]) => c.value && c.value !== NUMBER_ANAPHOR);
  for (const [at, cue] of specific) {
    const wanted = cue.value as string;
    const earlier = latest(ctx, (c) => c.predicate === wanted);
    const built = earlier ? null : fromWords(ms, at, wanted, ctx, speaker);
    if (earlier || built) return earlier ?? built;
  }
  if (hits.some(([, c]) => c.value === NUMBER_ANAPHOR)) {
    const withNumber = latest(ctx, (c) => NUMBER.test(c.excerpt));
    if (withNumber) return withNumber;
  }
  if ((hits.length || implicit) && ctx.lastEvent !== null) return ctx.claims[ctx.lastEvent] ?? null;
  return null;
}
