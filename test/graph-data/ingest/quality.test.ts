// Ingestion quality on our own news-style texts (English and Indonesian, hand-annotated in
// test/fixtures/ingest/expected.json), and how much of the seed graph the seed article reproduces
// from a store that holds only the vocabulary. The seed article is read from ../shared at run time.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMemoryIndex } from '../../../graph-data/ingest/memory-index.ts';
import { proposeIngest } from '../../../graph-data/ingest/pipeline.ts';
import { BASE_PREDICATES } from '../../../graph-data/formats/base-vocab.ts';
import type { GraphDocument } from '../../../graph-data/model/types.ts';
import { scoreProposals, type Expected } from '../../helpers/ingest-score.ts';
import { seedReproduction } from '../../helpers/seed-reproduction.ts';

const dir = 'test/fixtures/ingest';
const seed = JSON.parse(readFileSync('graph-data/seed/seed-graph.json', 'utf8')) as GraphDocument;
const expected = JSON.parse(readFileSync(`${dir}/expected.json`, 'utf8')) as { texts: Record<string, Expected> };
const SEED_ARTICLE = '../shared/seed/000_e0bda86051a4806c.txt';

describe('quality on our own texts', () => {
  const total = { mentions: [0, 0], newEntities: [0, 0], claims: [0, 0] };
  for (const [file, want] of Object.entries(expected.texts)) {
    it(`${file}: mentions, new entities and claims`, () => {
      const text = readFileSync(`${dir}/${file}`, 'utf8');
      const r = proposeIngest(text, { date: want.date }, createMemoryIndex(seed.entities), BASE_PREDICATES);
      const s = scoreProposals(text, r, want);
      for (const k of ['mentions', 'newEntities', 'claims'] as const) {
        total[k][0] = (total[k][0] ?? 0) + s[k][0];
        total[k][1] = (total[k][1] ?? 0) + s[k][1];
      }
      expect(s.mentions[0] / s.mentions[1]).toBeGreaterThanOrEqual(0.95);
      expect(s.newEntities[0] / s.newEntities[1]).toBeGreaterThanOrEqual(0.8);
      expect(s.claims[0] / s.claims[1]).toBeGreaterThanOrEqual(0.35);
    });
  }
  it('reaches the bar over all texts together', () => {
    const [ok, all] = total.claims;
    expect((ok ?? 0) / (all || 1)).toBeGreaterThanOrEqual(0.55);
  });
});

describe.runIf(existsSync(SEED_ARTICLE))('the seed article into a vocabulary-only store', () => {
  it('reproduces part of the hand-built seed graph', () => {
    const text = readFileSync(SEED_ARTICLE, 'utf8');
    const r = proposeIngest(text, { date: '2024-10' }, createMemoryIndex([]), BASE_PREDICATES);
    const f = seedReproduction(seed, r);
    console.info(
      `seed reproduction: entities ${f.entities.join('/')}, relations ${f.relations.join('/')}, claims ${f.claims.join('/')}`,
    );
    expect(f.entities[0] / f.entities[1]).toBeGreaterThanOrEqual(0.4);
    expect(f.relations[0]).toBeGreaterThanOrEqual(3);
  });
});
