// The foreign records the import builder takes (GraphML, GEXF, CSV nodes and edges, with where
// each stood), and small conversions: a foreign edge to a Claim, alias text to Alias records,
// and attribute bags to plain records whose keys cannot poison a prototype.
import type { Alias, AttributeValue, Claim, Entity } from '../model/types.ts';
import type { Bag, EdgeFields, NodeFields } from './attribute-roles.ts';

export interface Where {
  /** The file the record came from when it is not the main one (a CSV companion). */
  file?: string;
  line?: number;
  column?: number;
  path?: string;
}

export interface ForeignNode {
  id: string;
  fields: NodeFields;
  where: Where;
}

export interface ForeignEdge {
  id: string | null;
  source: string;
  target: string;
  fields: EdgeFields;
  holdsFrom?: string | null;
  holdsUntil?: string | null;
  where: Where;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function toClaim(id: string, relation: string, claimant: string, source: string, edge: ForeignEdge): Claim {
  const f = edge.fields;
  const claim: Claim = { id, relation, claimant, stance: f.stance ?? 'asserts', source, stated: f.stated };
  if (edge.holdsFrom) claim.holdsFrom = edge.holdsFrom;
  if (edge.holdsUntil) claim.holdsUntil = edge.holdsUntil;
  if (f.summary !== null) claim.summary = f.summary;
  if (f.confidence !== null) claim.confidence = f.confidence;
  if (f.directed === false) f.attributes.set('directed', false);
  const attributes = toRecord(f.attributes);
  if (attributes) claim.attributes = attributes;
  return claim;
}

export function toAliases(text: string | null): Alias[] {
  if (text === null) return [];
  return text
    .split(' | ')
    .map((t) => t.trim())
    .filter((t) => t !== '')
    .map((t) => ({ text: t, lang: 'und', form: 'name' }));
}

export function mergeAttributes(entity: Entity, bag: Bag): void {
  const merged = toRecord(bag) ?? {};
  entity.attributes = { ...merged, ...entity.attributes };
}

/** Attribute names become plain keys; the few that could poison a prototype are renamed. */
export function toRecord(bag: Bag): Record<string, AttributeValue> | undefined {
  if (bag.size === 0) return undefined;
  const out: Record<string, AttributeValue> = {};
  for (const [k, v] of bag) {
    const key = FORBIDDEN_KEYS.has(k) ? `x_${k}` : k === '' ? 'unnamed' : k.slice(0, 200);
    out[key] = v;
  }
  return out;
}
