// "Likely duplicates" (merge:suggest): pairs that share a Wikidata id or a name after case and
// diacritic folding, with one-click merge (the better-connected one is kept) or a reviewed merge.
import type { MergeSuggestion } from '../../../graph-data/contract/edit-views.ts';
import { h, replaceChildren } from '../../ui/h.ts';
import { toastError } from '../../ui/toast.ts';
import type { EditCtx } from './context.ts';
import { openMergeDialog } from './merge-dialog.ts';

export function mountDuplicates(el: HTMLElement, ctx: EditCtx): { reload(): Promise<void> } {
  const list = h('ul', { class: 'dup-list', 'aria-label': 'Likely duplicates' });
  el.append(list);

  async function reload(): Promise<void> {
    try {
      const { suggestions } = await ctx.api['merge:suggest']({ limit: 50 });
      replaceChildren(
        list,
        suggestions.length ? suggestions.map(row) : h('li', { class: 'hint' }, 'No likely duplicates.'),
      );
    } catch (e) {
      replaceChildren(list, h('li', { class: 'hint' }, `Unavailable: ${e instanceof Error ? e.message : String(e)}`));
    }
  }

  function row(s: MergeSuggestion): HTMLElement {
    const merge = h(
      'button',
      { class: 'btn btn-small dup-merge', title: `Merge ${s.drop.label} into ${s.keep.label}` },
      'Merge',
    );
    merge.addEventListener('click', async () => {
      merge.disabled = true;
      try {
        await ctx.editor.change(
          'entity:merge',
          { keep: s.keep.id, drop: s.drop.id },
          { include: [s.keep.id], anchor: s.keep.id },
        );
        ctx.toast({
          kind: 'success',
          title: `Merged ${s.drop.label} into ${s.keep.label}`,
          message: 'Undo (Ctrl+Z) separates them again.',
        });
      } catch (e) {
        toastError(ctx.toast, 'Nothing was merged', e);
        merge.disabled = false;
      }
    });
    const review = h('button', { class: 'btn btn-ghost btn-small', title: 'See what the merge does first' }, 'Review…');
    review.addEventListener('click', () => openMergeDialog(ctx, s.drop, s.keep));
    return h(
      'li',
      { class: 'dup-row', 'data-drop': s.drop.id, 'data-keep': s.keep.id },
      h(
        'div',
        { class: 'dup-names' },
        h('button', { class: 'link-btn', onclick: () => ctx.showEntity(s.drop.id) }, s.drop.label),
        h('span', { class: 'muted' }, ' → '),
        h('button', { class: 'link-btn', onclick: () => ctx.showEntity(s.keep.id) }, s.keep.label),
      ),
      h(
        'div',
        { class: 'dup-meta' },
        h(
          'span',
          { class: 'muted' },
          s.reason === 'wikidata' ? `same Wikidata ${s.detail}` : `same name “${s.detail}”`,
        ),
        review,
        merge,
      ),
    );
  }

  ctx.editor.onChange(() => void reload());
  void reload();
  return { reload };
}
