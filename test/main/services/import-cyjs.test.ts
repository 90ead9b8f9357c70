import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { createExportService } from '../../../main/services/export-service.ts';
import { createImportService } from '../../../main/services/import-service.ts';
import { createGraphService } from '../../../main/services/graph-service.ts';
import { seededDb, snapshot, tmpDir, writeTmp } from '../../helpers/tmp.ts';

const dir = tmpDir();

/** The shape Cytoscape desktop 3.x writes for File > Export > Network to File > .cyjs. */
const DESKTOP_CYJS = {
  format_version: '1.0',
  generated_by: 'cytoscape-3.10.2',
  target_cytoscapejs_version: '~2.1',
  data: { shared_name: 'galFiltered.sif', name: 'galFiltered.sif', SUID: 52, __Annotations: [], selected: true },
  elements: {
    nodes: [
      {
        data: {
          id: '191',
          shared_name: 'YDL194W',
          name: 'YDL194W',
          SUID: 191,
          selected: false,
          COMMON: 'SNF3',
          degree_layout: 1,
        },
        position: { x: 1471.9, y: 1431.4 },
        selected: false,
      },
      {
        data: {
          id: '190',
          shared_name: 'YDR277C',
          name: 'YDR277C',
          SUID: 190,
          selected: false,
          COMMON: 'MTH1',
          degree_layout: 3,
        },
        position: { x: 1537.6, y: 1359.9 },
        selected: false,
      },
      {
        data: {
          id: '189',
          shared_name: 'YBR043C',
          name: 'YBR043C',
          SUID: 189,
          selected: false,
          COMMON: 'QDR3',
          degree_layout: 2,
          aliases_list: ['a', 'b'],
        },
        position: { x: 1300, y: 1200 },
        selected: false,
      },
    ],
    edges: [
      {
        data: {
          id: '2384',
          source: '191',
          target: '190',
          shared_name: 'YDL194W (pp) YDR277C',
          shared_interaction: 'pp',
          name: 'YDL194W (pp) YDR277C',
          interaction: 'pp',
          SUID: 2384,
          EdgeBetweenness: 496.0,
          selected: false,
        },
        selected: false,
      },
      {
        data: {
          id: '2385',
          source: '190',
          target: '189',
          shared_name: 'YDR277C (pd) YBR043C',
          shared_interaction: 'pd',
          name: 'YDR277C (pd) YBR043C',
          interaction: 'pd',
          SUID: 2385,
          selected: false,
        },
        selected: false,
      },
      {
        data: { id: '2386', source: '190', target: '189', name: 'YDR277C (pd) YBR043C', interaction: 'pd', SUID: 2386 },
      },
    ],
  },
};

describe('Cytoscape JSON', () => {
  it('imports a file written by Cytoscape desktop: each edge a relation backed by a claim from the file', () => {
    const { db } = seededDb(dir, 'desk.db', true);
    const file = writeTmp(dir, 'galFiltered.cyjs', JSON.stringify(DESKTOP_CYJS));
    const r = createImportService(db).importFile(file);
    expect(r.format).toBe('cyjs');
    const g = createGraphService(db);
    const node = g.entity('190');
    expect(node.label).toBe('YDR277C');
    expect(node.attributes['COMMON']).toBe('MTH1');
    expect(node.attributes['x']).toBeCloseTo(1537.6);
    expect(g.entity('189').attributes['aliases_list']).toBe('a | b');
    const counts = g.counts();
    expect(counts.relations).toBe(2);
    expect(counts.claims).toBe(3);
    const pd = g.relation(g.entity('190').relations.find((x) => x.predicate === 'pd')!.id);
    expect(pd.claims).toHaveLength(2);
    expect(pd.claims[0]!.source.title).toBe('galFiltered.cyjs');
    expect(pd.claims[0]!.claimant.kind).toBe('dataset');
  });

  it('exports the seed with claims summarised on edges and reads its own export back', () => {
    const { db } = seededDb(dir, 'seed.db');
    const text = createExportService(db).serialize({ kind: 'all' }, 'cyjs')[0]!.text;
    const cy = JSON.parse(text);
    const deploy = cy.elements.edges.find(
      (e: { data: { id: string } }) => e.data.id === 'north-korea--deploys-forces-to--russia',
    );
    expect(deploy.data).toMatchObject({
      source: 'north-korea',
      target: 'russia',
      status: 'asserted',
      label: 'deploys forces to',
    });
    expect(deploy.data.claimants).toEqual(expect.arrayContaining(['Sean Savett']));
    const { db: target } = seededDb(dir, 'back.db', true);
    createImportService(target).importFile(writeTmp(dir, 'seed.cyjs', text));
    const g = createGraphService(target);
    expect(g.entity('north-korea').label).toBe('North Korea');
    expect(g.counts().relations).toBe(cy.elements.edges.length);
  });

  it('refuses an edge to a node the file does not declare, and changes nothing', () => {
    const { db } = seededDb(dir, 'missing.db');
    const before = snapshot(db);
    const bad = {
      elements: { nodes: [{ data: { id: 'a' } }], edges: [{ data: { id: 'e1', source: 'a', target: 'ghost' } }] },
    };
    expect(() => createImportService(db).importFile(writeTmp(dir, 'bad.cyjs', JSON.stringify(bad)))).toThrow(
      /bad\.cyjs.*ghost/,
    );
    expect(snapshot(db)).toBe(before);
  });
});

describe('a .cyjs file written by Cytoscape desktop (the example export in its user manual)', () => {
  it('keeps its 6 nodes, 6 edges, names, list attributes and positions', () => {
    const { db } = seededDb(dir, 'manual.db', true);
    const file = join(import.meta.dirname, '..', '..', 'fixtures', 'interop', 'cytoscape-desktop-manual.cyjs');
    const r = createImportService(db).importFile(file);
    expect(r.format).toBe('cyjs');
    const g = createGraphService(db);
    expect(g.counts().relations).toBe(6);
    expect(g.counts().claims).toBe(6);
    const hub = g.entity('660');
    expect(hub.label).toBe('YDR395W');
    expect(hub.attributes['alias']).toBe('KAP108 | S000002803 | SXM1');
    expect(hub.attributes['x']).toBeCloseTo(730.87, 1);
    expect(hub.relations).toHaveLength(4);
    expect(hub.relations.every((x) => x.predicate === 'pp')).toBe(true);
    expect(hub.attributes['SUID']).toBeUndefined();
  });
});
