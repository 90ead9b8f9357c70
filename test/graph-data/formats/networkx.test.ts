// Cross-checks exports against NetworkX, the reader most Python users have: read_graphml and
// read_gexf must load them with warnings turned into errors. The node machine image ships
// NetworkX 3.6 for python3 (GEXF 1.3 needs NetworkX 3); CI fails loudly without it, others skip.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gexfFormat } from '../../../graph-data/formats/gexf.ts';
import { graphmlFormat } from '../../../graph-data/formats/graphml.ts';
import { sampleDoc } from './sample-doc.ts';

const PYTHON = [process.env['NETWORKX_PYTHON'], 'python3', '/usr/bin/python3'].find(
  (py) => py && spawnSync(py, ['-c', 'import networkx'], { encoding: 'utf8', timeout: 20_000 }).status === 0,
);
const hasNetworkx = PYTHON !== undefined;
if (!hasNetworkx && process.env['CI'])
  throw new Error('CI must provide NetworkX (the machine image ships it for python3)');
const dir = mkdtempSync(join(tmpdir(), 'claimscape-nx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SCRIPT = `
import sys, json, warnings
warnings.simplefilter('error')
import networkx as nx
g = (nx.read_graphml if sys.argv[1].endswith('.graphml') else nx.read_gexf)(sys.argv[1])
print(json.dumps({'nodes': {n: d.get('label') for n, d in g.nodes(data=True)}, 'edges': g.number_of_edges(),
  'predicates': sorted(d.get('predicate') for _, _, d in g.edges(data=True))}))
`;

describe.skipIf(!hasNetworkx)('NetworkX reads our exports', () => {
  const doc = sampleDoc();
  const nk = doc.entities[0];
  if (nk) nk.label = `Tom & "Jerry" <'s>\ttab\r\nline 🚀`;

  it.each([
    ['graphml', graphmlFormat],
    ['gexf', gexfFormat],
  ] as const)('%s loads without warnings, labels intact', (ext, format) => {
    const path = join(dir, `out.${ext}`);
    writeFileSync(path, format.serialize(doc)[0]?.text ?? '');
    const run = spawnSync(PYTHON ?? 'python3', ['-c', SCRIPT, path], { encoding: 'utf8', timeout: 20_000 });
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout) as { nodes: Record<string, string>; edges: number; predicates: string[] };
    expect(out.nodes['north-korea']).toBe(nk?.label);
    expect(out.nodes['kn-23']).toBe('KN-23 "Hwasong-11"');
    expect(out.edges).toBe(doc.relations.length);
    expect(out.predicates).toEqual(doc.relations.map((r) => r.predicate).sort());
  });
});
