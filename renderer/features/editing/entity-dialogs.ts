// Create an entity (also inline from a picker), edit one (label, kind, description, aliases with
// language, Wikidata id), and delete one, offering to take its relations and claims along.
import type { EntityDetail, EntityRef } from '../../../graph-data/contract/views.ts';
import { openDialog } from '../../ui/dialog.ts';
import { h } from '../../ui/h.ts';
import { aliasEditor } from './alias-editor.ts';
import { vocabOf, type EditCtx } from './context.ts';
import { codeOf, errorArea, grid, kindOptions, row, select, textArea, textInput, valueOf } from './form.ts';

/** Asks for the kind (and optionally more) of a new entity named `text`; resolves to it, or null. */
export function openNewEntity(ctx: EditCtx, text: string): Promise<EntityRef | null> {
  return new Promise((done) => {
    let made: EntityRef | null = null;
    const label = textInput('new-entity-label', text);
    const kind = select('new-entity-kind', kindOptions(vocabOf(ctx)), 'organisation');
    const description = textArea('new-entity-description', '');
    const wikidata = textInput('new-entity-wikidata', '', { placeholder: 'Q…' });
    const err = errorArea();
    const create = async () => {
      try {
        const r = await ctx.editor.change('entity:create', {
          label: label.value,
          kind: kind.value,
          ...(valueOf(description) ? { description: valueOf(description) } : {}),
          ...(valueOf(wikidata) ? { wikidata: valueOf(wikidata) } : {}),
        });
        made = { id: r.id, label: label.value.trim(), kind: kind.value };
        return true;
      } catch (e) {
        err.show(e, 'The entity was not created');
        return false;
      }
    };
    openDialog({
      title: 'New entity',
      className: 'edit-dialog',
      body: [
        grid(
          row('Name', label),
          row('Kind', kind),
          row('Description', description),
          row('Wikidata id', wikidata, 'optional, e.g. Q423'),
        ),
        err.el,
      ],
      actions: [{ label: 'Cancel' }, { label: 'Create entity', primary: true, id: 'create-entity', run: create }],
      onClose: () => done(made),
    });
  });
}

export function openEditEntity(ctx: EditCtx, e: EntityDetail): void {
  const label = textInput('edit-entity-label', e.label);
  const kind = select('edit-entity-kind', kindOptions(vocabOf(ctx)), e.kind);
  const description = textArea('edit-entity-description', e.description, 3);
  const wikidata = textInput('edit-entity-wikidata', e.externalIds['wikidata'] ?? '', { placeholder: 'Q…' });
  const aliases = aliasEditor(e.aliases);
  const err = errorArea();
  const save = async () => {
    const wd = valueOf(wikidata) ?? null;
    const desc = valueOf(description) ?? null;
    const { add, remove } = aliases.changes();
    try {
      await ctx.editor.change('entity:update', {
        id: e.id,
        ...(label.value.trim() !== e.label ? { label: label.value } : {}),
        ...(kind.value !== e.kind ? { kind: kind.value } : {}),
        ...(desc !== (e.description ?? null) ? { description: desc } : {}),
        ...(wd !== (e.externalIds['wikidata'] ?? null) ? { wikidata: wd } : {}),
        ...(add.length ? { addAliases: add } : {}),
        ...(remove.length ? { removeAliases: remove } : {}),
      });
      return true;
    } catch (x) {
      err.show(x, 'Nothing was changed');
      return false;
    }
  };
  openDialog({
    title: `Edit ${e.label}`,
    className: 'edit-dialog',
    body: [
      grid(
        row('Name', label),
        row('Kind', kind),
        row('Description', description),
        row('Wikidata id', wikidata, 'e.g. Q423; empty removes it'),
      ),
      h('div', { class: 'edit-section-title' }, 'Also known as'),
      aliases.el,
      err.el,
    ],
    actions: [{ label: 'Cancel' }, { label: 'Save', primary: true, id: 'save-entity', run: save }],
  });
}

/** Deletes an entity; when claims still reference it, says what and offers to delete them too. */
export function openDeleteEntity(ctx: EditCtx, e: EntityRef): void {
  const err = errorArea();
  let withClaims = false;
  const del = async () => {
    try {
      await ctx.editor.change('entity:delete', { id: e.id, ...(withClaims ? { withClaims: true } : {}) });
      return true;
    } catch (x) {
      if (codeOf(x) !== 'conflict' || withClaims) {
        err.show(x, 'Nothing was deleted');
        return false;
      }
      withClaims = true;
      err.warn(
        h('div', { class: 'error-title' }, `${e.label} is still referenced`),
        h('div', null, x instanceof Error ? x.message : String(x)),
        h('div', null, 'Delete it with those relations and claims? Undo brings everything back.'),
      );
      const btn = dialog.button('delete-entity');
      if (btn) btn.textContent = 'Delete with its relations and claims';
      return false;
    }
  };
  const dialog = openDialog({
    title: `Delete ${e.label}?`,
    className: 'edit-dialog',
    body: [h('p', null, `This removes “${e.label}” from the database. Undo (Ctrl+Z) restores it.`), err.el],
    actions: [{ label: 'Cancel' }, { label: 'Delete', primary: true, id: 'delete-entity', run: del }],
  });
}
