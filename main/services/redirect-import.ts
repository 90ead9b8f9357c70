// Claimscape JSON keeps our ids, so importing it follows redirects instead of resolving names: an id
// the file itself says was merged away (its `redirects`), or one a merge in this store left
// behind, becomes the entity it leads to; the store's live entities always keep their own id.
import { foldName } from '../../graph-data/model/fold.ts';
import type { Entity, GraphDocument } from '../../graph-data/model/types.ts';
import type { Db } from '../db/open.ts';
import { createRedirectRepo, type RedirectRepo } from '../db/redirect-repo.ts';
import { renameEntities, type MappedDocument } from './id-mapping.ts';

export function followRedirects(db: Db, doc: GraphDocument): MappedDocument {
  const store = createRedirectRepo(db);
  const inFile = new Map((doc.redirects ?? []).map((r) => [r.from, r.to]));
  const final = (id: string): string => {
    for (let hops = 0, cur = id; hops <= inFile.size + 1; hops++) {
      if (store.isEntity(cur)) return cur;
      const next = inFile.get(cur) ?? store.targetOf(cur);
      if (next === undefined || next === cur) return cur;
      cur = next;
    }
    return id;
  };
  const rename = new Map<string, string>();
  const referenced = [
    ...doc.entities.map((e) => e.id),
    ...doc.relations.flatMap((r) => [r.subject, r.object]),
    ...doc.claims.flatMap((c) => [c.claimant, c.reportedVia ?? '']),
    ...doc.sources.map((s) => s.publisher ?? ''),
  ];
  for (const id of new Set(referenced)) {
    const to = id ? final(id) : id;
    if (to !== id) rename.set(id, to);
  }
  const redirects = doc.redirects?.map((r) => ({ from: r.from, to: final(r.to) }));
  const withRedirects = { ...doc, ...(redirects ? { redirects } : {}) };
  if (!rename.size) return { doc: withRedirects, merged: new Set(), resolution: [] };
  const { entities, merged } = foldRenamed(doc.entities, rename, store.isEntity);
  return {
    doc: joinStoredRelations(store, renameEntities({ ...withRedirects, entities }, rename)),
    merged,
    resolution: [],
  };
}

/** A relation that now names a triple the store has under another id becomes that relation. */
function joinStoredRelations(store: RedirectRepo, doc: GraphDocument): GraphDocument {
  const moved = new Map<string, string>();
  const relations = doc.relations.filter((r) => {
    const stored = store.relationOf(r.subject, r.predicate, r.object);
    if (stored === undefined || stored === r.id) return true;
    moved.set(r.id, stored);
    return false;
  });
  if (!moved.size) return doc;
  return {
    ...doc,
    relations,
    claims: doc.claims.map((c) => ({ ...c, relation: moved.get(c.relation) ?? c.relation })),
  };
}

/**
 * A record whose id was merged away gives its names to the entity it leads to: as that record's
 * aliases when the file has it, else as a record of that id that only adds aliases (merged).
 */
function foldRenamed(entities: Entity[], rename: Map<string, string>, inStore: (id: string) => boolean) {
  const byId = new Map(entities.map((e) => [e.id, { ...e, aliases: [...e.aliases] }]));
  const merged = new Set<string>();
  const out: Entity[] = [];
  for (const e of entities) {
    const to = rename.get(e.id);
    if (to === undefined) {
      out.push(byId.get(e.id) as Entity);
      continue;
    }
    const target = byId.get(to);
    if (!target) {
      const { context: _context, ...names } = e;
      const moved = { ...names, id: to };
      byId.set(to, moved);
      out.push(moved);
      if (inStore(to)) merged.add(to);
      continue;
    }
    const have = new Set([target.label, ...target.aliases.map((a) => a.text)].map(foldName));
    for (const a of [{ text: e.label, lang: 'und', form: 'name' as const }, ...e.aliases])
      if (!have.has(foldName(a.text))) {
        have.add(foldName(a.text));
        target.aliases.push(a);
      }
  }
  return { entities: out, merged };
}
