// GEXF import and export: Gephi 0.9 (1.3) and 0.8 (1.2draft) files, graphology's mixed graph, GEXF 1.1
// dynamics, viz data, Gephi's pre-1.1 files (GEXF 1.0) and the version gate.
import { describe, expect, it } from 'vitest';
import { gexfFormat } from '../../../graph-data/formats/gexf.ts';
import { ctxFor, declared, entityById, expectError, fixture } from './helpers.ts';

const parse = (text: string, name = 'test.gexf', more = {}) => gexfFormat.parse(text, ctxFor(name, text, more));

describe('GEXF written by real tools', () => {
  it('reads Gephi 0.9 GEXF 1.3 (les Misérables): labels, typed attribute, viz, weights', () => {
    const { doc, warnings } = parse(fixture('interop/gephi-lesmis-1.3.gexf'), 'lesmis.gexf');
    expect(warnings).toEqual([]);
    expect(declared(doc).map((e) => e.label)).toEqual([
      'Valjean',
      'Gavroche',
      'Marius',
      'Enjolras',
      'Courfeyrac',
      'Bossuet',
      'Combeferre',
      'MmeHucheloup',
    ]);
    expect(doc.relations).toHaveLength(23);
    expect(doc.claims).toHaveLength(23);
    expect(entityById(doc, '11').attributes).toEqual({
      'Modularity Class': 1,
      viz_size: 100,
      x: -87.93029,
      y: 6.8120565,
      viz_color: '#f55b5b',
    });
    const marius = doc.claims.find((c) => c.relation === '55--related-to--11');
    expect(marius).toMatchObject({ id: expect.stringMatching(/-131$/), attributes: { weight: 19, directed: false } });
    expect(marius?.confidence).toBeUndefined();
  });

  it('reads Gephi 0.8.1 GEXF 1.2draft: defaults, boolean edge attribute, self-loop, dangling ends', () => {
    const text = fixture('interop/gephi-rio-1.2draft.gexf');
    expectError(() => parse(text, 'rio.gexf'), 'validation-error', { line: 95, value: 'ncs385' });
    const { doc, warnings } = parse(text, 'rio.gexf', { options: { createMissingNodes: true } });
    expect(declared(doc).map((e) => e.id)).toEqual(['ncs1', 'ncs2', 'ncs6', 'ncs7', 'ncs385', 'ncs374']);
    expect(entityById(doc, 'ncs1')).toMatchObject({
      label: 'http://www.uncsd2012.org',
      kind: 'other',
      attributes: { 'In-Degree': 51, Language: 'English', viz_color: '#c55b36' },
    });
    expect(entityById(doc, 'ncs1').attributes?.['original_kind']).toBe('Green-economy');
    expect(doc.relations.map((r) => r.id)).toContain('ncs385--related-to--ncs385');
    expect(doc.claims.every((c) => c.attributes?.['hypertext'] === true)).toBe(true);
    expect(warnings).toHaveLength(2);
  });

  it("reads graphology's mixed graph: per-edge type, label, weight", () => {
    const { doc } = parse(fixture('interop/graphology-mixed-1.2draft.gexf'), 'mixed.gexf');
    expect(declared(doc).map((e) => e.label)).toEqual(['one', 'two', 'three']);
    expect(doc.relations.map((r) => r.id)).toEqual(['1--related-to--2', '2--nice-edge--3', '3--related-to--1']);
    expect(doc.claims[1]?.attributes).toEqual({ weight: 4.56 });
    expect(doc.claims[2]?.attributes).toEqual({ directed: false });
  });

  it('reads GEXF 1.0 written by Gephi before 0.7 (gephi.org namespace, no version, attvalue id=)', () => {
    const { doc, warnings } = parse(fixture('interop/gephi-arctic-1.0.gexf'));
    expect(warnings).toEqual([]);
    expect(declared(doc).map((e) => [e.id, e.label])).toEqual([
      ['0', '1831'],
      ['1', 'New York'],
    ]);
    expect(entityById(doc, '1').attributes).toMatchObject({ nodedef: 'n1', occurrences: 143, viz_size: 10.138098 });
  });

  it('reads every node and edge of an old Gephi file with edges', () => {
    const { doc } = parse(fixture('interop/gephi-arctic-1.0-edges.gexf'));
    expect(declared(doc)).toHaveLength(7);
    expect(doc.claims).toHaveLength(7);
    expect(doc.relations.map((r) => `${r.subject}>${r.object}`)).toEqual([
      '35>36',
      '35>38',
      '35>39',
      '35>40',
      '35>34',
      '36>38',
      '36>40',
    ]);
    expect(entityById(doc, '37').attributes).toMatchObject({ occurrences: 16, viz_color: '#660066' });
  });
});

