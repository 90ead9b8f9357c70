// Streams a seeded synthetic stated-relations graph as bulk-import records: vocabulary, entities
// (power-law degrees by preferential attachment), sources, then each relation followed by its claims.
import kindsJson from '../../graph-data/vocab/kinds.json' with { type: 'json' };
import predicatesJson from '../../graph-data/vocab/predicates.json' with { type: 'json' };
import type { Claim, Predicate, Source, Stance, Vocabulary } from '../../graph-data/model/types.ts';
import type { BulkRecord } from '../../main/db/bulk-import.ts';
import { nameFor, slug, word } from './names.ts';
import { createRng, type Rng } from './rng.ts';
import { createWorld, drawRelation, zipfMember, type World } from './world.ts';

export interface GenOptions {
  entities: number;
  seed?: number;
  relationsPerEntity?: number;
  claimsPerRelation?: number;
}

export const VOCABULARY = { kinds: kindsJson, predicates: predicatesJson } as Vocabulary;
const STANCE_P: readonly [Stance, number][] = [
  ['asserts', 0.45],
  ['reports', 0.3],
  ['cannot-verify', 0.08],
  ['denies', 0.09],
  ['confirms', 0.08],
];
const pad = (n: number): string => n.toString(36).padStart(7, '0');

/** Row counts a generation will produce are known only afterwards; this is the plan. */
export function plannedRows(o: GenOptions): number {
  const m = o.entities * (o.relationsPerEntity ?? 1);
  return Math.round(o.entities * 3.1 + m * (1 + (o.claimsPerRelation ?? 5)) + o.entities / 5);
}

export function* generateGraph(o: GenOptions): Generator<BulkRecord> {
  const rng = createRng(o.seed ?? 42);
  yield { type: 'vocabulary', value: VOCABULARY };
  const world = createWorld(VOCABULARY, o.entities, rng);
  for (let i = 0; i < o.entities; i++) {
    const kind = world.kinds[world.kindOf[i] as number] as string;
    const { label, aliases } = nameFor(kind, i, rng, o.entities);
    const id = `${slug(label)}-${i.toString(36)}`;
    world.ids.push(id);
    const description =
      rng.next() < 0.3 ? `${kind.replace('-', ' ')} named in reports about ${word(rng.int(20_000) + 5000)}` : null;
    yield { type: 'entity', value: { id, kind, label, description, aliases } };
  }
  const sources = Math.max(20, Math.round(o.entities / 5));
  for (let i = 0; i < sources; i++) yield { type: 'source', value: makeSource(i, world, rng) };
  const relations = Math.round(o.entities * (o.relationsPerEntity ?? 1));
  let cid = 0;
  for (let j = 0; j < relations; j++) {
    const r = drawRelation(world, rng, j < o.entities && rng.next() < 0.8 ? j : undefined);
    if (!r) continue;
    const rel = {
      id: `r-${pad(j)}`,
      subject: world.ids[r.s] as string,
      predicate: r.p.id,
      object: world.ids[r.o] as string,
    };
    yield { type: 'relation', value: rel };
    const calm = rng.next() < 0.6;
    const n = rng.countAround(o.claimsPerRelation ?? 5);
    for (let k = 0; k < n; k++)
      yield { type: 'claim', value: makeClaim(`c-${pad(cid++)}`, rel.id, r.p, world, rng, sources, calm) };
  }
}

function sourceDate(i: number): string {
  const h = Math.imul(i + 1, 2654435761) >>> 0;
  const y = 2015 + (h % 11);
  const m = String(1 + ((h >>> 4) % 12)).padStart(2, '0');
  const d = String(1 + ((h >>> 8) % 28)).padStart(2, '0');
  const grain = (h >>> 16) % 20;
  return grain === 0 ? `${y}` : grain < 4 ? `${y}-${m}` : `${y}-${m}-${d}`;
}

function makeSource(i: number, w: World, rng: Rng): Source {
  const publisher = w.ids[zipfMember(w.outlets, rng) ?? rng.int(w.ids.length)] as string;
  const lang = rng.next() < 0.55 ? 'en' : 'id';
  const published = sourceDate(i);
  const title =
    lang === 'en'
      ? `${word(rng.int(30_000) + 5000)} ${rng.pick(['says', 'denies', 'reports', 'confirms'])} ${word(rng.int(30_000) + 5000)} deal`
      : `${word(rng.int(30_000) + 5000)} ${rng.pick(['mengatakan', 'membantah', 'melaporkan'])} ${word(rng.int(30_000) + 5000)}`;
  return {
    id: `s-${pad(i)}`,
    title,
    publisher,
    language: lang,
    published,
    url: `https://${slug(publisher).slice(0, 20)}.example/${published.replaceAll('-', '/')}/${i}`,
    retrieved: null,
    copyOf: i > 10 && rng.next() < 0.08 ? `s-${pad(rng.int(i))}` : null,
  };
}

function makeClaim(
  id: string,
  relation: string,
  p: Predicate,
  w: World,
  rng: Rng,
  sources: number,
  calm: boolean,
): Claim {
  const stance =
    STANCE_P[
      rng.weighted(calm ? STANCE_P.map(([s, q]) => (s === 'denies' ? 0 : q)) : STANCE_P.map(([, q]) => q))
    ]?.[0] ?? 'asserts';
  const claimant = zipfMember(w.speakers, rng) ?? 0;
  const sid = rng.int(sources);
  const stated = rng.next() < 0.9 ? sourceDate(sid) : null;
  const summary =
    rng.next() < 0.3
      ? `${stance === 'denies' ? 'Denies' : 'Says'} that ${word(rng.int(20_000) + 5000)} ${p.label.en} ${word(rng.int(20_000) + 5000)}`
      : null;
  const via = rng.next() < 0.08 ? w.ids[zipfMember(w.outlets, rng) ?? -1] : null;
  return {
    id,
    relation,
    claimant: w.ids[claimant] as string,
    stance,
    source: `s-${pad(sid)}`,
    stated,
    summary,
    reportedVia: via ?? null,
  };
}
