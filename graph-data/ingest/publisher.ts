// The article's publisher: the --publisher flag or the page's site name, else the outlet a dateline
// names: "SEOUL, Oct. 24 (Example Wire) - ...", "WASHINGTON (Warta Dunia) - ...", "JAKARTA,
// KABARNUSA.ID - ...", "PARAMETERMEDIA.COM – ...". The outlet found there is a media outlet,
// whatever kind its name alone suggested.
import type { DocSentence, Mention } from './document.ts';
import { nameKey } from './fold.ts';
import type { Lexicon } from './lexicon.ts';
import { proposeNamed, type NewEntityState } from './new-entities.ts';
import type { AliasIndex, PartyRef } from './types.ts';

const DASH = /^\s*[-–—]/u;
const DOMAIN = /\.(?:com|net|org|id|co(?:\.\p{L}{2})?|news|info|tv|\p{L}{2})$/iu;
/** How far into the first lines a dateline may run (tokens). */
const DATELINE_TOKENS = 14;

/** The outlet in brackets after a dateline, or a site name right before the dash. */
function inSentence(text: string, s: DocSentence, ms: readonly Mention[]): Mention | null {
  const t = s.tokens;
  for (let k = 0; k < Math.min(t.length, DATELINE_TOKENS); k++) {
    const tok = t[k];
    if (!tok) break;
    if (tok.text === '(') {
      const close = t.findIndex((x, x2) => x2 > k && x.text === ')');
      if (close < 0 || !DASH.test(text.slice(t[close]?.end ?? 0))) continue;
      const inside = ms.filter((m) => m.i > k && m.j <= close);
      const m = inside.length === 1 ? inside[0] : undefined;
      if (m && m.i === k + 1 && m.j === close && (m.entity === null || m.kind === 'media-outlet')) return m;
      continue;
    }
    const m = ms.find((x) => x.i === k);
    if (m && DOMAIN.test(m.text) && DASH.test(text.slice(m.end)) && (m.entity === null || m.kind === 'media-outlet'))
      return m;
  }
  return null;
}

function datelineOutlet(text: string, sentences: readonly DocSentence[], mentions: Mention[][]): Mention | null {
  let tried = 0;
  for (const s of sentences) {
    if (s.headline) continue;
    const m = inSentence(text, s, mentions[s.index] ?? []);
    if (m || ++tried >= 2) return m;
  }
  return null;
}

/** "By Jane Roe, Example Wire" / "Oleh: Nama (Harian Contoh)": the author is a person, the name
 * after the separator the outlet. */
function bylineOutlet(
  sentences: readonly DocSentence[],
  mentions: Mention[][],
  lex: Lexicon,
  state: NewEntityState,
): Mention | null {
  for (const s of sentences.slice(0, 4)) {
    if (!lex.bylines.has(s.tokens[0]?.key ?? '')) continue;
    const ms = mentions[s.index] ?? [];
    const sep = s.tokens.findIndex((t) => [',', '(', '|', '-', '–', '—'].includes(t.text));
    for (const m of ms.filter((x) => !x.entity && (sep < 0 || x.j <= sep))) setKind(m, 'person', mentions, state);
    const m = sep >= 0 ? ms.find((x) => x.i > sep && (x.entity === null || x.kind === 'media-outlet')) : undefined;
    if (m) return m;
  }
  return null;
}

function setKind(m: Mention, kind: string, mentions: Mention[][], state: NewEntityState): void {
  const p = state.proposals.find((x) => x.key === m.newKey);
  if (p) p.kind = kind;
  for (const x of mentions.flat()) if (x.newKey && x.newKey === m.newKey) x.kind = kind;
}

/** The publisher: the flag or the page's site name (a known entity, else a proposed media outlet),
 * else the outlet a dateline or byline names ("SEOUL, Oct. 24 (Example Wire) -", "By Jane Roe,
 * Example Wire"), which becomes a media outlet. */
export function publisherOf(
  text: string,
  sentences: readonly DocSentence[],
  opts: { publisher?: string | undefined },
  index: AliasIndex,
  mentions: Mention[][],
  lex: Lexicon,
  state: NewEntityState,
): PartyRef | null {
  const lang = lex.lang;
  const name = opts.publisher?.trim();
  if (name) {
    const key = nameKey(name);
    const hits = index.exact([name]).get(name) ?? index.similar(key.split(' ')).filter((h) => nameKey(h.alias) === key);
    const best = [...hits].sort((a, b) => Number(b.lang === lang) - Number(a.lang === lang))[0];
    if (best) return { entity: best.entity, label: best.label };
    const p = proposeNamed(state, name, 'media-outlet', 0.8);
    p.kind = 'media-outlet';
    return { entity: null, label: p.label, key: p.key };
  }
  const m = datelineOutlet(text, sentences, mentions) ?? bylineOutlet(sentences, mentions, lex, state);
  if (!m) return null;
  if (m.entity) return { entity: m.entity, label: m.label };
  setKind(m, 'media-outlet', mentions, state);
  return { entity: null, label: m.label, ...(m.newKey ? { key: m.newKey } : {}) };
}
