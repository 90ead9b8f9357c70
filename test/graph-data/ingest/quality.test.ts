// Ingestion quality on our own news-style texts (English and Indonesian, hand-annotated in
// test/fixtures/ingest/<split>/expected.json): dev texts were tuned on, held-out texts never were.
// Also how much of the seed graph the seed article reproduces from a vocabulary-only store (the seed
// article is read from ../shared at run time). `node scripts/ingest-quality.ts` prints the same figures.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMemoryIndex } from '../../../graph-data/ingest/memory-index.ts';
import { proposeIngest } from '../../../graph-data/ingest/pipeline.ts';
import { BASE_PREDICATES } from '../../../graph-data/formats/base-vocab.ts';
import { loadSeed, report, scoreSplit, totals, type Split } from '../../helpers/ingest-figures.ts';
import { seedReproduction } from '../../helpers/seed-reproduction.ts';

const seed = loadSeed();
const SEED_ARTICLE = '../shared/seed/000_e0bda86051a4806c.txt';
const ratio = ([a, b]: [number, number]) => a / (b || 1);

/** Floors per split: the bars for mentions and new entities, and for claims what the
 * pipeline reaches now (a drop fails the test). */
const CLAIM_FLOOR: Record<Split, number> = { dev: 0.8, heldout: 0.7 };

for (const split of ['dev', 'heldout'] as const) {
  describe(`quality on our ${split} texts`, () => {
    const scores = scoreSplit(split, seed);
    it('prints the figures', () => {
      console.info(report(scores));
      expect(scores.length).toBeGreaterThanOrEqual(4);
    });
    for (const s of scores)
      it(`${s.file}: known mentions >= 95%, new entities >= 80%`, () => {
        expect(ratio(s.mentions), s.misses.join('\n')).toBeGreaterThanOrEqual(0.95);
        expect(ratio(s.newEntities), s.misses.join('\n')).toBeGreaterThanOrEqual(0.8);
      });
    for (const lang of ['en', 'id'])
      it(`${lang}: claims with the right claimant, stance, subject and object`, () => {
        const mine = scores.filter((s) => s.lang === lang);
        const t = totals(mine);
        expect(ratio(t.claims), mine.flatMap((s) => s.misses).join('\n')).toBeGreaterThanOrEqual(CLAIM_FLOOR[split]);
      });
  });
}

describe.runIf(existsSync(SEED_ARTICLE))('the seed article into a vocabulary-only store', () => {
  it('reproduces part of the hand-built seed graph', () => {
    const text = readFileSync(SEED_ARTICLE, 'utf8');
    const r = proposeIngest(text, { date: '2024-10' }, createMemoryIndex([]), BASE_PREDICATES);
    const f = seedReproduction(seed, r, BASE_PREDICATES);
    console.info(
      `seed reproduction: entities ${f.entities.join('/')}, relations ${f.relations.join('/')}, claims ${f.claims.join('/')}`,
    );
    expect(f.entities[0] / f.entities[1]).toBeGreaterThanOrEqual(0.6);
    expect(f.relations[0]).toBeGreaterThanOrEqual(10);
    expect(f.claims[0]).toBeGreaterThanOrEqual(11);
  });
  it('reproduces more of it when the graph already knows the names', () => {
    const text = readFileSync(SEED_ARTICLE, 'utf8');
    const r = proposeIngest(text, { date: '2024-10' }, createMemoryIndex(seed.entities), BASE_PREDICATES);
    const f = seedReproduction(seed, r, BASE_PREDICATES);
    console.info(
      `seed article against the seed graph: relations ${f.relations.join('/')}, claims ${f.claims.join('/')}`,
    );
    expect(f.claims[0]).toBeGreaterThanOrEqual(18);
  });
});
