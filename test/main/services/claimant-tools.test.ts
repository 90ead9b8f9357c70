import { describe, expect, it } from 'vitest';
import { createGraphService } from '../../../main/services/graph-service.ts';
import { createImportService } from '../../../main/services/import-service.ts';
import { compareClaimants } from '../../../graph-data/model/compare-claimants.ts';
import { seededDb, tmpDir } from '../../helpers/tmp.ts';
import { asOfDocument } from '../../helpers/as-of-doc.ts';

const dir = tmpDir();
const { db } = seededDb(dir);
const g = createGraphService(db);

describe('paths through claims', () => {
  it('Rutte and KN-23 are connected only when a path may step through claims', () => {
    expect(g.path('mark-rutte', 'kn-23').found).toBe(false);
    const p = g.path('mark-rutte', 'kn-23', {}, null, true);
    expect(p.found).toBe(true);
    expect(p.nodes[0]).toBe('mark-rutte');
    expect(p.nodes.at(-1)).toBe('kn-23');
    expect(p.hops?.some((h) => h.via === 'claim' && h.stance && h.claims.length > 0)).toBe(true);
    expect(p.hops?.filter((h) => h.via === 'relation').every((h) => h.predicate && h.claims.length)).toBe(true);
    // Every relation on the path is drawable: both its ends are in the slice.
    const drawn = new Set(p.slice.nodes.map((n) => n.id));
    expect(p.slice.edges.every((e) => drawn.has(e.source) && drawn.has(e.target))).toBe(true);
  });
});

describe('claimant filter and claims list', () => {
  it('keeps only the relations a claimant spoke about', () => {
    const s = g.neighbourhood(['north-korea'], 1, { claimants: ['sean-savett'] });
    expect(s.edges.map((e) => e.id)).toEqual(['north-korea--deploys-forces-to--russia']);
    expect(s.edges[0]).toMatchObject({ doubts: 1, status: 'asserted' });
  });

  it('lists claims of relations and by claimants, in date order', () => {
    const byRel = g.claims({ relations: ['north-korea--deploys-forces-to--russia'] });
    expect(byRel.claims.map((c) => c.claimant.id).sort()).toEqual(
      ['parametermedia', 'sean-savett', 'south-korea-nis', 'volodymyr-zelensky'].sort(),
    );
    expect(byRel.claims[0]?.publisher?.id).toBe('parametermedia');
    const byNis = g.claims({ claimants: ['NIS'] });
    expect(byNis.claims.length).toBeGreaterThan(5);
    expect(byNis.claims.every((c) => c.claimant.id === 'south-korea-nis')).toBe(true);
  });

  it('marks claims counted only possibly as of a date and drops later ones', () => {
    const asOf = g.claims({ relations: ['north-korea--deploys-forces-to--russia'] }, { date: '2024-10-17' });
    expect(asOf.claims.map((c) => [c.claimant.id, c.possibly ?? false]).sort()).toEqual([
      ['parametermedia', true],
      ['sean-savett', true],
      ['volodymyr-zelensky', false],
    ]);
  });
});

describe('compare two claimants', () => {
  it('sorts relations into agree, disagree and only one spoke', () => {
    const importer = createImportService(db);
    importer.importParsed(importer.parseText('as-of.json', JSON.stringify(asOfDocument())));
    const claims = g.claims({ claimants: ['ana-minister', 'ben-spokes'] }).claims;
    const out = compareClaimants(claims, 'ana-minister', 'ben-spokes');
    expect(out).toEqual([
      {
        relationId: 'north-supplies-south',
        outcome: 'disagree',
        a: ['asserts', 'confirms'],
        b: ['cannot-verify', 'denies'],
      },
      { relationId: 'north-supports-east', outcome: 'only-b', a: [], b: ['reports'] },
    ]);
    const agree = compareClaimants(g.claims({ claimants: ['japan', 'south-korea'] }).claims, 'japan', 'south-korea');
    expect(agree.find((r) => r.relationId === 'north-korea--cooperates-with--russia')?.outcome).toBe('agree');
  });
});
