import { describe, expect, it } from 'vitest';
import { createGraphService } from '../../../main/services/graph-service.ts';
import { seededDb, tmpDir } from '../../helpers/tmp.ts';
import { createImportService } from '../../../main/services/import-service.ts';
import { openDatabase } from '../../../main/db/open.ts';
import { syntheticDocument } from '../../helpers/synthetic.ts';

const { db } = seededDb(tmpDir());
const g = createGraphService(db);

describe('search', () => {
  it('finds North Korea by its Indonesian name, ignoring case and diacritics', () => {
    for (const q of ['korea utara', 'KOREA UTARA', 'Kóréa Útara'])
      expect(g.search(q).entities[0]?.id).toBe('north-korea');
  });
  it('matches prefixes as the user types, and says which alias matched', () => {
    const hit = g.search('krem').entities.find((h) => h.id === 'russia');
    expect(hit?.matched).toBe('Kremlin');
    expect(g.search('KN-2').entities[0]?.id).toBe('kn-23');
  });
  it('is always limited and finds claims by their summaries', () => {
    expect(g.search('a', 3).entities.length).toBeLessThanOrEqual(3);
    expect(g.search('face matching').claims.length).toBeGreaterThan(0);
  });
  it('returns nothing for punctuation-only input instead of failing', () => {
    expect(g.search('"*()').entities).toEqual([]);
  });
});

describe('entity and relation detail', () => {
  it('lists aliases with languages, external ids, relations with status, and claims with claimants', () => {
    const d = g.entity('north-korea');
    expect(d.aliases).toContainEqual(expect.objectContaining({ text: 'Korea Utara', lang: 'id' }));
    expect(d.externalIds['wikidata']).toBe('Q423');
    const deploy = d.relations.find((r) => r.id === 'north-korea--deploys-forces-to--russia');
    expect(deploy?.status).toBe('asserted');
    expect(deploy?.other.label).toBe('Russia');
    expect(d.claimsAbout.some((c) => c.claimant.id === 'sean-savett' && c.stance === 'cannot-verify')).toBe(true);
  });
  it('shows every claim of a relation with source title and publisher', () => {
    const r = g.relation('north-korea--deploys-forces-to--russia');
    const claimants = r.claims.map((c) => `${c.claimant.id}:${c.stance}`);
    expect(claimants).toEqual(
      expect.arrayContaining(['south-korea-nis:asserts', 'volodymyr-zelensky:asserts', 'sean-savett:cannot-verify']),
    );
    expect(r.claims[0]?.source.publisher?.id).toBe('parametermedia');
  });
  it('answers not-found with a code for unknown ids', () => {
    expect(() => g.entity('atlantis')).toThrow(expect.objectContaining({ code: 'not-found' }));
  });
});

describe('neighbourhood, subgraph and path', () => {
  it('grows with depth and honours the cap with a truncation flag', () => {
    const one = g.neighbourhood(['north-korea'], 1);
    const two = g.neighbourhood(['north-korea'], 2);
    expect(one.nodes.map((n) => n.id)).toContain('russia');
    expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
    expect(one.truncated).toBe(false);
    const capped = g.neighbourhood(['north-korea'], 2, {}, 6);
    expect(capped.truncated).toBe(true);
    expect(capped.nodes.length + capped.edges.length).toBeLessThanOrEqual(6);
  });
  it('filters by status, predicate, kind and claim date', () => {
    const noUnverified = g.neighbourhood(['north-korean-troops-in-russia'], 1, { statuses: ['asserted'] });
    expect(noUnverified.edges.every((e) => e.status === 'asserted')).toBe(true);
    const places = g.neighbourhood(['russia'], 1, { kinds: ['place'] });
    expect(places.nodes.filter((n) => n.id !== 'russia').every((n) => n.kind === 'place')).toBe(true);
    const preds = g.neighbourhood(['north-korea'], 1, { predicates: ['supplies'] });
    expect(preds.edges.map((e) => e.predicate)).toEqual(['supplies']);
    expect(g.neighbourhood(['north-korea'], 1, { from: '2030' }).edges).toEqual([]);
    expect(g.neighbourhood(['north-korea'], 1, { from: '2024-10-16', to: '2024-10-16' }).edges.length).toBeGreaterThan(
      0,
    );
  });
  it('returns the induced subgraph of given ids', () => {
    const s = g.subgraph(['north-korea', 'russia', 'kn-23']);
    expect(s.nodes).toHaveLength(3);
    expect(s.edges.every((e) => ['north-korea', 'russia', 'kn-23'].includes(e.source))).toBe(true);
  });
  it('finds a shortest path, and none when only unverified relations would connect', () => {
    const p = g.path('sean-savett', 'kn-23');
    expect(p.found).toBe(true);
    expect(p.nodes[0]).toBe('sean-savett');
    expect(p.nodes.at(-1)).toBe('kn-23');
    expect(p.edges.length).toBe(p.nodes.length - 1);
    const war = g.path('north-korean-troops-in-russia', 'war-in-ukraine', { statuses: ['unverified'] });
    expect(war.found).toBe(true);
    expect(g.path('sean-savett', 'kn-23', { statuses: ['denied'] }).found).toBe(false);
  });
  it('resolves entities by id, label or alias', () => {
    expect(g.resolve('Korea Utara')).toBe('north-korea');
    expect(g.resolve('russia')).toBe('russia');
    expect(g.resolve('Kremlin')).toBe('russia');
  });
});

describe('counts', () => {
  it('are computed again after a write, by this connection or another', () => {
    const dir = tmpDir();
    const { db: own, file } = seededDb(dir, 'counts.db');
    const svc = createGraphService(own);
    const before = svc.counts().entities;
    createImportService(own).writeDocument(syntheticDocument(5, 1, 1, 'c1'));
    expect(svc.counts().entities).toBe(before + 6);
    const other = openDatabase(file);
    createImportService(other).writeDocument(syntheticDocument(5, 1, 1, 'c2'));
    other.close();
    expect(svc.counts().entities).toBe(before + 12);
  });
});
