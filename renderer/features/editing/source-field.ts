// The Source field of the claim form: the sources already seen in this window (cited around the
// selection first), and "New source…" to create one on the spot.
import type { SourceView } from '../../../graph-data/contract/views.ts';
import { h, replaceChildren } from '../../ui/h.ts';
import type { EditCtx } from './context.ts';
import { openSourceForm } from './source-form.ts';

/** Sources the app has shown or created, newest first: what the researcher is likely to cite. */
const seen = new Map<string, SourceView>();

export function rememberSources(list: readonly SourceView[]): void {
  for (const s of list) {
    seen.delete(s.id);
    seen.set(s.id, s);
  }
}

export function knownSources(): SourceView[] {
  return [...seen.values()].reverse();
}

export function sourceLabel(s: SourceView): string {
  const bits = [s.publisher?.label, s.published].filter(Boolean).join(', ');
  return bits ? `${s.title} (${bits})` : s.title;
}

export function sourceField(ctx: EditCtx, initial: SourceView | null, near: readonly SourceView[]) {
  const pick = h('select', { id: 'claim-source', 'aria-label': 'Source' });
  const fill = (selected: string | null) => {
    const first = [...(initial ? [initial] : []), ...near];
    const ids = new Set(first.map((s) => s.id));
    const rest = knownSources().filter((s) => !ids.has(s.id));
    replaceChildren(
      pick,
      h('option', { value: '' }, first.length + rest.length ? 'Choose a source…' : 'No source yet: add a new one'),
      [...first, ...rest].map((s) => h('option', { value: s.id, selected: s.id === selected }, sourceLabel(s))),
    );
  };
  const add = h('button', { type: 'button', class: 'btn btn-small', id: 'claim-source-new' }, 'New source…');
  add.addEventListener('click', async () => {
    const made = await openSourceForm(ctx, null);
    if (!made) return;
    rememberSources([made]);
    fill(made.id);
  });
  fill(initial?.id ?? near[0]?.id ?? null);
  return { el: h('div', { class: 'source-field' }, pick, add), value: () => pick.value || null };
}
