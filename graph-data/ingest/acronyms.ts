// Acronyms defined in brackets: "Badan Intelijen Nasional Korea Selatan (NIS)" ties NIS to the
// long form, here and in every later use; "NIS (National Intelligence Service)" works too.
import type { DocSentence, Mention } from './document.ts';
import type { Token } from './tokens.ts';
import type { AliasProposal } from './types.ts';

export interface AcronymTie {
  acronym: string;
  /** The mention the acronym stands for (known or new). */
  target: Mention;
}

function bracketed(tokens: readonly Token[], open: number): Token | null {
  const a = tokens[open + 1];
  const close = tokens[open + 2];
  if (tokens[open]?.text !== '(' || close?.text !== ')' || !a || a.kind !== 'word') return null;
  return a.acronym ? a : null;
}

/** Ties "<mention> (ACR)" in one sentence; returns the acronym mentions it adds. */
export function tieAcronyms(s: DocSentence, ms: Mention[], ties: Map<string, Mention>): Mention[] {
  const added: Mention[] = [];
  for (const m of ms) {
    const acr = bracketed(s.tokens, m.j);
    if (!acr) continue;
    const already = ms.find((x) => x.i === m.j + 1);
    if (already && already.entity !== m.entity && already.match === 'exact' && already.form !== 'metonym') continue;
    ties.set(acr.key, m);
    if (!already) added.push(acronymMention(s, m.j + 1, acr, m));
  }
  return added;
}

export function acronymMention(s: DocSentence, i: number, acr: Token, target: Mention): Mention {
  return {
    sentence: s.index,
    i,
    j: i + 1,
    start: acr.start,
    end: acr.end,
    text: acr.text,
    entity: target.entity,
    label: target.label,
    kind: target.kind,
    confidence: Math.min(0.88, target.confidence),
    match: 'acronym',
    ...(target.newKey ? { newKey: target.newKey } : {}),
  };
}

/** Later bare uses of a tied acronym that nothing else matched. */
export function useTiedAcronyms(s: DocSentence, ms: Mention[], ties: Map<string, Mention>): Mention[] {
  const covered = new Set<number>();
  for (const m of ms) for (let x = m.i; x < m.j; x++) covered.add(x);
  const out: Mention[] = [];
  s.tokens.forEach((t, i) => {
    const target = t.acronym && !covered.has(i) ? ties.get(t.key) : undefined;
    if (target) out.push(acronymMention(s, i, t, target));
  });
  return out;
}

/** Aliases the text gives known entities through bracket definitions. */
export function aliasProposals(ties: Map<string, Mention>, acronymMentions: readonly Mention[]): AliasProposal[] {
  const out: AliasProposal[] = [];
  for (const [, target] of ties) {
    if (!target.entity) continue;
    const uses = acronymMentions.filter((m) => m.match === 'acronym' && m.entity === target.entity);
    const first = uses[0];
    if (!first) continue;
    out.push({
      entity: target.entity,
      text: first.text,
      form: 'abbreviation',
      confidence: 0.8,
      spans: uses.map((m) => ({ start: m.start, end: m.end })),
    });
  }
  return out;
}

/** "Badan Intelijen Nasional (NIS)" where only NIS is known: the new long form names the acronym's
 * entity (its name in this language). Returns proposal key -> the known acronym mention. */
export function longFormsOfKnown(s: DocSentence, ms: readonly Mention[]): Map<string, Mention> {
  const out = new Map<string, Mention>();
  for (const m of ms) {
    if (m.entity || !m.newKey || !bracketed(s.tokens, m.j)) continue;
    const acr = ms.find((x) => x.i === m.j + 1 && x.entity && x.j === m.j + 2);
    if (acr) out.set(m.newKey, acr);
  }
  return out;
}

/** Every mention of a taken-over proposal becomes a mention of the known entity. */
export function applyLongForms(all: readonly Mention[][], taken: ReadonlyMap<string, Mention>): void {
  for (const ms of all)
    for (const m of ms) {
      const acr = m.newKey ? taken.get(m.newKey) : undefined;
      if (!acr) continue;
      Object.assign(m, { entity: acr.entity, label: acr.label, kind: acr.kind, match: 'long-form', confidence: 0.85 });
      delete m.newKey;
    }
}
