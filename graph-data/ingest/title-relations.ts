// Relations a title states: a title between an organisation and a name ("Menteri Luar Negeri Korea
// Selatan Budi X", "NATO Secretary General Y", "spokesman for the agency, Z") gives head-of or
// spokesperson-of, as the vocabulary's title cues say.
import { cueHits } from './attribution.ts';
import type { DocSentence, Mention } from './document.ts';
import type { Lexicon } from './lexicon.ts';
import type { Triple } from './relations.ts';

/** A title between an organisation and a name ("Menteri Luar Negeri Korea Selatan Budi X", "NATO Secretary General Y"). */
export function titleTriples(s: DocSentence, ms: readonly Mention[], lex: Lexicon): Triple[] {
  const out: Triple[] = [];
  for (const [at, cue] of cueHits(s.tokens, lex.titles)) {
    const predicate = cue.value.predicate;
    if (!predicate) continue;
    const end = at + cue.tokens.length;
    // "spokesperson for the U.S. National Security Council, John Kirby": the last organisation of the chain.
    const linked = lex.nameConnectors.has(s.tokens[end]?.key ?? '');
    const chain = ms.filter((m) => m.kind !== 'person' && m.i >= end && m.i <= end + 3);
    const orgAfter = linked
      ? chain.filter((m) => !chain.some((x) => x.i === m.j)).find((m) => s.tokens[m.j]?.text === ',')
      : ms.find((m) => m.i === end && m.kind !== 'person');
    const orgBefore = ms.find((m) => (m.j === at || m.j === at - 1) && m.kind !== 'person');
    const org = orgAfter ?? orgBefore;
    if (!org) continue;
    const personAt = orgAfter ? orgAfter.j : end;
    const person = ms.find(
      (m) =>
        (m.i === personAt || m.i === personAt + 1) &&
        (m.kind === 'person' || (m.entity === null && m.kind !== 'other' ? m.kind === 'person' : m.entity === null)),
    );
    if (!person) continue;
    out.push({ subject: person, predicate, object: org, cue: at, confidence: 0.8, selfClaimed: false });
  }
  return out;
}
