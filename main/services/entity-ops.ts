// Entity edits inside a recording transaction: create, update (fields, aliases, external ids),
// delete (refused while referenced unless its relations and claims go with it).
import type { EntityCreateArgs, EntityUpdateArgs } from '../../graph-data/contract/edit-schemas.ts';
import { ClaimscapeError } from '../../graph-data/model/errors.ts';
import { foldName, slugOf } from '../../graph-data/model/fold.ts';
import type { AliasForm } from '../../graph-data/model/types.ts';
import { fromJson, toJson } from '../db/codec.ts';
import type { EditRepo, EntityRow } from '../db/edit-repo.ts';

export interface OpResult {
  id: string;
  label: string;
  relationId?: string;
  warnings: string[];
}

/** An entity by id, or by the id a merge redirected to it. */
export function entityOf(edit: EditRepo, id: string, field = 'id'): EntityRow {
  const row = edit.entity(id) ?? edit.entity(edit.redirectOf(id) ?? '');
  if (!row) throw new ClaimscapeError('not-found', 'no entity has this id', { path: field, value: id });
  return row;
}

export function freshId(taken: (id: string) => boolean, base: string): string {
  let id = base.slice(0, 190);
  for (let i = 2; taken(id); i++) id = `${base.slice(0, 190)}-${i}`;
  return id;
}

export function createEntityOps(edit: EditRepo) {
  function checkKind(kind: string): void {
    if (!edit.kindExists(kind))
      throw new ClaimscapeError('validation-error', 'unknown entity kind', { path: 'kind', value: kind });
  }

  function addAliases(e: EntityRow, label: string, aliases: EntityCreateArgs['aliases'] = []): void {
    const have = new Set(edit.aliases(e.eid).map((a) => `${foldName(a.text)}@${a.lang}`));
    for (const a of aliases) {
      const text = a.text.trim();
      const lang = a.lang ?? 'und';
      const key = `${foldName(text)}@${lang}`;
      if (have.has(key) || text.toLowerCase() === label.toLowerCase())
        throw new ClaimscapeError('conflict', `"${label}" already has this alias`, { path: 'alias', value: text });
      have.add(key);
      edit.addAlias(e.eid, text, lang, (a.form ?? 'name') as AliasForm);
    }
  }

  return {
    create(a: EntityCreateArgs): OpResult {
      checkKind(a.kind);
      if (a.id && edit.isTaken(a.id))
        throw new ClaimscapeError('conflict', 'an entity (or a merged-away id) already has this id', {
          path: 'id',
          value: a.id,
        });
      const label = a.label.trim();
      const id = a.id ?? freshId(edit.isTaken, slugOf(label, 'entity'));
      const ext = { ...a.externalIds, ...(a.wikidata ? { wikidata: a.wikidata } : {}) };
      const row = {
        id,
        kind: a.kind,
        label,
        description: a.description?.trim() || null,
        attributes: null,
        external_ids: toJson(ext),
      };
      const eid = edit.insertEntity(row);
      addAliases({ ...row, eid, degree: 0 }, label, a.aliases);
      edit.refreshEntityFts(eid);
      return { id, label, warnings: [] };
    },

    update(a: EntityUpdateArgs): OpResult {
      const e = entityOf(edit, a.id);
      if (a.kind !== undefined) checkKind(a.kind);
      const ext = fromJson<Record<string, string>>(e.external_ids, {});
      for (const [k, v] of Object.entries(a.externalIds ?? {})) {
        if (v === null) delete ext[k];
        else ext[k] = v;
      }
      if (a.wikidata === null) delete ext['wikidata'];
      else if (a.wikidata) ext['wikidata'] = a.wikidata;
      const label = a.label?.trim() ?? e.label;
      const description = a.description === undefined ? e.description : a.description?.trim() || null;
      edit.updateEntity({ ...e, kind: a.kind ?? e.kind, label, description, external_ids: toJson(ext) });
      for (const text of a.removeAliases ?? [])
        if (edit.removeAlias(e.eid, text) === 0)
          throw new ClaimscapeError('not-found', `"${e.label}" has no such alias`, {
            path: 'removeAliases',
            value: text,
          });
      addAliases(e, label, a.addAliases);
      edit.refreshEntityFts(e.eid);
      return { id: e.id, label, warnings: [] };
    },

    delete(id: string, withClaims: boolean): OpResult & { removed: { relations: number; claims: number } } {
      const e = entityOf(edit, id);
      const refs = edit.references(e.eid);
      const used = refs.relations + refs.claimant + refs.via + refs.publisher > 0;
      if (used && !withClaims) throw new ClaimscapeError('conflict', referencesMessage(e.label, refs));
      let claims = 0;
      const touched = new Set<number>();
      for (const rid of edit.relationsOf(e.eid)) {
        for (const cid of edit.claimsOfRelation(rid)) {
          edit.deleteClaim(cid);
          claims++;
        }
        edit.deleteRelationIfEmpty(rid);
      }
      for (const c of edit.claimsBy(e.eid)) {
        edit.deleteClaim(c.cid);
        claims++;
        touched.add(c.rid);
      }
      for (const rid of touched) if (!edit.deleteRelationIfEmpty(rid)) edit.refreshRelation(rid);
      edit.clearVia(e.eid);
      edit.clearPublisher(e.eid);
      edit.deleteEntity(e.eid);
      return { id: e.id, label: e.label, warnings: [], removed: { relations: refs.relations, claims } };
    },
  };
}

function referencesMessage(label: string, r: ReturnType<EditRepo['references']>): string {
  const parts = [
    r.relations ? `${r.relations} relation(s) with ${r.claims} claim(s)` : '',
    r.claimant ? `claimant of ${r.claimant} claim(s)` : '',
    r.via ? `relay (reported via) of ${r.via} claim(s)` : '',
    r.publisher ? `publisher of ${r.publisher} source(s)` : '',
  ].filter(Boolean);
  return `"${label}" is still referenced: ${parts.join(', ')}; delete it with its claims (--with-claims) to remove those too`;
}
