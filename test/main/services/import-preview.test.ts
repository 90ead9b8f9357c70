import { describe, expect, it } from 'vitest';
import { createImportService } from '../../../main/services/import-service.ts';
import { seededDb, snapshot, tmpDir, writeTmp } from '../../helpers/tmp.ts';

const dir = tmpDir();
const { db } = seededDb(dir, 'preview.db');
const importer = createImportService(db);

describe('import preview', () => {
  it('shows format, counts, samples and the column mapping, and writes nothing', () => {
    const csv =
      'from;to;relation;when;ref\r\nPyongyang;Moscow;supplies;2024-10-18;https://example.org/a\r\nSeoul;Kyiv;supports;2024-10;\r\n';
    const file = writeTmp(dir, 'edges.csv', csv);
    const before = snapshot(db);
    const p = importer.preview(importer.parseFile(file, { parse: { columns: { date: 'when', citation: 'ref' } } }));
    expect(p.format).toBe('csv');
    expect(p.counts).toMatchObject({ entities: 5, relations: 2, claims: 2 });
    expect(p.mapping).toEqual(
      expect.arrayContaining([
        { role: 'relation subject', from: 'from' },
        { role: 'relation object', from: 'to' },
        { role: 'predicate', from: 'relation' },
        { role: 'claim date', from: 'when' },
        { role: 'claim citation', from: 'ref' },
      ]),
    );
    expect(p.sampleEdges[0]).toEqual({ subject: 'Pyongyang', predicate: 'supplies', object: 'Moscow' });
    expect(snapshot(db)).toBe(before);
  });

  it('maps GraphML keys such as a name attribute to the entity label', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="node" attr.name="name" attr.type="string"/>
  <key id="d1" for="edge" attr.name="interaction" attr.type="string"/>
  <graph edgedefault="directed">
    <node id="a"><data key="d0">Alpha</data></node>
    <node id="b"><data key="d0">Beta</data></node>
    <edge source="a" target="b"><data key="d1">cooperates with</data></edge>
  </graph>
</graphml>`;
    const p = importer.preview(importer.parseFile(writeTmp(dir, 'g.graphml', xml)));
    expect(p.mapping).toEqual(
      expect.arrayContaining([
        { role: 'entity label', from: 'name' },
        { role: 'predicate', from: 'interaction' },
      ]),
    );
    expect(p.sampleNodes.map((n) => n.label)).toEqual(['Dataset: g.graphml', 'Alpha', 'Beta']);
  });
});
