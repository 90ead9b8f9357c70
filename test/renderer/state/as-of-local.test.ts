// The renderer's as-of derivation (state/as-of-local.ts, from `claims:digests`) against the store's
// (`graph:subgraph` and `claims:list` with asOf), on the seed, on the example and on a
// generated graph with syndicated copies: the same relations, statuses, counts and claims.
import { describe, expect, it } from 'vitest';
import { MAX_ELEMENT_CAP } from '../../../graph-data/contract/filters.ts';
import type { EdgeView } from '../../../graph-data/contract/views.ts';
import type { GraphDocument } from '../../../graph-data/model/types.ts';
import type { Db } from '../../../main/db/open.ts';
import { createClaimDigests } from '../../../main/services/claim-digests.ts';
import { createGraphService } from '../../../main/services/graph-service.ts';
import { writeDocument } from '../../../main/services/import-service.ts';
import { claimsAsOf, edgesAsOf } from '../../../renderer/state/as-of-local.ts';
import { asOfDocument } from '../../helpers/as-of-doc.ts';
import { seededDb, tmpDir } from '../../helpers/tmp.ts';
import { generatedDoc } from '../../helpers/synthetic.ts';

const dir = tmpDir();
const DATES = [null, '2024', '2024-09', '2024-10', '2024-10-17', '2024-10-18', '2024-10-20', '2024-10-28'];
const LATER = ['2024-10-29', '2024-10-30', '2024-10-31', '2024-11', '2024-11-15', '2024-12-01', '2025', '2030'];

function both(db: Db, ids: string[]) {
  const graph = createGraphService(db);
  const digests = JSON.parse(JSON.stringify(createClaimDigests(db).ofEntities(ids, MAX_ELEMENT_CAP))) as ReturnType<
    ReturnType<typeof createClaimDigests>['ofEntities']
  >;
  const byId = (edges: EdgeView[]) => new Map(edges.map((e) => [e.id, e]));
  return {
    digests,
    store: (date: string | null) =>
      byId(graph.subgraph(ids, MAX_ELEMENT_CAP, date ? { date, rule: 'possibly' } : null).edges),
    local: (date: string | null) => byId(edgesAsOf(digests, date)),
    storeClaims: (rels: string[], date: string | null) =>
      graph.claims({ relations: rels, limit: 50_000 }, date ? { date, rule: 'possibly' } : null).claims,
    allClaims: (rels: string[]) => graph.claims({ relations: rels, limit: 50_000 }).claims,
  };
}

function importDoc(doc: GraphDocument, name: string): Db {
  const { db } = seededDb(dir, name, true);
  writeDocument(db, doc, { file: name, format: 'claimscape', warnings: [], merged: new Set(), history: false });
  return db;
}

function expectSameAtEveryDate(db: Db, ids: string[]): number {
  const s = both(db, ids);
  let compared = 0;
  for (const date of [...DATES, ...LATER]) {
    const local = s.local(date);
    expect(local, `as of ${date}`).toEqual(s.store(date));
    const rels = [...local.keys()];
    const all = s.allClaims(s.digests.edges.map((e) => e.id));
    expect(claimsAsOf(all, date, new Set(rels)), `claims as of ${date}`).toEqual(s.storeClaims(rels, date));
    compared += local.size;
  }
  return compared;
}

describe('as of a date, derived in the renderer', () => {
  it("follows the issue's example: absent, asserted, confirmed, contested; a month-dated report later", () => {
    const db = importDoc(asOfDocument(), 'example.db');
    const s = both(db, ['northland', 'southland', 'eastland']);
    const status = (date: string | null, id: string) => s.local(date).get(id)?.status;
    expect(status('2024-10-17', 'north-supplies-south')).toBeUndefined();
    expect(status('2024-10-18', 'north-supplies-south')).toBe('asserted');
    expect(status('2024-10-20', 'north-supplies-south')).toBe('asserted');
    expect(status('2024-10-28', 'north-supplies-south')).toBe('confirmed');
    expect(status('2024-10-30', 'north-supplies-south')).toBe('contested');
    expect(status(null, 'north-supplies-south')).toBe('contested');
    expect(status('2024-10-31', 'north-supports-east')).toBeUndefined();
    expect(status('2024-12-01', 'north-supports-east')).toBe('unverified');
    expect(s.local('2024-12-01').get('north-supports-east')?.possibly).toBe(false);
    expect(s.local('2024-11-15').get('north-supports-east')?.possibly).toBe(true);
    expectSameAtEveryDate(db, ['northland', 'southland', 'eastland']);
  });

  it('matches the store on the seed', () => {
    const { db } = seededDb(dir, 'seed.db');
    const ids = (db.prepare('SELECT id FROM entities').pluck().all() as string[]).sort();
    expect(expectSameAtEveryDate(db, ids)).toBeGreaterThan(50);
  });

  it('matches the store on a generated graph: undated claims, syndicated copies collapsed alike', () => {
    const doc = generatedDoc(600, 11);
    // A copy of a copy, so the chain is followed as the store follows it.
    const [a, b, c] = doc.sources;
    if (a && b && c) [b.copyOf, c.copyOf] = [a.id, b.id];
    expect(doc.sources.filter((x) => x.copyOf).length).toBeGreaterThan(5);
    expect(doc.claims.filter((x) => !x.stated).length).toBeGreaterThan(5);
    const db = importDoc(doc, 'generated.db');
    const ids = doc.entities.slice(0, 300).map((e) => e.id);
    const s = both(db, ids);
    expect(s.digests.edges.length).toBeGreaterThan(100);
    // Some drawn relation has claims from a copy and from its original: collapsing them matters.
    const copyOf = new Map(doc.sources.map((x) => [x.id, x.copyOf ?? null]));
    const drawn = new Set(s.digests.edges.map((e) => e.id));
    const sourcesOf = new Map<string, Set<string>>();
    for (const c of doc.claims)
      if (drawn.has(c.relation)) sourcesOf.set(c.relation, (sourcesOf.get(c.relation) ?? new Set()).add(c.source));
    const collapsed = [...sourcesOf.values()].filter((set) => [...set].some((x) => set.has(copyOf.get(x) ?? '')));
    expect(collapsed.length).toBeGreaterThan(0);
    expectSameAtEveryDate(db, ids);
  });
});
