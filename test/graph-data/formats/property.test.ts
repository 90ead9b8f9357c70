// Property-based round trips for every registered format: generated graphs with awkward labels
// (quotes, __proto__, emoji, right-to-left text, selector characters, line breaks, formula openers,
// very long text) and awkward but valid ids must come back with ids, labels and triples intact.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../../graph-data/formats/registry.ts';
import { BASE_KINDS, BASE_PREDICATES } from '../../../graph-data/formats/base-vocab.ts';
import { isValidId } from '../../../graph-data/model/errors.ts';
import {
  STANCES,
  type Claim,
  type Entity,
  type GraphDocument,
  type Relation,
} from '../../../graph-data/model/types.ts';
import { roundTrip } from './helpers.ts';

const AWKWARD = [
  '"double" and \'single\' quotes',
  '__proto__',
  'constructor',
  'prototype',
  '🚀 emoji 👩‍👩‍👧 family',
  'مرحبا بالعالم',
  'שלום עולם',
  '#id.class[attr="v"]:hover > a',
  'a, b; c\td|e',
  'line one\nline two',
  'carriage\rreturn\r\nand crlf',
  '=SUM(A1:A9)',
  '+62 21 555',
  '-1',
  '@mention',
  "'=already quoted",
  "''@twice",
  "'apostrophe",
  '<tag attr="x">&amp;</tag>',
  '  padded  ',
  '\ttab first',
  'x'.repeat(2_000),
];

/** Characters XML 1.0 cannot carry, and U+FFFD, which the importers read as a broken decode. */
const UNCARRIABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFD\uFFFE\uFFFF]/;

const label = fc.oneof(
  fc.constantFrom(...AWKWARD),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }).filter((s) => !UNCARRIABLE.test(s)),
  fc.string({ minLength: 1, maxLength: 40 }),
);

const idHead = fc.constantFrom(...'aZ9éß北ع1жΩ'.split(''));
const idTail = fc.array(fc.constantFrom(...'az09_-北éЖ'.split('')), { maxLength: 24 }).map((a) => a.join(''));
const id = fc
  .tuple(idHead, idTail)
  .map(([h, t]) => h + t)
  .filter((s) => isValidId(s) && !s.startsWith('dataset-'));

const kinds = [...BASE_KINDS.map((k) => k.id).filter((k) => k !== 'dataset'), 'alliance'];
const predicates = BASE_PREDICATES.map((p) => p.id);

const graph = fc
  .uniqueArray(id, { minLength: 1, maxLength: 8 })
  .chain((ids) =>
    fc.record({
      ids: fc.constant(ids),
      labels: fc.array(label, { minLength: ids.length, maxLength: ids.length }),
      kinds: fc.array(fc.constantFrom(...kinds), { minLength: ids.length, maxLength: ids.length }),
      edges: fc.uniqueArray(
        fc.tuple(
          fc.nat(ids.length - 1),
          fc.constantFrom(...predicates),
          fc.nat(ids.length - 1),
          fc.constantFrom(...STANCES),
        ),
        {
          maxLength: 10,
          selector: ([s, p, o]) => `${s} ${p} ${o}`,
        },
      ),
    }),
  )
  .map(toDoc);

function toDoc(g: {
  ids: string[];
  labels: string[];
  kinds: string[];
  edges: [number, string, number, Claim['stance']][];
}): GraphDocument {
  const entities: Entity[] = g.ids.map((eid, i) => ({
    id: eid,
    kind: g.kinds[i] ?? 'other',
    label: g.labels[i] ?? eid,
    aliases: [],
  }));
  const relations: Relation[] = g.edges.map(([s, p, o]) => {
    const subject = g.ids[s] ?? '';
    const object = g.ids[o] ?? '';
    return { id: `${subject}--${p}--${object}`, subject, predicate: p, object };
  });
  const claims: Claim[] = relations.map((r, i) => ({
    id: `c${i}`,
    relation: r.id,
    claimant: g.ids[0] ?? '',
    stance: g.edges[i]?.[3] ?? 'asserts',
    source: 's1',
    stated: null,
  }));
  return {
    format: 'claimscape',
    version: 1,
    vocabulary: {
      kinds: [{ id: 'alliance', label: { en: 'alliance' }, shape: 'hexagon', color: '#336699', glyph: '⬡' }],
      predicates: [],
    },
    sources: [
      { id: 's1', title: 'Generated', publisher: null, url: null, language: null, published: null, retrieved: null },
    ],
    entities,
    relations,
    claims,
  };
}

describe.each(FORMATS.map((f) => [f.id, f] as const))('property: %s round trip', (_id, format) => {
  it('keeps ids, labels, kinds and relation triples of generated graphs', () => {
    fc.assert(
      fc.property(graph, (doc) => {
        const back = roundTrip(format, doc);
        const got = new Map(back.entities.map((e) => [e.id, e]));
        for (const e of doc.entities) {
          expect(got.get(e.id)?.label).toBe(e.label);
          expect(got.get(e.id)?.kind).toBe(e.kind);
        }
        const triples = (d: GraphDocument) => d.relations.map((r) => `${r.subject} ${r.predicate} ${r.object}`).sort();
        expect(triples(back)).toEqual(triples(doc));
      }),
      { numRuns: 50 },
    );
  });
});
