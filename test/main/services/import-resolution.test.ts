// `--merge-by auto`: a foreign file's nodes merge into existing entities by id or redirect, Wikidata
// id, or folded name of a compatible kind; the preview names them; per-node choices override.
import { describe, expect, it } from 'vitest';
import { openOrCreate } from '../../../main/services/database-service.ts';
import { createImportService } from '../../../main/services/import-service.ts';
import { createGraphService } from '../../../main/services/graph-service.ts';

const file = JSON.stringify({
  elements: {
    nodes: [
      { data: { id: 'n1', label: 'KÓREA UTARA', kind: 'country' } },
      { data: { id: 'n2', label: 'Federasi Rusia', kind: 'country', wikidata: 'Q159' } },
      { data: { id: 'n3', label: 'Satuan Baru', kind: 'military-unit' } },
      { data: { id: 'n4', label: 'Ukraine', kind: 'person' } },
    ],
    edges: [{ data: { id: 'e1', source: 'n1', target: 'n2', label: 'supports' } }],
  },
});

describe('import resolution (auto)', () => {
  it('lists what merges into what and what is new, and imports accordingly', () => {
    const { db } = openOrCreate(':memory:');
    const imp = createImportService(db);
    const p = imp.parseText('foreign.cyjs', file, { format: 'cyjs' });
    const r = imp.preview(p).resolution;
    const into = Object.fromEntries((r?.nodes ?? []).map((n) => [n.node, n.into?.id ?? null]));
    expect(into).toMatchObject({ n1: 'north-korea', n2: 'russia', n3: null, n4: null });
    expect(r?.merge).toBe(2);
    imp.importParsed(p);
    const nk = createGraphService(db).entity('north-korea');
    expect(nk.relations.some((x) => x.other.id === 'russia' && x.predicate === 'supports')).toBe(true);
  });
  it("takes the researcher's choice per node", () => {
    const { db } = openOrCreate(':memory:');
    const imp = createImportService(db);
    const p = imp.parseText('foreign.cyjs', file, { format: 'cyjs', resolve: { n1: null, n3: 'korean-peoples-army' } });
    const into = Object.fromEntries((imp.preview(p).resolution?.nodes ?? []).map((n) => [n.node, n.into?.id ?? null]));
    expect(into['n1']).toBeNull();
    expect(into['n3']).toBe('korean-peoples-army');
  });
});
