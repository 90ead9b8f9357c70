// The mapping rules every importer shares: kinds and predicates onto the base vocabulary, ids that are
// safe and deterministic, the file's Source and dataset claimant, typed values, and attribute roles.
import { describe, expect, it } from 'vitest';
import { edgeFields, nodeFields, type Bag } from '../../../graph-data/formats/attribute-roles.ts';
import { createImportBuilder } from '../../../graph-data/formats/import-builder.ts';
import { fnv1aHex, slugify } from '../../../graph-data/formats/ids.ts';
import { parseTyped } from '../../../graph-data/formats/typed-value.ts';
import { ctxFor } from './helpers.ts';

const bag = (o: Record<string, string | number | boolean>): Bag => new Map(Object.entries(o));

function importOne(nodeKinds: (string | null)[], predicates: (string | null)[]) {
  const ctx = ctxFor('rules.csv', 'x');
  const b = createImportBuilder('csv', ctx);
  nodeKinds.forEach((kind, i) =>
    b.addNode({
      id: `n${i}`,
      fields: { label: null, kind, description: null, aliases: null, attributes: new Map() },
      where: {},
    }),
  );
  predicates.forEach((p, i) =>
    b.addEdge({
      id: null,
      source: 'n0',
      target: `n${i % nodeKinds.length}`,
      fields: edgeFields(bag(p === null ? {} : { predicate: p }), {}),
      where: {},
    }),
  );
  return b.finish().doc;
}

describe('kinds and predicates', () => {
  it('maps kind values onto base kinds by id or label, keeps slug kinds, and falls back to other', () => {
    const doc = importOne(['Person', 'government agency', 'negara', 'alliance', 'Senior official', null], []);
    expect(doc.entities.slice(1).map((e) => e.kind)).toEqual([
      'person',
      'government-agency',
      'country',
      'alliance',
      'other',
      'other',
    ]);
    expect(doc.entities[1]?.attributes).toEqual({ original_kind: 'Person' });
    expect(doc.entities[5]?.attributes).toEqual({ original_kind: 'Senior official' });
    expect(doc.vocabulary?.kinds.map((k) => k.id)).toEqual(['dataset', 'alliance', 'other']);
  });

  it('maps predicate text onto base predicates by id or label, and invents slugged ones', () => {
    const doc = importOne(['a', 'b'], ['supplies', 'is located in', 'memasok', 'Trains with 🚀!', null, '支持']);
    expect(doc.relations.map((r) => r.predicate)).toEqual([
      'supplies',
      'located-in',
      'trains-with',
      'related-to',
      `p-${fnv1aHex('支持').slice(0, 10)}`,
    ]);
    const vocab = doc.vocabulary?.predicates ?? [];
    expect(vocab.map((p) => p.id)).toEqual(['trains-with', 'related-to', expect.stringMatching(/^p-/)]);
    expect(vocab[0]).toMatchObject({ label: { en: 'Trains with 🚀!' }, symmetric: false });
    expect(vocab[1]).toEqual({
      id: 'related-to',
      label: { en: 'related to', id: 'terkait dengan' },
      inverse: { en: 'related to', id: 'terkait dengan' },
      symmetric: true,
      subjectKinds: [],
      objectKinds: [],
    });
    expect(doc.claims.filter((c) => c.relation === 'n0--supplies--n0')).toHaveLength(2);
  });

  it('names the Source and the dataset claimant after the file hash', () => {
    const doc = importOne(['x'], []);
    const ctx = ctxFor('rules.csv', 'x');
    const hex = ctx.sha256.slice(0, 12);
    expect(doc.sources).toEqual([
      {
        id: `file-${hex}`,
        title: 'rules.csv',
        publisher: null,
        url: null,
        language: null,
        published: null,
        retrieved: ctx.importedAt,
        sha256: ctx.sha256,
        format: 'csv',
      },
    ]);
    expect(doc.entities[0]).toEqual({
      id: `dataset-${hex}`,
      kind: 'dataset',
      label: 'Dataset: rules.csv',
      aliases: [],
    });
  });
});

describe('attribute roles', () => {
  it('takes label, kind, description and aliases for nodes, case-insensitively', () => {
    const f = nodeFields(
      bag({ Name: 'Korea Utara', Type: 'country', Description: 'd', aliases: 'DPRK | Korut', other: 1 }),
      null,
    );
    expect(f).toMatchObject({ label: 'Korea Utara', kind: 'country', description: 'd', aliases: 'DPRK | Korut' });
    expect([...f.attributes]).toEqual([['other', 1]]);
  });

  it('treats a label as the predicate only when no explicit predicate is given', () => {
    expect(edgeFields(bag({ label: 'supplies' }), {})).toMatchObject({
      predicate: 'supplies',
      predicateLabel: 'supplies',
      summary: null,
    });
    expect(edgeFields(bag({ relation: 'supplies', label: 'sent missiles' }), {})).toMatchObject({
      predicate: 'supplies',
      summary: 'sent missiles',
    });
    expect(edgeFields(bag({ predicate: 'hosts-training-for', label: 'hosts training for' }), {})).toMatchObject({
      predicateLabel: 'hosts training for',
      summary: null,
    });
  });

  it('reads direction, stance, date, confidence and citation from their usual names', () => {
    const f = edgeFields(
      bag({
        Type: 'Undirected',
        stance: 'Cannot-Verify',
        timestamp: '2024/10/18',
        confidence: '0.4',
        weight: 1,
        url: 'https://x',
      }),
      {},
    );
    expect(f).toMatchObject({ directed: false, stance: 'cannot-verify', stated: '2024-10-18', confidence: 0.4 });
    expect(Object.fromEntries(f.attributes)).toEqual({ timestamp: '2024/10/18', weight: 1, citation: 'https://x' });
    expect(edgeFields(bag({ stance: 'maybe', type: 'supplies' }), {})).toMatchObject({
      stance: null,
      predicate: 'supplies',
      directed: null,
    });
  });
});

describe('ids and values', () => {
  it('slugs fold accents and collapse everything else', () => {
    expect(slugify('  Déploie -- des Forces!  ')).toBe('deploie-des-forces');
    expect(slugify('北')).toBe('');
    expect(fnv1aHex('a')).toMatch(/^[0-9a-f]{16}$/);
    expect(fnv1aHex('a')).not.toBe(fnv1aHex('b'));
  });

  it('parses typed values and keeps what does not fit as null', () => {
    expect(parseTyped(' 12 ', 'int')).toBe(12);
    expect(parseTyped('99999999999999999999', 'long')).toBe('99999999999999999999');
    expect(parseTyped('1e3', 'double')).toBe(1000);
    expect(parseTyped('0x10', 'double')).toBeNull();
    expect(parseTyped('yes', 'boolean')).toBeNull();
    expect(parseTyped('a|b|c', 'liststring')).toBe('a | b | c');
    expect(parseTyped('[1, 2]', 'listinteger')).toBe('1 | 2');
    expect(parseTyped(' keep ', 'string')).toBe(' keep ');
  });
});
