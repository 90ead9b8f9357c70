// The Source field of the claim form: the sources already seen in this window (cited around the
// selection first), a search over every source in the database (source:search), and "New
// source…" to create one on the spot.
import type { SourceView } from '../../../graph-data/contract/views.ts';
import { h, replaceChildren } from '../../ui/h.ts';
import type { EditCtx } from './context.ts';
import { knownSources, rememberSources, sourceLabel } from './known-sources.ts';
import { openSourceForm } from './source-form.ts';

export function sourceField(ctx: EditCtx, initial: SourceView | null, near: readonly SourceView[]) {
  const pick = h('select', { id: 'claim-source', 'aria-label': 'Source' });
  /** Search results, shown first while the search box holds text. */
  let found: SourceView[] = [];
  const fill = (selected: string | null) => {
    const first = [...found, ...(initial ? [initial] : []), ...near];
    const ids = new Set<string>();
    const all = [...first, ...knownSources()].filter((s) => !ids.has(s.id) && ids.add(s.id));
    replaceChildren(
      pick,
      h('option', { value: '' }, all.length ? 'Choose a source…' : 'No source yet: add a new one'),
      all.map((s) => h('option', { value: s.id, selected: s.id === selected }, sourceLabel(s))),
    );
  };
  const search = h('input', {
    id: 'claim-source-search',
    type: 'search',
    'aria-label': 'Search all sources',
    placeholder: 'search all sources: title, publisher or id',
    autocomplete: 'off',
    spellcheck: 'false',
  });
  const status = h('span', { class: 'source-search-status', role: 'status' });
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = async () => {
    const text = search.value.trim();
    const mine = ++seq;
    if (!text) {
      found = [];
      status.textContent = '';
      return fill(pick.value || null);
    }
    let sources: SourceView[];
    try {
      sources = (await ctx.api['source:search']({ text, limit: 20 })).sources;
    } catch (e) {
      if (mine === seq) status.textContent = (e as Error).message;
      return;
    }
    if (mine !== seq) return;
    found = sources;
    status.textContent = found.length ? `${found.length} found` : 'no source matches';
    fill(found[0]?.id ?? (pick.value || null));
    pick.dispatchEvent(new Event('change'));
  };
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 150);
  });
  const add = h('button', { type: 'button', class: 'btn btn-small', id: 'claim-source-new' }, 'New source…');
  add.addEventListener('click', async () => {
    const made = await openSourceForm(ctx, null);
    if (!made) return;
    rememberSources([made]);
    fill(made.id);
  });
  fill(initial?.id ?? near[0]?.id ?? null);
  const el = h('div', { class: 'source-field' }, h('div', { class: 'source-pick' }, pick, add), search, status);
  return { el, value: () => pick.value || null };
}
