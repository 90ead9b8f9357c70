// Relations a title states: a title between an organisation and a name ("Menteri Luar Negeri Korea
// Selatan Budi X", "NATO Secretary General Y", "spokesman for the agency, Z") gives head-of or
// spokesperson-of, as the vocabulary's title cues say.
import { cueHits } from './attribution.ts';
import type { DocSentence, Mention } from './document.ts';
import type { Lexicon } from './lexicon.ts';
import { nameKey } from './fold.ts';
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

const ORG_KINDS = new Set(['government-agency', 'organisation', 'military-unit']);
const NOT_COUNTRY = new Set(['media-outlet', 'event', 'weapon-system', 'facility']);

/** What may stand for a country: a known country, or a new name the text also uses on its own. */
export function countryNames(all: readonly Mention[]): Map<string, Mention> {
  const out = new Map<string, Mention>();
  for (const m of all) if (m.entity ? m.kind === 'country' : !NOT_COUNTRY.has(m.kind)) out.set(nameKey(m.text), m);
  return out;
}

/** An agency and its country: "South Korea's National Intelligence Service", "Badan Intelijen
 * Nasional (NIS) Korea Selatan", "Pusat Komunikasi Strategis Ukraina" (the name ends with one). */
export function partOfTriples(
  s: DocSentence,
  ms: readonly Mention[],
  countries: ReadonlyMap<string, Mention>,
): Triple[] {
  const out: Triple[] = [];
  const isCountry = (m: Mention | undefined) => !!m && m.kind !== 'person' && countries.get(nameKey(m.text)) === m;
  for (const m of ms) {
    if (!ORG_KINDS.has(m.kind)) continue;
    const before = ms.find((p) => p.j === m.i && s.tokens[p.j - 1]?.possessive && isCountry(p));
    const bracket = s.tokens[m.j]?.text === '(' ? s.tokens.findIndex((t, x) => x > m.j && t.text === ')') + 1 : m.j;
    const after = ms.find((n) => n.i === bracket && n.i > 0 && isCountry(n));
    let country = before ?? after;
    if (!country && m.j - m.i >= 2)
      for (const n of [1, 2]) {
        const tail = s.tokens
          .slice(m.j - n, m.j)
          .map((t) => t.text)
          .join(' ');
        const c = countries.get(nameKey(tail));
        if (c && m.j - n > m.i && (c.entity ?? c.newKey) !== (m.entity ?? m.newKey)) country = c;
      }
    if (country && (country.entity ?? country.newKey) !== (m.entity ?? m.newKey))
      out.push({ subject: m, predicate: 'part-of', object: country, cue: m.i, confidence: 0.7, selfClaimed: false });
  }
  return out;
}
