// The aliases of an entity as an editable list: each with its language, a button to remove it,
// and a row to add a new one (text and language). Changes are collected, not sent.
import type { Alias } from '../../../graph-data/model/types.ts';
import { h, replaceChildren } from '../../ui/h.ts';

export interface AliasChanges {
  add: { text: string; lang?: string }[];
  remove: string[];
}

export function aliasEditor(initial: readonly Alias[]) {
  const removed = new Set<string>();
  const added: { text: string; lang?: string }[] = [];
  const list = h('ul', { class: 'alias-edit-list', 'aria-label': 'Aliases' });
  const text = h('input', { type: 'text', id: 'alias-add-text', placeholder: 'New alias', 'aria-label': 'New alias' });
  const lang = h('input', {
    type: 'text',
    id: 'alias-add-lang',
    placeholder: 'lang',
    'aria-label': 'Alias language',
    class: 'lang-input',
    maxlength: 20,
  });
  const addBtn = h('button', { type: 'button', class: 'btn btn-small', id: 'alias-add' }, 'Add alias');

  const item = (t: string, l: string | undefined, gone: boolean, toggle: () => void) =>
    h(
      'li',
      { class: gone ? 'alias-row removed' : 'alias-row' },
      h('span', { class: 'alias-text' }, t),
      h('span', { class: 'lang' }, l ?? 'und'),
      h(
        'button',
        { type: 'button', class: 'icon-btn', 'aria-label': `${gone ? 'Keep' : 'Remove'} alias ${t}`, onclick: toggle },
        gone ? '↺' : '×',
      ),
    );
  const render = () =>
    replaceChildren(
      list,
      initial.map((a) =>
        item(a.text, a.lang, removed.has(a.text), () => {
          if (removed.has(a.text)) removed.delete(a.text);
          else removed.add(a.text);
          render();
        }),
      ),
      added.map((a, i) =>
        item(a.text, a.lang, false, () => {
          added.splice(i, 1);
          render();
        }),
      ),
      initial.length + added.length ? null : h('li', { class: 'hint' }, 'No aliases yet.'),
    );
  const add = () => {
    const t = text.value.trim();
    if (!t) return;
    const l = lang.value.trim();
    added.push(l ? { text: t, lang: l } : { text: t });
    text.value = '';
    render();
    text.focus();
  };
  addBtn.addEventListener('click', add);
  text.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      add();
    }
  });
  render();
  const el = h('div', { class: 'alias-editor' }, list, h('div', { class: 'alias-add-row' }, text, lang, addBtn));
  return { el, changes: (): AliasChanges => ({ add: [...added], remove: [...removed] }) };
}
