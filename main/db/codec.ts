// Row <-> record conversions shared by the repos: JSON columns and nullable fields.
import type { EntityKind, Predicate } from '../../graph-data/model/types.ts';
export function toJson(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0) return null;
  return JSON.stringify(v);
}

export function fromJson<T>(s: unknown, fallback: T): T {
  if (typeof s !== 'string') return fallback;
  try {
    return JSON.parse(s) as T;
  } catch {
    return fallback;
  }
}

export const nul = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

/** A kind's columns: id, label, shape, color, glyph. */
export const kindValues = (k: EntityKind): unknown[] => [k.id, JSON.stringify(k.label), k.shape, k.color, k.glyph];

/** A predicate's columns: id, label, inverse, symmetric, subject_kinds, object_kinds. */
export const predicateValues = (p: Predicate): unknown[] => [
  p.id,
  JSON.stringify(p.label),
  JSON.stringify(p.inverse),
  p.symmetric ? 1 : 0,
  JSON.stringify(p.subjectKinds),
  JSON.stringify(p.objectKinds),
];
