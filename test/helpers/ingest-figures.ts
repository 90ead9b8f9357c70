// Ingestion quality figures per split (dev: tuned on; heldout: never tuned on) and per language,
// over the hand-annotated texts in test/fixtures/ingest/<split>/expected.json, against the seed graph.
import { readFileSync } from 'node:fs';
import { createMemoryIndex } from '../../graph-data/ingest/memory-index.ts';
import { proposeIngest } from '../../graph-data/ingest/pipeline.ts';
import { BASE_PREDICATES } from '../../graph-data/formats/base-vocab.ts';
import type { GraphDocument } from '../../graph-data/model/types.ts';
import { scoreProposals, type Expected, type Score } from './ingest-score.ts';

export const SPLITS = ['dev', 'heldout'] as const;
export type Split = (typeof SPLITS)[number];

export interface TextScore extends Score {
  split: Split;
  file: string;
  lang: string;
}

const dir = 'test/fixtures/ingest';

export function loadSeed(): GraphDocument {
  return JSON.parse(readFileSync('graph-data/seed/seed-graph.json', 'utf8')) as GraphDocument;
}

export function scoreSplit(split: Split, seed: GraphDocument = loadSeed()): TextScore[] {
  const known = new Set(seed.entities.map((e) => e.id));
  const index = createMemoryIndex(seed.entities);
  const want = JSON.parse(readFileSync(`${dir}/${split}/expected.json`, 'utf8')) as {
    texts: Record<string, Expected>;
  };
  return Object.entries(want.texts).map(([file, w]) => {
    const text = readFileSync(`${dir}/${split}/${file}`, 'utf8');
    const r = proposeIngest(text, { date: w.date }, index, BASE_PREDICATES);
    return { split, file, lang: r.source.language, ...scoreProposals(text, r, w, known) };
  });
}

type Pair = [number, number];
export interface Totals {
  mentions: Pair;
  newEntities: Pair;
  claims: Pair;
  claimsWithPredicate: Pair;
}

export function totals(scores: readonly TextScore[]): Totals {
  const t: Totals = { mentions: [0, 0], newEntities: [0, 0], claims: [0, 0], claimsWithPredicate: [0, 0] };
  for (const s of scores)
    for (const k of Object.keys(t) as (keyof Totals)[]) {
      t[k][0] += s[k][0];
      t[k][1] += s[k][1];
    }
  return t;
}

const pct = ([a, b]: Pair) => `${a}/${b} (${b ? Math.round((100 * a) / b) : 0}%)`;

export function report(scores: readonly TextScore[]): string {
  const lines: string[] = [];
  for (const split of SPLITS)
    for (const lang of ['en', 'id']) {
      const t = totals(scores.filter((s) => s.split === split && s.lang === lang));
      if (!t.claims[1]) continue;
      lines.push(
        `${split.padEnd(7)} ${lang}: mentions ${pct(t.mentions)}, new entities ${pct(t.newEntities)}, ` +
          `claims ${pct(t.claims)}, with predicate ${pct(t.claimsWithPredicate)}`,
      );
    }
  return lines.join('\n');
}