describe('GEXF features', () => {
  it('reads GEXF 1.1 dynamics: start/end become holdsFrom/holdsUntil and the stated date', () => {
    const text = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://www.gexf.net/1.1draft" version="1.1">
  <graph mode="dynamic" defaultedgetype="directed" timeformat="date">
    <attributes class="edge" mode="dynamic"><attribute id="0" title="stance" type="string"/></attributes>
    <nodes><node id="kp" label="North Korea"/><node id="ru" label="Russia" start="2024-01-01"/></nodes>
    <edges>
      <edge id="e1" source="kp" target="ru" label="deploys forces to" start="2024-10" end="2024-12-31">
        <attvalues><attvalue for="0" value="asserts" start="2024-10"/><attvalue for="0" value="denies" start="2024-11"/></attvalues>
      </edge>
      <edge id="e2" source="kp" target="ru" kind="supplies"><spells><spell start="2023-08-01" end="2024-02-01"/><spell start="2025-01-01"/></spells></edge>
    </edges>
  </graph>
</gexf>`;
    const { doc, warnings } = parse(text);
    expect(entityById(doc, 'ru').attributes).toEqual({ start: '2024-01-01' });
    expect(doc.relations.map((r) => r.id)).toEqual(['kp--deploys-forces-to--ru', 'kp--supplies--ru']);
    expect(doc.claims[0]).toMatchObject({
      stance: 'asserts',
      stated: '2024-10',
      holdsFrom: '2024-10',
      holdsUntil: '2024-12-31',
    });
    expect(doc.claims[1]).toMatchObject({ holdsFrom: '2023-08-01', holdsUntil: '2024-02-01' });
    expect(warnings.map((w) => w.message).join()).toMatch(/dynamic attribute values/);
  });

  it('reads mutual edges, list attributes, hex colours and keeps numeric times as attributes', () => {
    const text = `<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <graph defaultedgetype="undirected" timeformat="double">
    <attributes class="node"><attribute id="tags" title="tags" type="liststring"/></attributes>
    <nodes>
      <node id="a" label="A"><attvalues><attvalue for="tags" value="[x, y|z]"/></attvalues><viz:color hex="#AABBCC" a="0.5"/></node>
      <node id="b" label="B"/>
    </nodes>
    <edges><edge source="a" target="b" type="mutual" start="3.5"/></edges>
  </graph>
</gexf>`;
    const { doc } = parse(text);
    expect(entityById(doc, 'a').attributes).toEqual({ tags: 'x | y|z', viz_color: '#aabbcc', viz_alpha: 0.5 });
    expect(doc.claims[0]?.attributes).toEqual({ edge_type: 'mutual', start: '3.5', directed: false });
    expect(doc.claims[0]?.holdsFrom).toBeUndefined();
  });
});

describe('GEXF export', () => {
  it('writes GEXF 1.3 with typed attributes, viz, labels and claim-count weights', () => {
    const { doc } = parse(fixture('interop/gephi-lesmis-1.3.gexf'), 'lesmis.gexf');
    const text = gexfFormat.serialize(doc)[0]?.text ?? '';
    expect(text).toContain('<gexf xmlns="http://gexf.net/1.3"');
    expect(text).toContain('version="1.3"');
    expect(text).toContain('<graph defaultedgetype="directed" mode="static">');
    expect(text).toMatch(/<attribute id="a0" title="Modularity Class" type="integer"\/>/);
    expect(text).toContain('<attribute id="claim_count" title="claim_count" type="integer"/>');
    expect(text).toContain('<viz:color r="245" g="91" b="91"/>');
    expect(text).toContain('label="related to" weight="1"');
    const back = parse(text, 'back.gexf').doc;
    expect(entityById(back, '11').attributes).toMatchObject({
      'Modularity Class': 1,
      viz_size: 100,
      x: -87.93029,
      y: 6.8120565,
      viz_color: '#f55b5b',
    });
    expect(back.relations.map((r) => r.id)).toEqual(doc.relations.map((r) => r.id));
  });
});
