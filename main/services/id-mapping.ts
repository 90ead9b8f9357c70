// Decides which database entity each imported node becomes: kept ids, merge by id, or merge by
// label/alias. Rewrites the document's references accordingly before anything is written.
import type { Entity, GraphDocument } from '../../graph-data/model/types.ts';
import type { Db } from '../db/open.ts';
import { createLookupRepo } from '../db/lookup-repo.ts';
import { createSearchRepo } from '../db/search-repo.ts';
import type { NodeResolution } from '../../graph-data/contract/views.ts';
import { resolveNode, type NodeOverrides } from './node-resolution.ts';
import { repoOf } from '../db/repos.ts';

export const MERGE_MODES = ['auto', 'none', 'id', 'label'] as const;
export type MergeMode = (typeof MERGE_MODES)[number];

export interface MappedDocument {
  doc: GraphDocument;
  /** Imported entity ids that matched an existing entity (never overwritten, only aliases added). */
  merged: Set<string>;
  /** Each node's resolution (merge into an existing entity, or new), in auto mode or when overridden. */
  resolution: NodeResolution[];
}

export function mapEntityIds(
  db: Db,
  doc: GraphDocument,
  mode: MergeMode,
  suffix: string,
  overrides: NodeOverrides = {},
): MappedDocument {
  const lookup = repoOf(db, createLookupRepo);
  const search = repoOf(db, createSearchRepo);
  const rename = new Map<string, string>();
  const merged = new Set<string>();
  const taken = new Set(doc.entities.map((e) => e.id));
  const resolution: NodeResolution[] = [];
  for (const e of doc.entities) {
    const existing = lookup.entityBrief(e.id);
    if (mode === 'auto' || e.id in overrides) {
      const r = resolveNode(lookup, search, e, overrides);
      resolution.push(r);
      if (r.into) {
        if (r.into.id !== e.id) rename.set(e.id, r.into.id);
        merged.add(r.into.id);
        continue;
      }
      if (!existing) continue;
    }
    if (mode === 'label') {
      const hit = lookup.entityIdByLabel(e.label) ?? e.aliases.map((a) => lookup.entityIdByLabel(a.text)).find(Boolean);
      if (hit) {
        rename.set(e.id, hit);
        merged.add(hit);
        continue;
      }
    }
    if (!existing) continue;
    if (mode === 'id' || (mode !== 'auto' && existing.kind === e.kind && existing.label === e.label)) {
      merged.add(e.id);
      continue;
    }
    let fresh = `${e.id.slice(0, 180)}-${suffix}`;
    for (let i = 2; taken.has(fresh) || lookup.hasEntity(fresh); i++) fresh = `${e.id.slice(0, 180)}-${suffix}-${i}`;
    taken.add(fresh);
    rename.set(e.id, fresh);
  }
  return { doc: rename.size ? renameEntities(doc, rename) : doc, merged, resolution };
}

export function renameEntities(doc: GraphDocument, rename: Map<string, string>): GraphDocument {
  const r = (id: string) => rename.get(id) ?? id;
  const seen = new Set<string>();
  const entities: Entity[] = [];
  for (const e of doc.entities) {
    const id = r(e.id);
    if (seen.has(id)) continue;
    seen.add(id);
    entities.push({ ...e, id });
  }
  const relRename = new Map<string, string>();
  const byTriple = new Map<string, string>();
  const relations: GraphDocument['relations'] = [];
  for (const rel of doc.relations) {
    const subject = r(rel.subject);
    const object = r(rel.object);
    const triple = `${subject}\u0000${rel.predicate}\u0000${object}`;
    const auto = rel.id === `${rel.subject}--${rel.predicate}--${rel.object}`;
    const id = byTriple.get(triple) ?? (auto ? `${subject}--${rel.predicate}--${object}`.slice(0, 200) : rel.id);
    relRename.set(rel.id, id);
    if (byTriple.has(triple)) continue;
    byTriple.set(triple, id);
    relations.push({ ...rel, id, subject, object });
  }
  return {
    ...doc,
    entities,
    sources: doc.sources.map((s) => ({ ...s, publisher: s.publisher ? r(s.publisher) : s.publisher })),
    relations,
    claims: doc.claims.map((c) => ({
      ...c,
      relation: relRename.get(c.relation) ?? c.relation,
      claimant: r(c.claimant),
      ...(c.reportedVia ? { reportedVia: r(c.reportedVia) } : {}),
    })),
  };
}
