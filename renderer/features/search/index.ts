// The search box (Ctrl/Cmd+F): debounced suggestions from search:run in an ARIA combobox;
// choosing an entity adds it with its neighbours if needed, then centres and selects it.
import './search.css';
import type { ApiClient } from '../../../graph-data/contract/api.ts';
import type { SearchResult } from '../../../graph-data/contract/views.ts';
import type { AppStore } from '../../state/app-state.ts';
import { h } from '../../ui/h.ts';
import { icon } from '../../ui/icons.ts';
import type { Explorer } from '../explore/index.ts';
import { renderSuggestions, type Suggestion } from './suggestions.ts';

export interface SearchHandle {
  focus(): void;
}

const DEBOUNCE_MS = 150;

export function mountSearch(
  el: HTMLElement,
  deps: { api: ApiClient; store: AppStore; explorer: Explorer; focusGraph?: () => void },
): SearchHandle {
  const input = h('input', {
    type: 'search',
    class: 'search-input',
    placeholder: 'Search entities, aliases, claims…',
    'aria-label': 'Search entities',
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': 'search-list',
    autocomplete: 'off',
    spellcheck: 'false',
  });
  const list = h('div', {
    id: 'search-list',
    class: 'search-list',
    role: 'listbox',
    'aria-label': 'Search suggestions',
    hidden: true,
  });
  el.append(h('div', { class: 'search-box' }, icon('search', 14), input), list);

  let items: Suggestion[] = [];
  let active = -1;
  let seq = 0;
  let timer = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const setActive = (i: number) => {
    active = items.length ? (i + items.length) % items.length : -1;
    list.querySelectorAll('[role="option"]').forEach((o, j) => o.setAttribute('aria-selected', String(j === active)));
    const opt = active >= 0 ? list.querySelector<HTMLElement>(`#search-opt-${active}`) : null;
    if (opt) {
      input.setAttribute('aria-activedescendant', opt.id);
      opt.scrollIntoView({ block: 'nearest' });
    }
  };
  const choose = (i: number) => {
    const it = items[i];
    if (!it) return;
    close();
    input.value = it.kind === 'entity' ? it.hit.label : input.value;
    // Hand the keyboard to the graph, so arrows, Delete, X or P act on what was just picked.
    input.blur();
    deps.focusGraph?.();
    if (it.kind === 'entity') void deps.explorer.reveal(it.hit.id);
    else void deps.explorer.revealRelation(it.hit.relationId);
  };
  const show = (res: SearchResult, text: string) => {
    items = renderSuggestions(list, res, text, deps.store.get().info?.vocabulary ?? null, choose);
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    setActive(items.length ? 0 : -1);
  };
  const run = async (text: string) => {
    const mine = ++seq;
    try {
      const res = await deps.api['search:run']({ text, limit: 12 });
      if (mine === seq && input.value.trim() === text) show(res, text);
    } catch {
      if (mine === seq) show({ entities: [], claims: [] }, text);
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (!text) return close();
    timer = window.setTimeout(() => void run(text), DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (list.hidden && input.value.trim()) void run(input.value.trim());
      else setActive(active + (e.key === 'ArrowDown' ? 1 : -1));
    } else if (e.key === 'Enter') choose(Math.max(active, 0));
    else if (e.key === 'Escape') {
      if (list.hidden) input.blur();
      close();
    } else return;
    e.preventDefault();
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  return {
    focus: () => {
      input.focus();
      input.select();
    },
  };
}
