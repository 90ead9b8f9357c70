// An entity field that searches as you type (search:run) in an ARIA combobox, and offers to
// create the entity when nothing fits ("Create “Korea Utara”…", handled by the caller).
import type { ApiClient } from '../../../graph-data/contract/api.ts';
import type { EntityRef, SearchHit } from '../../../graph-data/contract/views.ts';
import type { Vocabulary } from '../../../graph-data/model/types.ts';
import { h, replaceChildren } from '../../ui/h.ts';
import { kindStyle } from '../../ui/kind-style.ts';
import { shapeIcon } from '../../ui/shape-icon.ts';

export interface PickerOptions {
  id: string;
  label: string;
  api: ApiClient;
  vocab: Vocabulary | null;
  initial?: EntityRef | null;
  optional?: boolean;
  /** Creates an entity named `text` (asking for its kind); null when the researcher gave up. Absent: no create option. */
  create?(text: string): Promise<EntityRef | null>;
  onChange?(ref: EntityRef | null): void;
}

export interface Picker {
  el: HTMLElement;
  input: HTMLInputElement;
  value(): EntityRef | null;
  set(ref: EntityRef | null): void;
}

type Option = { hit: SearchHit } | { create: string };

export function entityPicker(o: PickerOptions): Picker {
  let picked: EntityRef | null = o.initial ?? null;
  let options: Option[] = [];
  let active = -1;
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listId = `${o.id}-list`;
  const input = h('input', {
    id: o.id,
    type: 'text',
    role: 'combobox',
    'aria-label': o.label,
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': listId,
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: o.optional ? 'optional: type to search' : 'type to search',
    value: picked?.label ?? '',
  });
  const list = h('div', { id: listId, class: 'picker-list', role: 'listbox', 'aria-label': `${o.label} suggestions` });
  const chip = h('span', { class: 'picker-chip' });
  const el = h('div', { class: 'picker' }, input, chip, list);
  list.hidden = true;

  const showChip = () => {
    const k = picked ? kindStyle(o.vocab, picked.kind) : null;
    replaceChildren(chip, picked && k ? [shapeIcon(k.shape, k.color, 11), ` ${k.label}`] : null);
    el.classList.toggle('picked', !!picked);
  };
  const set = (ref: EntityRef | null) => {
    picked = ref;
    input.value = ref?.label ?? '';
    showChip();
    close();
    o.onChange?.(ref);
  };
  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = (i: number) => {
    active = i;
    list.querySelectorAll('[role="option"]').forEach((n, j) => n.setAttribute('aria-selected', String(j === i)));
    if (i >= 0) input.setAttribute('aria-activedescendant', `${o.id}-opt-${i}`);
  };
  const choose = async (i: number) => {
    const opt = options[i];
    if (!opt) return;
    if ('hit' in opt) return set({ id: opt.hit.id, label: opt.hit.label, kind: opt.hit.kind });
    close();
    const made = (await o.create?.(opt.create)) ?? null;
    if (made) set(made);
    else input.focus();
  };
  const render = (hits: SearchHit[], text: string) => {
    options = [...hits.map((hit) => ({ hit })), ...(o.create ? [{ create: text }] : [])];
    replaceChildren(
      list,
      options.map((opt, i) => optionEl(opt, i, o, () => void choose(i))),
    );
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    highlight(hits.length ? 0 : -1);
  };
  const search = async () => {
    const text = input.value.trim();
    const mine = ++seq;
    if (!text) return close();
    const res = await o.api['search:run']({ text, limit: 8 }).catch(() => ({ entities: [], claims: [] }));
    if (mine === seq) render(res.entities, text);
  };

  input.addEventListener('input', () => {
    if (picked) {
      picked = null;
      showChip();
      o.onChange?.(null);
    }
    clearTimeout(timer);
    timer = setTimeout(() => void search(), 120);
  });
  input.addEventListener('keydown', (e) => {
    if (list.hidden) return;
    if (e.key === 'ArrowDown') highlight(Math.min(active + 1, options.length - 1));
    else if (e.key === 'ArrowUp') highlight(Math.max(active - 1, 0));
    else if (e.key === 'Enter' && active >= 0) void choose(active);
    else if (e.key === 'Escape') close();
    else return;
    e.preventDefault();
    e.stopPropagation();
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  showChip();
  return { el, input, value: () => picked, set };
}

function optionEl(opt: Option, i: number, o: PickerOptions, run: () => void): HTMLElement {
  const body =
    'hit' in opt
      ? hitBody(opt.hit, o.vocab)
      : [h('span', { class: 'opt-create' }, '+ Create ', h('strong', null, `“${opt.create}”`), '…')];
  const el = h('div', { id: `${o.id}-opt-${i}`, class: 'picker-opt', role: 'option', 'aria-selected': 'false' }, body);
  el.addEventListener('mousedown', (e) => e.preventDefault());
  el.addEventListener('click', run);
  return el;
}

function hitBody(hit: SearchHit, vocab: Vocabulary | null): HTMLElement[] {
  const k = kindStyle(vocab, hit.kind);
  const matched = hit.matched && hit.matched.toLowerCase() !== hit.label.toLowerCase() ? hit.matched : null;
  return [
    shapeIcon(k.shape, k.color, 12),
    h('span', { class: 'opt-label' }, hit.label),
    matched ? h('span', { class: 'opt-matched' }, matched) : null,
    h('span', { class: 'opt-kind' }, k.label),
  ].filter((x): x is HTMLElement => x !== null);
}
