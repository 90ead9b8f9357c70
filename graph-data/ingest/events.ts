// Events named by their parties in other words than any alias: "the deepening military
// cooperation between Pyongyang and Moscow" or "kerja sama militer Pyongyang dan Moskow" is the
// graph's "military cooperation between North Korea and Russia" when that event is known. The event
// noun comes from the lexicon's anaphora cues that name a predicate; the parties' other names are
// asked of the index, and the phrasings the lexicon's eventTemplates allow are looked up in one batch.
import type { DocSentence, Mention } from './document.ts';
import { cueHits } from './attribution.ts';
import { NUMBER_ANAPHOR } from './anaphora.ts';
import type { Lexicon } from './lexicon.ts';
import type { AliasIndex } from './types.ts';

interface Candidate {
  sentence: number;
  i: number;
  j: number;
  texts: string[];
}

/** Names of an entity worth trying: the text's language first, then the label, then English. */
function namesFor(index: AliasIndex, ids: string[], lang: string): Map<string, string[]> {
  const rank = (l: string) => (l === lang ? 0 : l === '' ? 1 : l === 'en' ? 2 : 3);
  const hits = index.namesOf(ids).filter((h) => rank(h.lang) < 3);
  hits.sort((a, b) => rank(a.lang) - rank(b.lang));
  const out = new Map<string, string[]>();
  for (const h of hits) {
    const list = out.get(h.entity) ?? [];
    if (!list.includes(h.alias) && list.length < 5) list.push(h.alias);
    out.set(h.entity, list);
  }
  return out;
}

/** The two known parties right after an event noun: "between A and B", "A dan B", "A–B". */
function partiesAfter(s: DocSentence, ms: readonly Mention[], from: number, lex: Lexicon): [Mention, Mention] | null {
  const a = ms.find((m) => m.i >= from && m.i - from <= 3 && m.entity);
  if (!a) return null;
  const gap = s.tokens.slice(from, a.i);
  if (!gap.every((t) => t.kind === 'word' && (!t.cap || lex.eventLinks.has(t.key)))) return null;
  const b = ms.find((m) => m.i > a.i && m.i - a.j <= 1 && m.entity && m.entity !== a.entity);
  if (!b) return null;
  const link = s.tokens.slice(a.j, b.i);
  return link.every((t) => lex.eventLinks.has(t.key) || t.text === '–') ? [a, b] : null;
}

function candidates(
  s: DocSentence,
  ms: readonly Mention[],
  lex: Lexicon,
): { head: string[]; i: number; pair: [Mention, Mention] }[] {
  const out: { head: string[]; i: number; pair: [Mention, Mention] }[] = [];
  for (const [at, cue] of cueHits(s.tokens, lex.anaphora)) {
    if (!cue.value || cue.value === NUMBER_ANAPHOR) continue;
    let end = at + cue.tokens.length;
    const heads: [number, number][] = [[at, end]];
    // "kerja sama militer": lowercase modifiers after the noun belong to the event's name.
    while (end < s.tokens.length && heads.length < 3) {
      const t = s.tokens[end];
      if (!t || t.kind !== 'word' || t.cap || lex.stopwords.has(t.key) || lex.eventLinks.has(t.key)) break;
      heads.push([at, ++end]);
    }
    // "military cooperation": one or two lowercase words before it too.
    for (let back = 1; back <= 2; back++) {
      const t = s.tokens[at - back];
      if (!t || t.kind !== 'word' || t.cap || lex.stopwords.has(t.key)) break;
      heads.push([at - back, end]);
    }
    const pair = partiesAfter(s, ms, end, lex);
    if (!pair) continue;
    for (const [a, b] of heads.slice(0, 3))
      out.push({ head: [s.text.slice(s.tokens[a]!.start - s.start, s.tokens[b - 1]!.end - s.start)], i: a, pair });
  }
  return out;
}

export function eventMentions(
  sentences: readonly DocSentence[],
  known: Mention[][],
  index: AliasIndex,
  lex: Lexicon,
): void {
  const found: (Candidate & { pair: [Mention, Mention] })[] = [];
  for (const s of sentences)
    for (const c of candidates(s, known[s.index] ?? [], lex))
      found.push({ sentence: s.index, i: c.i, j: c.pair[1].j, texts: c.head, pair: c.pair });
  if (!found.length) return;
  const ids = [...new Set(found.flatMap((c) => c.pair.map((m) => m.entity as string)))];
  const names = namesFor(index, ids, lex.lang);
  const byCandidate = found.map((c) => {
    const [a, b] = c.pair.map((m) => names.get(m.entity as string) ?? [m.label]) as [string[], string[]];
    const texts: string[] = [];
    for (const head of c.texts)
      for (const tpl of lex.file.eventTemplates)
        for (const x of a)
          for (const y of b)
            for (const [p, q] of [
              [x, y],
              [y, x],
            ])
              texts.push(
                tpl
                  .replace('{head}', head)
                  .replace('{a}', p as string)
                  .replace('{b}', q as string),
              );
    return texts;
  });
  const hits = index.exact([...new Set(byCandidate.flat())]);
  found.forEach((c, k) => {
    const hit = (byCandidate[k] ?? []).flatMap((t) => hits.get(t) ?? []).find((h) => h.kind === 'event');
    const s = sentences[c.sentence];
    const list = known[c.sentence];
    if (!hit || !s || !list || list.some((m) => m.entity === hit.entity && m.i <= c.i && m.j >= c.j)) return;
    const first = s.tokens[c.i]!;
    const last = s.tokens[c.j - 1]!;
    list.push({
      sentence: c.sentence,
      i: c.i,
      j: c.j,
      start: first.start,
      end: last.end,
      text: s.text.slice(first.start - s.start, last.end - s.start),
      entity: hit.entity,
      label: hit.label,
      kind: 'event',
      confidence: 0.8,
      match: 'event',
    });
    list.sort((x, y) => x.i - y.i);
  });
}
