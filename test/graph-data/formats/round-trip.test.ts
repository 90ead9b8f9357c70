// One suite for every format in the registry: serialize a sample graph, parse it back, and compare
// what the format can hold. Foreign formats keep one summarised edge per relation, not each claim.
import { describe, expect, it } from 'vitest';
import { FORMATS } from '../../../graph-data/formats/registry.ts';
import { BASE_PREDICATES } from '../../../graph-data/formats/base-vocab.ts';
import type { GraphDocument } from '../../../graph-data/model/types.ts';
import { roundTrip } from './helpers.ts';
import { sampleDoc } from './sample-doc.ts';

/** Formats that carry every claim, not a per-relation summary. */
const LOSSLESS = new Set(['claimscape']);

/** What a node-drawing export shows: context-only entities (a claimant) stay out unless a relation ends on them. */
function shown(doc: GraphDocument) {
  const ends = new Set(doc.relations.flatMap((r) => [r.subject, r.object]));
  return doc.entities.filter((e) => !e.context || ends.has(e.id));
}

function predicateLabel(doc: GraphDocument, id: string): string | undefined {
  return (doc.vocabulary?.predicates.find((p) => p.id === id) ?? BASE_PREDICATES.find((p) => p.id === id))?.label.en;
}

const triples = (doc: GraphDocument) => doc.relations.map((r) => `${r.subject} ${r.predicate} ${r.object}`).sort();

describe.each(FORMATS.map((f) => [f.id, f] as const))('round trip through %s', (id, format) => {
  const original = sampleDoc();
  const back = roundTrip(format, original);

  it('keeps every entity id, label, kind and description', () => {
    const expected = (LOSSLESS.has(id) ? original.entities : shown(original)).map((e) => [
      e.id,
      e.label,
      e.kind,
      e.description ?? null,
    ]);
    const got = new Map(back.entities.map((e) => [e.id, [e.id, e.label, e.kind, e.description ?? null]]));
    for (const e of expected) expect(got.get(e[0] as string)).toEqual(e);
  });

  it('keeps every relation triple and its predicate label', () => {
    expect(triples(back)).toEqual(triples(original));
    for (const r of original.relations)
      expect(predicateLabel(back, r.predicate)).toBe(predicateLabel(original, r.predicate));
  });

  it(LOSSLESS.has(id) ? 'keeps every claim' : 'keeps one claim per relation', () => {
    if (LOSSLESS.has(id)) expect(back).toEqual(original);
    else {
      expect(back.claims).toHaveLength(original.relations.length);
      expect(back.claims.filter((c) => c.summary)).toEqual([]);
    }
  });

  it('sniffs its own output', () => {
    const text = format.serialize(original)[0]?.text ?? '';
    expect(format.sniff(text)).toBe(true);
  });
});
