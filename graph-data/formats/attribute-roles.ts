// Decides what a foreign node's or edge's attributes mean (label, kind, predicate, date, citation...)
// from their names, shared by every importer; what no role claims stays an attribute.
import type { AttributeValue, Stance } from '../model/types.ts';
import { isStance } from '../model/types.ts';
import { toPartialDate } from '../model/partial-date.ts';
import type { ParseOptions } from './format.ts';
import { slugify } from './ids.ts';
import { findBasePredicate } from './base-vocab.ts';

/** Attributes in file order; a Map, so keys such as `__proto__` stay plain data. */
export type Bag = Map<string, AttributeValue>;
export type Columns = NonNullable<ParseOptions['columns']>;

export interface NodeFields {
  label: string | null;
  kind: string | null;
  description: string | null;
  aliases: string | null;
  attributes: Bag;
}

export interface EdgeFields {
  /** An explicit predicate (predicate/relation/interaction/kind/type column), else the label. */
  predicate: string | null;
  /** The English label for a new predicate, when the file gives one. */
  predicateLabel: string | null;
  summary: string | null;
  directed: boolean | null;
  stance: Stance | null;
  stated: string | null;
  confidence: number | null;
  attributes: Bag;
}

const DIRECTIONS: Record<string, boolean> = { directed: true, undirected: false, mutual: false };

/** Tells which attribute of the file filled which role (label <- name), for the import preview. */
export type NoteRole = (role: string, key: string) => void;
const ignore: NoteRole = () => undefined;

/** Removes and returns the value of the first key present, matched case-insensitively. */
export function take(
  bag: Bag,
  names: readonly (string | undefined)[],
  role = '',
  note: NoteRole = ignore,
): string | null {
  for (const name of names) {
    if (!name) continue;
    for (const [k, v] of bag) {
      if (k === name || k.toLowerCase() === name.toLowerCase()) {
        bag.delete(k);
        note(role, k);
        return String(v);
      }
    }
  }
  return null;
}

function peek(bag: Bag, name: string): [string, AttributeValue] | undefined {
  for (const entry of bag) if (entry[0].toLowerCase() === name) return entry;
  return undefined;
}

export function nodeFields(
  bag: Bag,
  explicitLabel: string | null,
  columns: Columns = {},
  note: NoteRole = ignore,
): NodeFields {
  const fromBag = take(bag, [columns.label, 'label', 'name'], 'entity label', note);
  return {
    label: nonEmpty(explicitLabel) ?? nonEmpty(fromBag),
    kind: nonEmpty(take(bag, [columns.kind, 'kind', 'type', 'category'], 'entity kind', note)),
    description: nonEmpty(take(bag, ['description'], 'entity description', note)),
    aliases: nonEmpty(take(bag, ['aliases'], 'entity aliases', note)),
    attributes: bag,
  };
}

export interface EdgeHints {
  /** A label the format itself marks (yEd EdgeLabel, GEXF label attribute). */
  label?: string | null;
  /** Whether an attribute named `source` is a citation (XML) or an endpoint (CSV, already removed). */
  sourceIsCitation?: boolean;
}

export function edgeFields(bag: Bag, hints: EdgeHints, columns: Columns = {}, note: NoteRole = ignore): EdgeFields {
  const directed = takeDirection(bag, note);
  const explicit = nonEmpty(
    take(bag, [columns.predicate, 'predicate', 'relation', 'interaction', 'kind', 'type'], 'predicate', note),
  );
  const label =
    nonEmpty(hints.label ?? null) ??
    nonEmpty(take(bag, [columns.label, 'label'], explicit ? 'claim summary' : 'predicate', note));
  const description = nonEmpty(take(bag, ['description', 'summary'], 'claim summary', note));
  let summary = description;
  let predicateLabel: string | null = null;
  if (explicit && label) {
    if (samePredicate(label, explicit)) predicateLabel = label;
    else summary ??= label;
  }
  moveCitation(bag, columns, hints.sourceIsCitation === true, note);
  return {
    predicate: explicit ?? label,
    predicateLabel: explicit ? predicateLabel : label,
    summary,
    directed,
    stance: takeStance(bag, note),
    stated: takeDate(bag, columns, note),
    confidence: takeConfidence(bag, note),
    attributes: bag,
  };
}

/** A label names the predicate when it slugs to it or names the same base predicate (`is located in`). */
function samePredicate(label: string, predicate: string): boolean {
  if (slugify(label) === slugify(predicate)) return true;
  const base = findBasePredicate(predicate);
  return base !== undefined && findBasePredicate(label) === base;
}

/** A `type` column saying directed/undirected/mutual (Gephi's CSV) is a direction, not a predicate. */
function takeDirection(bag: Bag, note: NoteRole): boolean | null {
  for (const name of ['type', 'directed', 'edgetype']) {
    const entry = peek(bag, name);
    if (!entry) continue;
    const v = String(entry[1]).trim().toLowerCase();
    const dir = name === 'directed' ? (v === 'true' ? true : v === 'false' ? false : undefined) : DIRECTIONS[v];
    if (dir !== undefined) {
      bag.delete(entry[0]);
      note('direction', entry[0]);
      return dir;
    }
  }
  return null;
}

function takeStance(bag: Bag, note: NoteRole): Stance | null {
  const entry = peek(bag, 'stance');
  if (!entry) return null;
  const v = String(entry[1]).trim().toLowerCase();
  if (!isStance(v)) return null;
  bag.delete(entry[0]);
  note('claim stance', entry[0]);
  return v;
}

/** The first date-like attribute as a partial date; the raw value stays when it says more. */
function takeDate(bag: Bag, columns: Columns, note: NoteRole): string | null {
  for (const name of [columns.date, 'date', 'stated', 'timestamp', 'time', 'start']) {
    if (!name) continue;
    const entry = peek(bag, name.toLowerCase());
    if (!entry) continue;
    const date = toPartialDate(entry[1]);
    if (date === null) continue;
    if (String(entry[1]) === date) bag.delete(entry[0]);
    note('claim date', entry[0]);
    return date;
  }
  return null;
}

/** `confidence` in [0, 1]; `weight` counts only strictly below 1, since 1.0 is every tool's default weight. */
function takeConfidence(bag: Bag, note: NoteRole): number | null {
  const c = peek(bag, 'confidence');
  const cn = c ? Number(c[1]) : NaN;
  if (c && Number.isFinite(cn) && cn >= 0 && cn <= 1) {
    bag.delete(c[0]);
    note('claim confidence', c[0]);
    return cn;
  }
  const w = peek(bag, 'weight');
  const wn = w ? Number(w[1]) : NaN;
  if (w && Number.isFinite(wn) && wn >= 0 && wn < 1) {
    note('claim confidence', w[0]);
    return wn;
  }
  return null;
}

function moveCitation(bag: Bag, columns: Columns, sourceIsCitation: boolean, note: NoteRole): void {
  const names = [
    columns.citation,
    'citation',
    'source_url',
    'url',
    'reference',
    sourceIsCitation ? 'source' : undefined,
  ];
  const value = take(bag, names, 'claim citation', note);
  if (value !== null && value !== '') bag.set('citation', value);
}

function nonEmpty(v: string | null): string | null {
  return v === null || v === '' ? null : v;
}
