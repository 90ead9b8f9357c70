// Files other tools write, imported without --format into an empty database: every node and edge
// arrives. Old Gephi GEXF (before 1.1), a Cytoscape desktop export whose network data block pushes
// "elements" far from the start, and cytoscape.js's flat element array.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createImportService } from '../../../main/services/import-service.ts';
import { createGraphService } from '../../../main/services/graph-service.ts';
import { openOrCreate } from '../../../main/services/database-service.ts';
import { fixture } from '../../graph-data/formats/helpers.ts';

const interop = (name: string) => join(import.meta.dirname, '..', '..', 'fixtures', 'interop', name);

/** Imports a fixture by file name alone; one more entity than nodes: the dataset that claims each edge. */
function importFixture(name: string) {
  const { db } = openOrCreate(':memory:', { empty: true });
  const report = createImportService(db).importFile(interop(name));
  const counts = createGraphService(db).counts();
  const labels = db.prepare("SELECT label FROM entities WHERE kind <> 'dataset' ORDER BY label").pluck().all();
  db.close();
  return { report, counts, labels };
}

describe('real files from other tools import without --format', () => {
  it('old Gephi GEXF (gephi.org namespace, no version, attvalue id=)', () => {
    const { report, counts, labels } = importFixture('gephi-arctic-1.0-edges.gexf');
    expect(report.format).toBe('gexf');
    expect(counts).toMatchObject({ entities: 8, relations: 7, claims: 7 });
    expect(labels).toContain('Arctic National Wildlife Refuge');
  });

  it('a Cytoscape desktop .json export whose network data block is larger than any detection window', () => {
    const text = fixture('interop/cytoscape-desktop-large-data.json');
    expect(text.indexOf('"elements"')).toBeGreaterThan(8192);
    const { report, counts, labels } = importFixture('cytoscape-desktop-large-data.json');
    expect(report.format).toBe('cyjs');
    expect(counts).toMatchObject({ entities: 11, relations: 12, claims: 12 });
    expect(labels).toContain('Serikat Nelayan Teluk Damar');
  });

  it("cytoscape.js's flat element array ([{ group, data, position }, ...]) in a .json file", () => {
    const { report, counts, labels } = importFixture('cytoscapejs-flat-elements.json');
    expect(report.format).toBe('cyjs');
    expect(counts).toMatchObject({ entities: 8, relations: 6, claims: 6 });
    expect(labels).toEqual([
      'Badan Keamanan Laut',
      'Harian Pesisir',
      'Himpunan Nelayan Ranai',
      'Kementerian Kelautan dan Perikanan',
      'Kementerian Pertahanan',
      'Kepulauan Natuna',
      'TNI Angkatan Laut',
    ]);
  });
});
