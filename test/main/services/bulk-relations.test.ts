// An import into an empty store writes its relations last, with status, counts, dates and doubts
// counted in JS as the claims went by (main/db/bulk-import-relations.ts). They must be what the
// row-by-row importer derives in SQL, for any order of claims and along long chains of copies.
import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../../graph-data/model/types.ts';
import { bulkImportDocument } from '../../../main/db/bulk-import.ts';
import { writeDocument } from '../../../main/services/import-service.ts';
import { seededDb, tmpDir } from '../../helpers/tmp.ts';
import { derived } from '../../helpers/bulk-compare.ts';
import { generatedDoc } from '../../helpers/synthetic.ts';

const dir = tmpDir();
const meta = { file: 'generated', format: 'claimscape', warnings: [], merged: new Set<string>() };

function sameAsRowByRow(doc: GraphDocument, name: string) {
  const normal = seededDb(dir, `${name}-normal.db`, true).db;
  const bulk = seededDb(dir, `${name}-bulk.db`, true).db;
  writeDocument(normal, doc, meta);
  bulkImportDocument(bulk, doc);
  expect(derived(bulk)).toEqual(derived(normal));
  return bulk;
}

/** Sources 1..70 each a syndicated copy of the one before: all copies of source 0, however far down. */
function withCopyChain(doc: GraphDocument): GraphDocument {
  const sources = doc.sources.map((s, i) => (i > 0 && i <= 70 ? { ...s, copyOf: doc.sources[i - 1]!.id } : s));
  // The first relations' claims cite sources along the chain and a few off it.
  const along = [0, 1, 30, 63, 64, 65, 70, 71, 72];
  const claims = doc.claims.map((c, i) => (i < 200 ? { ...c, source: doc.sources[along[i % along.length]!]!.id } : c));
  return { ...doc, sources, claims };
}

describe('relations written last by an import into an empty store', () => {
  const doc = generatedDoc(400); // 80 sources: room for a chain of 70 copies

  it('count independent sources as the row-by-row importer does, along a chain of 70 copies', () => {
    const bulk = sameAsRowByRow(withCopyChain(doc), 'chain');
    const counts = bulk.prepare('SELECT source_count FROM relations WHERE source_count > 1').pluck().all();
    expect(counts.length).toBeGreaterThan(5);
  });

  it('count them the same in SQL, when the import goes into a store that already has data', () => {
    const chain = withCopyChain(doc);
    const normal = seededDb(dir, 'merge-normal.db', true).db;
    const bulk = seededDb(dir, 'merge-bulk.db', true).db;
    writeDocument(normal, chain, meta);
    bulkImportDocument(bulk, { ...chain, relations: [], claims: [] });
    expect(bulkImportDocument(bulk, chain).fresh).toBe(false);
    expect(derived(bulk)).toEqual(derived(normal));
  });

  it('derive the same whatever the order of the claims, each relation or none', () => {
    const claims = [...doc.claims].reverse().filter((_, i) => i % 3 !== 1);
    const bulk = sameAsRowByRow({ ...doc, claims }, 'shuffled');
    const without = bulk.prepare("SELECT count(*) FROM relations WHERE claim_count = 0 AND status = 'unverified'");
    expect(without.pluck().get()).toBeGreaterThan(0);
  });

  it('derive the same when the claims of a relation come in several runs', () => {
    // Seven passes over the claims: most relations get a run of claims in more than one pass.
    const claims = doc.claims.map((c, i) => ({ c, k: (i % 7) * doc.claims.length + i })).sort((a, b) => a.k - b.k);
    const bulk = sameAsRowByRow({ ...doc, claims: claims.map((x) => x.c) }, 'runs');
    expect(bulk.prepare('SELECT max(claim_count) FROM relations').pluck().get()).toBeGreaterThan(3);
  });

  it('leave a relation to SQL when a claim moves to another one by a later record with its id', () => {
    const [a, b] = [doc.claims[0]!, doc.claims.find((c) => c.relation !== doc.claims[0]!.relation)!];
    const moved = { ...a, relation: b.relation, stance: 'denies' as const, stated: '2031-02' };
    const bulk = sameAsRowByRow({ ...doc, claims: [...doc.claims, moved] }, 'moved');
    const rel = bulk.prepare('SELECT status, last_stated FROM relations WHERE id = ?');
    expect(rel.get(b.relation)).toMatchObject({ last_stated: '2031-02' });
  });
});
