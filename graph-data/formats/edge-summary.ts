// What the foreign formats can hold of a relation: one edge with a summary of its claims (status,
// count, first/last stated, sources, claimants), plus the typed attribute columns of entities.
import type { AttributeValue, Claim, Entity, GraphDocument, Relation, RelationStatus } from '../model/types.ts';
import { deriveStatus } from '../model/status.ts';
import { partialDateEnd, partialDateStart } from '../model/partial-date.ts';
import { predicateLabel } from './base-vocab.ts';

export interface RelationSummary {
  relation: Relation;
  predicateLabel: string;
  status: RelationStatus;
  claimCount: number;
  firstStated: string | null;
  lastStated: string | null;
  /** Source titles, each once, joined with " | ". */
  sources: string;
  /** Claimant labels, each once, joined with " | ". */
  claimants: string;
}

export const LIST_SEPARATOR = ' | ';

export function summarizeRelations(doc: GraphDocument): RelationSummary[] {
  const byRelation = new Map<string, Claim[]>();
  for (const c of doc.claims) {
    const list = byRelation.get(c.relation);
    if (list) list.push(c);
    else byRelation.set(c.relation, [c]);
  }
  const titles = new Map(doc.sources.map((s) => [s.id, s.title]));
  const labels = new Map(doc.entities.map((e) => [e.id, e.label]));
  return doc.relations.map((relation) => {
    const claims = byRelation.get(relation.id) ?? [];
    const dates = claims.map((c) => c.stated).filter((d): d is string => typeof d === 'string' && d !== '');
    return {
      relation,
      predicateLabel: predicateLabel(relation.predicate, doc.vocabulary?.predicates),
      status: relation.status ?? deriveStatus(claims.map((c) => c.stance)),
      claimCount: claims.length,
      firstStated: pick(dates, (a, b) => partialDateStart(a) < partialDateStart(b)),
      lastStated: pick(dates, (a, b) => partialDateEnd(a) > partialDateEnd(b)),
      sources: unique(claims.map((c) => titles.get(c.source) ?? c.source)),
      claimants: unique(claims.map((c) => labels.get(c.claimant) ?? c.claimant)),
    };
  });
}

function pick(dates: string[], better: (a: string, b: string) => boolean): string | null {
  let best: string | null = null;
  for (const d of dates) if (best === null || better(d, best)) best = d;
  return best;
}

function unique(values: string[]): string {
  return [...new Set(values)].join(LIST_SEPARATOR);
}

/** Entities an export draws as nodes: context-only copies (a claimant, a publisher) are left out
 * unless a relation in the document ends on them. */
export function shownEntities(doc: GraphDocument): Entity[] {
  const ends = new Set(doc.relations.flatMap((r) => [r.subject, r.object]));
  return doc.entities.filter((e) => !e.context || ends.has(e.id));
}

export type ColumnType = 'boolean' | 'int' | 'double' | 'string';

/** The per-edge claim summary every XML export declares, with its column types. */
export const SUMMARY_COLUMNS: readonly [string, ColumnType][] = [
  ['predicate', 'string'],
  ['status', 'string'],
  ['claim_count', 'int'],
  ['first_stated', 'string'],
  ['last_stated', 'string'],
  ['sources', 'string'],
  ['claimants', 'string'],
];

export interface AttributeColumn {
  /** The attribute's name in the entity records. */
  key: string;
  /** The name written to the file (renamed when it would clash with a built-in column). */
  name: string;
  type: ColumnType;
}

/** Entity attribute columns in first-seen order, typed from every value they hold: add pages, then read. */
export function columnAccumulator(reserved: ReadonlySet<string>, skip: ReadonlySet<string> = new Set()) {
  const types = new Map<string, TypeState>();
  return {
    add(page: readonly (Record<string, AttributeValue> | undefined)[]): void {
      for (const attributes of page)
        for (const [k, v] of Object.entries(attributes ?? {})) {
          if (skip.has(k)) continue;
          const t = types.get(k) ?? { bool: true, int: true, double: true };
          types.set(k, t);
          t.bool &&= typeof v === 'boolean';
          t.int &&= typeof v === 'number' && Number.isInteger(v) && Math.abs(v) <= 2_147_483_647;
          t.double &&= typeof v === 'number' && Number.isFinite(v);
        }
    },
    columns(): AttributeColumn[] {
      const names = new Set(reserved);
      return [...types].map(([key, t]) => {
        let name = reserved.has(key) ? `attr_${key}` : key;
        while (names.has(name)) name = `attr_${name}`;
        names.add(name);
        return { key, name, type: t.bool ? 'boolean' : t.int ? 'int' : t.double ? 'double' : 'string' };
      });
    },
  };
}

interface TypeState {
  bool: boolean;
  int: boolean;
  double: boolean;
}

export function own(record: Record<string, AttributeValue> | undefined, key: string): AttributeValue | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
