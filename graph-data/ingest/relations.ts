// Relations a sentence states, from predicate cue phrases held per language: the subject before
// the cue and the object after it (swapped for passive cues), checked against the kinds the
// predicate usually connects, and spread over lists ("Vladivostok, Ussuriisk, dan Khabarovsk").
import type { Predicate } from '../model/types.ts';
import { cueHits } from './attribution.ts';
import type { DocSentence, Mention } from './document.ts';
import type { Lexicon } from './lexicon.ts';
import type { Token } from './tokens.ts';

export interface Triple {
  subject: Mention;
  predicate: string;
  object: Mention;
  cue: number;
  confidence: number;
  selfClaimed: boolean;
}

const LIST_JOINERS = new Set([
  ',',
  'and',
  'the',
  'dan',
  'serta',
  '&',
  'or',
  'atau',
  'as well as',
  'termasuk',
  'including',
  'both',
  'kedua',
]);
const WINDOW_BEFORE = 14;
const PLACES = new Set(['place', 'facility']);
const WINDOW_AFTER = 12;
/** "fight against Ukraine", "berperang melawan Ukraina": the one fought is no destination. */
const AGAINST = new Set(['against', 'melawan']);
/** Predicates that place a country's troops somewhere. */
export const TROOP_PREDICATES = new Set(['deploys-forces-to', 'stationed-at', 'trains-at']);

/** Words naming troops ("troops", "pasukan"): the needs of the deploys-forces-to cues. */
function troopWords(lex: Lexicon): ReadonlySet<string> {
  return lex.predicateCues.find((c) => c.value.id === 'deploys-forces-to')?.value.needs ?? new Set();
}

/** "North Korean troops", "pasukan Korea Utara": a country standing for its forces. */
function countryTroops(m: Mention, tokens: readonly Token[], troops: ReadonlySet<string>): boolean {
  if (m.kind !== 'country') return false;
  const near = [tokens[m.j], tokens[m.j + 1], tokens[m.i - 1]];
  return near.some((t) => t !== undefined && troops.has(t.key));
}

function fits(m: Mention, kinds: readonly string[] | undefined): boolean {
  return !kinds || kinds.length === 0 || m.kind === 'other' || kinds.includes(m.kind);
}

/** Mentions joined to m by commas and "and"/"dan", in the given direction. */
function listFrom(m: Mention, ms: readonly Mention[], tokens: readonly Token[], dir: 1 | -1): Mention[] {
  const out = [m];
  let cur = m;
  for (;;) {
    const next = dir > 0 ? ms.find((x) => x.i >= cur.j) : [...ms].reverse().find((x) => x.j <= cur.i);
    if (!next) break;
    const gap = dir > 0 ? tokens.slice(cur.j, next.i) : tokens.slice(next.j, cur.i);
    if (gap.length === 0 || gap.length > 2 || !gap.every((t) => LIST_JOINERS.has(t.key))) break;
    out.push(next);
    cur = next;
  }
  return out;
}

function needsMet(s: DocSentence, at: number, needs: ReadonlySet<string>): boolean {
  if (needs.size === 0) return true;
  return s.tokens.slice(Math.max(0, at - 6), at + 8).some((t) => needs.has(t.key));
}

interface Sides {
  subj: Mention | undefined;
  obj: Mention | undefined;
  subjects: Mention[];
  objects: Mention[];
}

/** Subject and object around a cue at [at, end), by the cue's mode. */
function sides(
  mode: string,
  before: Mention[],
  after: Mention[],
  tokens: readonly Token[],
  kinds: [string[] | undefined, string[] | undefined],
): Sides {
  const [sk, ok] = kinds;
  const last = [...before].reverse();
  if (mode === 'passive') {
    const subj = after.find((m) => fits(m, sk));
    const obj = last.find((m) => fits(m, ok));
    return { subj, obj, subjects: subj ? [subj] : [], objects: obj ? [obj] : [] };
  }
  if (mode === 'between') {
    const subj = after.find((m) => fits(m, sk));
    const obj = subj ? after.find((m) => m.i >= subj.j && fits(m, ok)) : undefined;
    return { subj, obj, subjects: subj ? [subj] : [], objects: obj ? [obj] : [] };
  }
  const subj = last.find((m) => fits(m, sk));
  const first = after.find((m) => fits(m, ok));
  // "bases in Russia's Far East, including Vladivostok": a place beats the country around it.
  const place =
    first?.kind === 'country' ? after.find((m) => m.i - first.j <= 8 && PLACES.has(m.kind) && fits(m, ok)) : undefined;
  const obj = place ?? first;
  return {
    subj,
    obj,
    subjects: subj ? listFrom(subj, before, tokens, -1) : [],
    objects: obj ? listFrom(obj, after, tokens, 1) : [],
  };
}

