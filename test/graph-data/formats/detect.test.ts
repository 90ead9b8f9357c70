// Format detection reads structure: top-level JSON keys however far into the file, the XML root
// element after any prolog, never a pattern in the first kilobytes.
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../graph-data/formats/registry.ts';
import { jsonShape, xmlRootName } from '../../../graph-data/formats/text-shape.ts';

const pad = (n: number) => 'Catatan redaksi: '.repeat(Math.ceil(n / 17)).slice(0, n);
const detect = (name: string, text: string) => detectFormat(name, text)?.id;

describe('detectFormat', () => {
  it('finds "elements" after a network data block of any size', () => {
    const text = JSON.stringify({ data: { description: pad(50_000), list: [{ a: '}]"' }] }, elements: { nodes: [] } });
    expect(detect('export.json', text)).toBe('cyjs');
  });

  it('ignores keys and look-alike text nested in values', () => {
    const nested = JSON.stringify({ data: { elements: { nodes: [] }, note: '"elements": {' }, nodes: [] });
    expect(detect('x.json', nested)).toBe('claimscape');
    const claimscape = JSON.stringify({ format: 'claimscape', version: 1, elements: [] });
    expect(detect('x.json', claimscape)).toBe('claimscape');
  });

  it('knows the flat element array of cytoscape.js, with or without "group"', () => {
    expect(detect('x.json', '[ { "group": "nodes", "data": { "id": "a" } } ]')).toBe('cyjs');
    expect(detect('x.json', '\uFEFF[{"data":{"id":"a"},"position":{"x":1,"y":2}}]')).toBe('cyjs');
    expect(detect('x.json', '[1, 2, 3]')).toBe('claimscape');
  });

  it('reads the XML root element after a long comment, a doctype and processing instructions', () => {
    const graphml = `<?xml version="1.0"?>\n<!-- ${pad(10_000)} -->\n<?xml-stylesheet href="a.xsl"?>\n<!DOCTYPE graphml>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns"/>`;
    expect(xmlRootName(graphml)).toBe('graphml');
    expect(detect('graph.xml', graphml)).toBe('graphml');
    expect(detect('old.gexf.xml', '<gexf:gexf xmlns:gexf="http://www.gephi.org/gexf"/>')).toBe('gexf');
    expect(xmlRootName('<!-- never closed')).toBeNull();
  });

  it('falls back to the extension when the structure says nothing', () => {
    expect(detect('nodes.csv', 'id\nn1\n')).toBe('csv');
    expect(detect('broken.cyjs', '{"elements": ')).toBe('cyjs');
    expect(jsonShape('format: claimscape')).toBeNull();
  });
});
