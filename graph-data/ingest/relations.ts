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
/** Predicates that place a country's troops somewhere (the country then sent them there). */
export const PLACEMENT = new Set(['stationed-at', 'trains-at']);
/** Predicates whose subject may be a country standing for its troops ("North Korean soldiers"). */
export const TROOP_SIDE = new Set([
  'deploys-forces-to',
  'stationed-at',
  'trains-at',
  'participates-in',
  'fights-alongside',
  'instructs',
]);

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
  forces: (m: Mention) => boolean,
): Sides {
  const [sk, ok] = kinds;
  const subjectFits = (m: Mention) => fits(m, sk) || forces(m);
  const last = [...before].reverse();
  if (mode === 'passive') {
    const subj = after.find(subjectFits);
    const obj = last.find((m) => fits(m, ok));
    return { subj, obj, subjects: subj ? [subj] : [], objects: obj ? [obj] : [] };
  }
  if (mode === 'between') {
    const subj = after.find(subjectFits);
    const obj = subj ? after.find((m) => m.i >= subj.j && fits(m, ok)) : undefined;
    return { subj, obj, subjects: subj ? [subj] : [], objects: obj ? [obj] : [] };
  }
  const subj = last.find(subjectFits);
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

export interface TripleContext {
  claimant: Mention | null;
  /** Token range of the clause the relations come from. */
  clause: [number, number];
  /** Where troops were last said to go ("send more units" names no destination). */
  destination: Mention | null;
  /** Whose troops the text last spoke of ("the soldiers were stationed at...": no subject named). */
  troops: Mention | null;
}

const inClause = (m: Mention, [a, b]: [number, number]) => m.i >= a && m.j <= b;

/** "the soldiers", "they", "para prajurit": a troop word or pronoun before the cue in the clause. */
function impliedTroops(s: DocSentence, at: number, from: number, lex: Lexicon, troops: ReadonlySet<string>): boolean {
  return s.tokens.slice(Math.max(from, at - 8), at).some((t) => troops.has(t.key) || lex.troopPronouns.has(t.key));
}

export function findTriples(
  s: DocSentence,
  all: readonly Mention[],
  lex: Lexicon,
  vocab: ReadonlyMap<string, Predicate>,
  tc: TripleContext,
): Triple[] {
  const out: Triple[] = [];
  const troops = troopWords(lex);
  const [floor, ceiling] = tc.clause;
  const ms = all.filter((m) => inClause(m, tc.clause));
  const parties = ms.filter((m) => m !== tc.claimant);
  // "fight against Ukraine" is no destination, nor is "moved from the Russian Far East".
  const against = (m: Mention) => {
    const marks = (k: string) => AGAINST.has(k) || lex.origins.has(k);
    const prev = s.tokens[m.i - 1]?.key ?? '';
    return marks(prev) || (lex.stopwords.has(prev) && marks(s.tokens[m.i - 2]?.key ?? ''));
  };
  const hits = cueHits(s.tokens, lex.predicateCues);
  for (const [at, cue] of hits) {
    if (at < floor || at >= ceiling || ms.some((m) => m.kind !== 'event' && m.i <= at && at < m.j)) continue;
    // "mengirim rudal": the same words may cue another predicate whose needs the sentence meets.
    const same = cue.tokens.join(' ');
    const p = [cue, ...lex.predicateCues.filter((c) => c !== cue && c.tokens.join(' ') === same)]
      .map((c) => c.value)
      .find((v) => needsMet(s, at, v.needs) || (TROOP_SIDE.has(v.id) && needsMet(s, at, lex.troopPronouns)));
    if (!p) continue;
    // "condemned military cooperation with X and Y": a relation named as the object of another.
    const nested = hits.some(([k, c]) => k < at && k + c.tokens.length >= at - 1);
    const mode = nested && p.mode === 'active' ? 'between' : p.mode;
    const end = at + cue.tokens.length;
    const before = parties.filter((m) => m.j <= at && at - m.j <= WINDOW_BEFORE);
    const troopPred = TROOP_SIDE.has(p.id);
    const troopSide = troopPred && mode === 'active';
    const after = parties.filter((m) => m.i >= end && !(troopSide && against(m)));
    const near = after.filter((m) => m.i - end <= WINDOW_AFTER);
    for (const id of [p.id, ...(p.fallback ? [p.fallback] : [])]) {
      const pred = vocab.get(id);
      // Only the country named with a troop word ("tentara Rusia") stands for its forces.
      const troopCountry = (m: Mention) => troopPred && countryTroops(m, s.tokens, troops);
      const subjectKinds = pred?.subjectKinds;
      const objectKinds = troopSide ? [...(pred?.objectKinds ?? []), 'country'] : pred?.objectKinds;
      const found = sides(mode, before, near, s.tokens, [subjectKinds, objectKinds], troopCountry);
      // "denied sending North Korean troops to the front": whose troops, named after the verb.
      if (!found.subj && mode === 'active' && id === 'deploys-forces-to') {
        const whose = near.find((m) => m.kind === 'military-unit' || troopCountry(m));
        if (whose) {
          found.subj = whose;
          found.subjects = [whose];
          found.obj = near.find((m) => m.i >= whose.j && fits(m, objectKinds));
        }
      }
      // "the soldiers were stationed at...", "Mereka dilatih oleh...": troops the text named before.
      const troopsBefore = troopPred && tc.troops && impliedTroops(s, at, floor, lex, troops) ? tc.troops : undefined;
      const implied = !found.subj && mode !== 'passive' ? troopsBefore : undefined;
      const subj = found.subj ?? implied;
      const subjects = found.subj ? found.subjects : implied ? [implied] : [];
      // "preparing to send more units to fight against Ukraine": where to is known from earlier.
      const useDest =
        !found.obj && troopPred && mode !== 'between' && id === 'deploys-forces-to' && tc.destination !== null;
      const impliedObj = !found.obj && mode === 'passive' ? troopsBefore : undefined;
      const obj = found.obj ?? (useDest ? tc.destination : impliedObj);
      if (!subj || !obj || (subj.entity !== null && subj.entity === obj.entity)) continue;
      const objects =
        useDest || impliedObj ? [obj] : mode === 'active' ? listFrom(obj, after, s.tokens, 1) : found.objects;
      const distance = (implied ? 6 : Math.abs(at - subj.j)) + (useDest ? 8 : Math.abs(obj.i - end));
      // Farther parties are less sure, but a clause rarely holds a wrong one: a gentle slope.
      const confidence =
        Math.max(0.5, 0.95 - distance * 0.012) * (mode === 'active' ? 1 : 0.95) * (id === p.id ? 1 : 0.9);
      for (const a of subjects)
        for (const b of objects)
          if (a.entity === null || a.entity !== b.entity)
            out.push({ subject: a, predicate: id, object: b, cue: at, confidence, selfClaimed: p.selfClaimed });
      // "North Korean troops had arrived at bases near Vladivostok": the country sent them there.
      const country = after.find((m) => m.kind === 'country') ?? tc.destination;
      if (PLACEMENT.has(id) && subj.kind === 'country' && obj.kind !== 'country' && country)
        if (subj.entity === null || subj.entity !== country.entity)
          out.push({
            subject: subj,
            predicate: 'deploys-forces-to',
            object: country,
            cue: at,
            confidence: confidence * 0.9,
            selfClaimed: false,
          });
      break;
    }
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
