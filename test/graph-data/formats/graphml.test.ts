// GraphML import and export: real files written by yEd, NetworkX and igraph, and the GraphML
// features foreign tools use (typed keys, defaults, per-edge direction, parallel edges, self-loops).
import { describe, expect, it } from 'vitest';
import { graphmlFormat } from '../../../graph-data/formats/graphml.ts';
import { ctxFor, declared, entityById, expectError, fixture, labelOf } from './helpers.ts';

const parse = (text: string, name = 'test.graphml', more = {}) => graphmlFormat.parse(text, ctxFor(name, text, more));

const wrap = (body: string, keys = '') =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n${keys}\n<graph edgedefault="directed">\n${body}\n</graph>\n</graphml>\n`;

describe('GraphML written by real tools', () => {
  it('reads yEd 3.23 output: labels from y:NodeLabel, geometry, and a group flattened', () => {
    const { doc, warnings } = parse(fixture('interop/yed-groups.graphml'), 'yed-groups.graphml');
    expect(declared(doc).map((e) => e.label)).toEqual(['Ivrea', 'Turin', 'Northern Italy', 'Savona', 'Brescia']);
    expect(doc.relations).toHaveLength(3);
    expect(doc.claims).toHaveLength(3);
    const ivrea = entityById(doc, 'n0');
    expect(ivrea.attributes).toMatchObject({ x: 20, y: 98.37646484375, viz_size: 30, viz_color: '#FFCC00' });
    const savona = declared(doc).find((e) => e.label === 'Savona');
    expect(savona?.attributes).toMatchObject({ original_id: 'n2::n0', parent_node: 'n2' });
    expect(doc.relations.map((r) => r.subject)).toEqual(['n1', 'n1', 'n1']);
    expect(doc.relations.every((r) => r.predicate === 'related-to')).toBe(true);
    expect(warnings.map((w) => w.message).join()).toMatch(/nested graphs/);
  });

  it('reads yEd edge labels as predicates and keeps edges inside groups', () => {
    const { doc } = parse(fixture('interop/yed-app-edge-label.graphml'), 'yed-app.graphml');
    expect(declared(doc).map((e) => e.label)).toEqual(['a', 'b', 'group 1', 'c', 'd']);
    const ab = doc.relations.find((r) => r.subject === 'a');
    expect(ab?.predicate).toBe('a-b');
    expect(doc.vocabulary?.predicates.find((p) => p.id === 'a-b')?.label.en).toBe('a->b');
    const claim = doc.claims.find((c) => c.relation === ab?.id);
    expect(claim?.summary).toBe('a-b edge');
    expect(claim?.attributes?.['citation']).toBe('www.edge.com/a-b');
    expect(doc.relations.find((r) => r.subject === 'c')?.object).toBe('d');
  });

  it('reads NetworkX write_graphml output: typed keys, edge "type" as predicate', () => {
    const { doc } = parse(fixture('interop/networkx-pdg.graphml'), 'networkx.graphml');
    expect(declared(doc)).toHaveLength(13);
    expect(doc.claims).toHaveLength(15);
    expect(entityById(doc, '128').label).toBe('"Get current Galaxy DB version"');
    expect(entityById(doc, '130').label).toBe('130');
    expect(entityById(doc, '128').attributes).toMatchObject({ node_type: 'Task', action: '"command"' });
    expect(new Set(doc.relations.map((r) => r.predicate))).toEqual(new Set(['def', 'order', 'keyword', 'use']));
    const kw = doc.claims.find((c) => c.relation === '130--keyword--128');
    expect(kw?.attributes).toMatchObject({ keyword: '"args._raw_params"', id: '130-128-0' });
  });

  it('reads igraph output: undirected default, double weights', () => {
    const { doc } = parse(fixture('interop/igraph-gnp.graphml'), 'igraph.graphml');
    expect(declared(doc).map((e) => e.id)).toEqual(['n0', 'n1', 'n2', 'n3', 'n4']);
    expect(doc.claims.map((c) => c.attributes?.['weight'])).toEqual([3, 16, 79, 1, 75, 57, 82]);
    expect(doc.claims.every((c) => c.attributes?.['directed'] === false)).toBe(true);
  });
});

describe('GraphML features', () => {
  const keys = `<key id="k0" for="node" attr.name="label" attr.type="string"/>
<key id="k1" for="all" attr.name="note" attr.type="string"><default>none</default></key>
<key id="k2" for="node" attr.name="count" attr.type="int"/>
<key id="k3" for="node" attr.name="big" attr.type="long"/>
<key id="k4" for="node" attr.name="ratio" attr.type="float"/>
<key id="k5" for="node" attr.name="active" attr.type="boolean"/>
<key id="k6" for="edge" attr.name="predicate" attr.type="string"/>
<key id="k7" for="edge" attr.name="date" attr.type="string"/>
<key id="k8" for="edge" attr.name="stance" attr.type="string"/>
<key id="k9" for="edge" attr.name="source" attr.type="string"/>
<key id="k10" for="edge" attr.name="weight" attr.type="double"/>`;

  it('converts attr.type values and applies <default> to nodes and edges', () => {
    const { doc } = parse(
      wrap(
        `<node id="a"><data key="k0">Ä &amp; 北</data><data key="k2">42</data><data key="k3">9007199254740993</data><data key="k4">2.5e3</data><data key="k5">TRUE</data></node>
