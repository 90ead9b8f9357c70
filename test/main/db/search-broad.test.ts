// Search when a prefix matches more entities than are ranked: whole names still come first (found
// by their folded form), repeated names best-connected first, and degrees come from an index only.
import { describe, expect, it } from 'vitest';
import { RANK_CANDIDATES, createSearchRepo } from '../../../main/db/search-repo.ts';
import { openOrCreate } from '../../../main/services/database-service.ts';
import { createImportService } from '../../../main/services/import-service.ts';
import { syntheticDocument } from '../../helpers/synthetic.ts';

describe('broad search', () => {
  const { db } = openOrCreate(':memory:', { empty: true });
  const doc = syntheticDocument(RANK_CANDIDATES + 200, 1, 1);
  // Written last, so beyond the first candidates FTS5 hands out; two share a name, one better connected.
  doc.entities.push(
    { id: 'late-ent', kind: 'organisation', label: 'Entitas', aliases: [] },
    { id: 'late-ent-2', kind: 'organisation', label: 'ENTITAS', aliases: [] },
  );
  doc.relations.push({ id: 'late-r', subject: 'late-ent-2', predicate: 'supports', object: 'syn-e1' });
  doc.claims.push({ ...doc.claims[0]!, id: 'late-c', relation: 'late-r' });
  createImportService(db).writeDocument(doc, 'broad.json');
  const search = createSearchRepo(db);

  it('puts whole names first even when the prefix matches more entities than are ranked', () => {
    const matches = db.prepare(`SELECT count(*) FROM entity_fts WHERE entity_fts MATCH '"entitas"*'`).pluck().get();
    expect(matches).toBeGreaterThan(RANK_CANDIDATES);
    const hits = search.entities('Entitas', 20);
    expect(hits.slice(0, 2).map((h) => h.id)).toEqual(['late-ent-2', 'late-ent']);
    expect(hits).toHaveLength(20);
  });

  it('orders broad candidates by degree read from the covering index, not table rows', () => {
    const plan = (
      db
        .prepare(
          `EXPLAIN QUERY PLAN SELECT eid FROM entities INDEXED BY entities_degree_of
          WHERE eid IN (SELECT value FROM json_each(?)) ORDER BY degree DESC LIMIT 60`,
        )
        .all('[]') as { detail: string }[]
    ).map((r) => r.detail);
    expect(plan.join('\n')).toMatch(/COVERING INDEX entities_degree_of/);
    const hits = search.entities('Enti', 20);
    const degrees = hits.filter((h) => h.label.startsWith('Entity')).map((h) => h.degree);
    expect(degrees).toEqual([...degrees].sort((a, b) => b - a));
  });
});