export function findTriples(
  s: DocSentence,
  ms: readonly Mention[],
  lex: Lexicon,
  vocab: ReadonlyMap<string, Predicate>,
  claimant: Mention | null,
  floor: number,
  destination: Mention | null = null,
): Triple[] {
  const out: Triple[] = [];
  const troops = troopWords(lex);
  const parties = ms.filter((m) => m !== claimant);
  const against = (m: Mention) => AGAINST.has(s.tokens[m.i - 1]?.key ?? '');
  const hits = cueHits(s.tokens, lex.predicateCues);
  for (const [at, cue] of hits) {
    if (at < floor || ms.some((m) => m.i <= at && at < m.j)) continue;
    const p = cue.value;
    if (!needsMet(s, at, p.needs)) continue;
    // "condemned military cooperation with X and Y": a relation named as the object of another.
    const nested = hits.some(([k, c]) => k < at && k + c.tokens.length >= at - 1);
    const mode = nested && p.mode === 'active' ? 'between' : p.mode;
    const pred = vocab.get(p.id);
    const end = at + cue.tokens.length;
    const before = parties.filter((m) => m.j <= at && at - m.j <= WINDOW_BEFORE && m.i >= floor);
    const troopSide = TROOP_PREDICATES.has(p.id) && mode === 'active';
    const after = parties.filter((m) => m.i >= end && !(troopSide && against(m)));
    const near = after.filter((m) => m.i - end <= WINDOW_AFTER);
    const subjectKinds =
      troopSide && before.some((m) => countryTroops(m, s.tokens, troops))
        ? [...(pred?.subjectKinds ?? []), 'country']
        : pred?.subjectKinds;
    const objectKinds = troopSide ? [...(pred?.objectKinds ?? []), 'country'] : pred?.objectKinds;
    const found = sides(mode, before, near, s.tokens, [subjectKinds, objectKinds]);
    const { subj, subjects } = found;
    // "preparing to send more units to fight against Ukraine": where to is known from earlier.
    const useDest = !found.obj && troopSide && p.id === 'deploys-forces-to' && destination !== null;
    const obj = found.obj ?? (useDest ? destination : undefined);
    if (!subj || !obj || (subj.entity !== null && subj.entity === obj.entity)) continue;
    const all = useDest ? [obj] : mode === 'active' ? listFrom(obj, after, s.tokens, 1) : found.objects;
    const distance = Math.abs(at - subj.j) + (useDest ? 8 : Math.abs(obj.i - end));
    const confidence = Math.max(0.4, 0.9 - distance * 0.02) * (mode === 'active' ? 1 : 0.95);
    for (const a of subjects)
      for (const b of all)
        if (a.entity === null || a.entity !== b.entity)
          out.push({ subject: a, predicate: p.id, object: b, cue: at, confidence, selfClaimed: p.selfClaimed });
    // "North Korean troops had arrived at bases near Vladivostok": the country sent them there.
    const country = after.find((m) => m.kind === 'country') ?? destination;
    if (troopSide && p.id !== 'deploys-forces-to' && subj.kind === 'country' && obj.kind !== 'country' && country)
      if (subj.entity === null || subj.entity !== country.entity)
        out.push({
          ...(out.at(-1) as Triple),
          predicate: 'deploys-forces-to',
          object: country,
          confidence: confidence * 0.9,
        });
  }
  return dedupe(out);
}

function dedupe(ts: Triple[]): Triple[] {
  const seen = new Set<string>();
  return ts.filter((t) => {
    const k = `${t.subject.start}|${t.predicate}|${t.object.start}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** A title between an organisation and a name ("Menteri Luar Negeri Korea Selatan Budi X", "NATO Secretary General Y"). */
export function titleTriples(s: DocSentence, ms: readonly Mention[], lex: Lexicon): Triple[] {
  const out: Triple[] = [];
  for (const [at, cue] of cueHits(s.tokens, lex.titles)) {
    const predicate = cue.value.predicate;
    if (!predicate) continue;
    const end = at + cue.tokens.length;
    const orgAfter = ms.find((m) => m.i === end && m.kind !== 'person');
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
    out.push({ subject: person, predicate, object: org, cue: at, confidence: 0.75, selfClaimed: false });
  }
  return out;
}
