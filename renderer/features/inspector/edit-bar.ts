// The Inspector's editing buttons (issue 8): on an entity (add a claim, edit, merge, delete), on a
// relation (add a claim to it), and on each claim (edit, delete). Dialogs live in features/editing.
import type { SourceDetail } from '../../../graph-data/contract/edit-views.ts';
import type { ClaimView, EntityDetail, RelationDetail } from '../../../graph-data/contract/views.ts';
import { h } from '../../ui/h.ts';
import type { Editing } from '../editing/index.ts';

type RelationRefs = Pick<RelationDetail, 'id' | 'subject' | 'predicate' | 'object'>;

const btn = (label: string, id: string, title: string, run: () => void) =>
  h('button', { class: 'btn btn-small', 'data-edit': id, title, onclick: run }, label);

export function entityEditBar(ed: Editing, e: EntityDetail): HTMLElement {
  const ref = { id: e.id, label: e.label, kind: e.kind };
  const near = [...e.claimsAbout, ...e.claimsMade].map((c) => c.source);
  return h(
    'div',
    { class: 'insp-actions insp-edit-actions', role: 'group', 'aria-label': 'Edit' },
    btn('Add a claim', 'add-claim', `A new claim with ${e.label} as subject`, () =>
      ed.addClaim({ subject: ref, sources: near }),
    ),
    btn('Edit', 'edit-entity', 'Label, kind, description, aliases, Wikidata id', () => ed.editEntity(e)),
    btn('Merge into…', 'merge-entity', `Fold ${e.label} into another entity`, () => ed.mergeEntity(ref)),
    btn('Delete', 'delete-entity', 'Delete this entity', () => ed.deleteEntity(ref)),
  );
}

export function relationEditBar(ed: Editing, r: RelationDetail): HTMLElement {
  return h(
    'div',
    { class: 'insp-actions insp-edit-actions', role: 'group', 'aria-label': 'Edit' },
    btn('Add a claim', 'add-claim', 'Another claim about this relation', () =>
      ed.addClaim({
        subject: r.subject,
        predicate: r.predicate,
        object: r.object,
        sources: r.claims.map((c) => c.source),
      }),
    ),
  );
}

/** Edit and delete buttons for a claim whose relation is known (edit needs its triple). */
export function claimActions(ed: Editing, relations: ReadonlyMap<string, RelationRefs>) {
  return (c: ClaimView): HTMLElement => {
    const r = relations.get(c.relationId);
    return h(
      'span',
      { class: 'claim-edit' },
      r
        ? h(
            'button',
            {
              class: 'link-btn',
              title: 'Edit this claim',
              'aria-label': 'Edit claim',
              onclick: () => ed.editClaim(c, r),
            },
            'Edit',
          )
        : null,
      h(
        'button',
        {
          class: 'link-btn danger',
          title: 'Delete this claim',
          'aria-label': 'Delete claim',
          onclick: () => ed.deleteClaim(c),
        },
        'Delete',
      ),
    );
  };
}

export function relationsOfEntity(e: EntityDetail): Map<string, RelationRefs> {
  const me = { id: e.id, label: e.label, kind: e.kind };
  return new Map(
    e.relations.map((r) => [
      r.id,
      {
        id: r.id,
        predicate: r.predicate,
        subject: r.direction === 'out' ? me : r.other,
        object: r.direction === 'out' ? r.other : me,
      },
    ]),
  );
}

export function relationsOfSource(s: SourceDetail): Map<string, RelationRefs> {
  return new Map(
    s.relations.map(({ relation: r }) => [
      r.id,
      { id: r.id, predicate: r.predicate, subject: r.subject, object: r.object },
    ]),
  );
}