<node id="b"><data key="k1">set</data></node><edge source="a" target="b"/>`,
        keys,
      ),
    );
    expect(entityById(doc, 'a')).toMatchObject({
      label: 'Ä & 北',
      attributes: { note: 'none', count: 42, big: '9007199254740993', ratio: 2500, active: true },
    });
    expect(entityById(doc, 'b').attributes).toEqual({ note: 'set' });
    expect(doc.claims[0]?.attributes).toEqual({ note: 'none' });
  });

  it('keeps a value that does not fit its type as text, with a warning', () => {
    const { doc, warnings } = parse(wrap('<node id="a"><data key="k2">many</data></node>', keys));
    expect(entityById(doc, 'a').attributes?.['count']).toBe('many');
    expect(warnings[0]?.message).toMatch(/count/);
  });

  it('merges parallel edges into one relation with one claim each; self-loops are kept', () => {
    const { doc } = parse(
      wrap(
        `<node id="a"/><node id="b"/>
<edge id="e1" source="a" target="b"><data key="k6">supplies</data><data key="k7">2024-10-18T09:00:00Z</data><data key="k8">denies</data><data key="k9">https://example.org/r</data></edge>
<edge id="e2" source="a" target="b"><data key="k6">Supplies</data><data key="k10">0.25</data></edge>
<edge id="e3" source="a" target="a"/>`,
        keys,
      ),
    );
    expect(doc.relations.map((r) => r.id)).toEqual(['a--supplies--b', 'a--related-to--a']);
    const [c1, c2, c3] = doc.claims;
    expect(c1).toMatchObject({
      relation: 'a--supplies--b',
      stance: 'denies',
      stated: '2024-10-18',
      attributes: { date: '2024-10-18T09:00:00Z', citation: 'https://example.org/r' },
    });
    expect(c2).toMatchObject({ relation: 'a--supplies--b', stance: 'asserts', confidence: 0.25 });
    expect(c3?.relation).toBe('a--related-to--a');
    expect(c1?.id).toMatch(/^file-[0-9a-f]{12}-e1$/);
    expect(c1?.claimant).toMatch(/^dataset-[0-9a-f]{12}$/);
  });

  it('lets a per-edge directed attribute override edgedefault', () => {
    const text = wrap(
      '<node id="a"/><node id="b"/><edge source="a" target="b" directed="false"/><edge source="b" target="a"/>',
    )
      .replace('edgedefault="directed"', 'edgedefault="undirected"')
      .replace('directed="false"', 'directed="true"');
    const { doc } = parse(text);
    expect(doc.claims[0]?.attributes?.['directed']).toBeUndefined();
    expect(doc.claims[1]?.attributes?.['directed']).toBe(false);
  });

  it('skips hyperedges and ports with warnings', () => {
    const { doc, warnings } = parse(
      wrap(
        '<node id="a"><port name="p"/></node><node id="b"/><hyperedge><endpoint node="a"/><endpoint node="b"/></hyperedge><edge source="a" target="b" sourceport="p"/>',
      ),
    );
    expect(doc.relations).toHaveLength(1);
    expect(warnings.map((w) => w.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/ports/), expect.stringMatching(/hyperedges/)]),
    );
  });

  it('refuses an edge to an undeclared node, naming the edge, unless createMissingNodes', () => {
    const text = fixture('hostile/missing-node.graphml');
    const err = expectError(() => parse(text, 'missing.graphml'), 'validation-error', {
      line: 7,
      column: 5,
      path: 'edge "e1"',
      value: 'ghost',
    });
    expect(err.message).toMatch(/target node "ghost"/);
    const { doc, warnings } = parse(text, 'missing.graphml', { options: { createMissingNodes: true } });
    expect(entityById(doc, 'ghost').kind).toBe('other');
    expect(warnings[0]).toMatchObject({ line: 7 });
  });

  it('hashes ids that are not valid Claimscape ids and keeps the original', () => {
    const { doc } = parse(
      wrap('<node id="http://x.org/a b"/><node id="ok_1"/><edge source="http://x.org/a b" target="ok_1"/>'),
    );
    const odd = labelOf(doc, 'http://x.org/a b');
    expect(odd).toBe('http://x.org/a b');
    const e = declared(doc)[0];
    expect(e?.id).toMatch(/^n-[0-9a-f]{16}$/);
    expect(doc.relations[0]?.subject).toBe(e?.id);
  });

  it('refuses a file whose root is not <graphml>', () => {
    expectError(() => parse('<?xml version="1.0"?>\n<gexf/>'), 'invalid-format', { line: 2 });
  });
});

describe('GraphML export', () => {
  it('writes typed keys, escapes markup and keeps line breaks through a re-read', () => {
    const { doc } = parse(
      wrap(
        '<node id="a"><data key="k0">x</data></node>',
        '<key id="k0" for="node" attr.name="label" attr.type="string"/>',
      ),
    );
    const a = entityById(doc, 'a');
    a.label = `Tom & "Jerry" <'s>\ttab\r\nline\u0001`;
    a.attributes = { score: 2, ratio: 0.5, flag: true, mixed: 'x' };
    const text = graphmlFormat.serialize(doc)[0]?.text ?? '';
    expect(text).toContain('attr.name="score" attr.type="int"');
    expect(text).toContain('attr.name="ratio" attr.type="double"');
    expect(text).toContain('attr.name="flag" attr.type="boolean"');
    expect(text).toContain('attr.name="claim_count" attr.type="int"');
    expect(text).not.toContain('\u0001');
    const back = graphmlFormat.parse(text, ctxFor('back.graphml', text)).doc;
    expect(entityById(back, 'a').label).toBe(`Tom & "Jerry" <'s>\ttab\r\nline`);
    expect(entityById(back, 'a').attributes).toMatchObject({ score: 2, ratio: 0.5, flag: true });
  });
});
