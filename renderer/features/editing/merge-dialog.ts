// Merge entity B into A, after a preview of what happens: B's names become A's aliases, B's
// relations move to A (identical ones fold together with their claims), B's id redirects to A.
// Two different Wikidata ids are refused unless the researcher ticks "merge anyway" (force).
import type { EntityDetail, EntityRef } from '../../../graph-data/contract/views.ts';
import { openDialog } from '../../ui/dialog.ts';
import { h, replaceChildren } from '../../ui/h.ts';
import { predicateLabel } from '../../ui/kind-style.ts';
import { vocabOf, type EditCtx } from './context.ts';
import { entityPicker } from './entity-picker.ts';
import { openNewEntity } from './entity-dialogs.ts';
import { errorArea } from './form.ts';

/** Opens the merge dialog for `drop`; `keep` may be chosen in the dialog. */
export function openMergeDialog(ctx: EditCtx, drop: EntityRef, keep: EntityRef | null = null): void {
  const preview = h('div', { class: 'merge-preview', 'aria-live': 'polite' });
  const force = h('input', { type: 'checkbox', id: 'merge-force' });
  const forceRow = h(
    'label',
    { class: 'check-row merge-force', hidden: true },
    force,
    h('span', null, 'Merge anyway: they have different Wikidata ids'),
  );
  const err = errorArea();
  const target = entityPicker({
    id: 'merge-keep',
    label: 'Keep',
    api: ctx.api,
    vocab: vocabOf(ctx),
    initial: keep,
    create: (text) => openNewEntity(ctx, text),
    onChange: () => void show(),
  });
  let latest = 0;
  async function show(): Promise<void> {
    const mine = ++latest;
    const k = target.value();
    err.clear();
    if (!k)
      return replaceChildren(
        preview,
        h('p', { class: 'hint' }, `Choose the entity to keep; ${drop.label} folds into it.`),
      );
    if (k.id === drop.id)
      return replaceChildren(preview, h('p', { class: 'warn-box' }, 'An entity cannot be merged into itself.'));
    try {
      const [a, b] = await Promise.all([ctx.api['entity:get']({ id: k.id }), ctx.api['entity:get']({ id: drop.id })]);
      if (mine !== latest) return;
      const clash =
        a.externalIds['wikidata'] &&
        b.externalIds['wikidata'] &&
        a.externalIds['wikidata'] !== b.externalIds['wikidata'];
      forceRow.hidden = !clash;
      replaceChildren(preview, previewOf(a, b, ctx));
    } catch (e) {
      if (mine === latest) err.show(e, 'Cannot preview this merge');
    }
  }
  const merge = async () => {
    const k = target.value();
    if (!k) return false;
    try {
      await ctx.editor.change(
        'entity:merge',
        { keep: k.id, drop: drop.id, ...(force.checked ? { force: true } : {}) },
        { include: [k.id], anchor: k.id },
      );
      ctx.showEntity(k.id);
      return true;
    } catch (e) {
      err.show(e, 'Nothing was merged');
      return false;
    }
  };
  openDialog({
    title: `Merge ${drop.label} into…`,
    className: 'edit-dialog merge-dialog',
    body: [
      h(
        'div',
        { class: 'merge-pair' },
        h('span', { class: 'merge-drop' }, drop.label),
        h('span', { class: 'merge-arrow' }, '→'),
        target.el,
      ),
      preview,
      forceRow,
      err.el,
    ],
    actions: [{ label: 'Cancel' }, { label: 'Merge', primary: true, id: 'merge', run: merge }],
  });
  void show();
}

function previewOf(a: EntityDetail, b: EntityDetail, ctx: EditCtx): HTMLElement {
  const vocab = vocabOf(ctx);
  const key = (r: EntityDetail['relations'][number]) =>
    `${r.direction}|${r.predicate}|${r.other.id === b.id ? a.id : r.other.id}`;
  const existing = new Set(a.relations.map(key));
  const folds = b.relations.filter((r) => existing.has(key(r)));
  const names = [b.label, ...b.aliases.map((x) => x.text)].filter((n, i, all) => all.indexOf(n) === i);
  const wa = a.externalIds['wikidata'];
  const wb = b.externalIds['wikidata'];
  return h(
    'ul',
    { class: 'merge-list' },
    h(
      'li',
      null,
      h('strong', null, a.label),
      ` is kept (${a.relations.length} relations); `,
      h('strong', null, b.label),
      ' goes away.',
    ),
    h(
      'li',
      null,
      `${names.length} name${names.length === 1 ? '' : 's'} become aliases of ${a.label}: `,
      h('span', { class: 'merge-names' }, names.join(', ')),
    ),
    h(
      'li',
      null,
      b.relations.length - folds.length === 1
        ? `1 relation moves to ${a.label}.`
        : `${b.relations.length - folds.length} relations move to ${a.label}.`,
    ),
    folds.length
      ? h(
          'li',
          null,
          `${folds.length} fold into relations ${a.label} already has, with all their claims: `,
          h(
            'span',
            { class: 'merge-names' },
            folds.map((r) => `${predicateLabel(vocab, r.predicate)} ${r.other.label}`).join('; '),
          ),
        )
      : null,
    wa || wb
      ? h(
          'li',
          { class: wa && wb && wa !== wb ? 'merge-clash' : '' },
          `Wikidata: ${wa ?? 'none'} (kept) / ${wb ?? 'none'} (merged)`,
        )
      : null,
    h(
      'li',
      null,
      `Anything that names ${b.id} (the command line, links, later imports) reaches ${a.label}. Undo restores both.`,
    ),
  );
}
