// Small form builders for the editing dialogs: labelled rows in a two-column grid, selects from
// data, and an error area that shows a failed call's stable code beside its message.
import type { Vocabulary } from '../../../graph-data/model/types.ts';
import { h, replaceChildren, type Child } from '../../ui/h.ts';

export function row(label: string, control: HTMLElement, hint?: string): HTMLElement[] {
  const id = control.id || control.querySelector('input, select, textarea')?.id || '';
  return [
    h('label', { for: id || undefined, class: 'edit-label' }, label),
    h('div', { class: 'edit-control' }, control, hint ? h('div', { class: 'edit-hint' }, hint) : null),
  ];
}

export function grid(...rows: HTMLElement[][]): HTMLElement {
  return h('div', { class: 'edit-grid' }, rows.flat());
}

export function textInput(id: string, value: string | null | undefined, attrs: Record<string, string> = {}) {
  return h('input', { type: 'text', id, value: value ?? '', autocomplete: 'off', spellcheck: 'false', ...attrs });
}

export function textArea(id: string, value: string | null | undefined, rows = 2): HTMLTextAreaElement {
  const t = h('textarea', { id, rows });
  t.value = value ?? '';
  return t;
}

export function select(id: string, options: [string, string][], value: string | null | undefined, label?: string) {
  return h(
    'select',
    { id, 'aria-label': label },
    options.map(([v, text]) => h('option', { value: v, selected: v === (value ?? '') }, text)),
  );
}

export function kindOptions(vocab: Vocabulary | null): [string, string][] {
  return (vocab?.kinds ?? []).map((k) => [k.id, k.label['en'] ?? k.id]);
}

/** Trimmed text, or undefined when empty (an optional field left blank). */
export function valueOf(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement): string | undefined {
  const v = el.value.trim();
  return v ? v : undefined;
}

export interface ErrorArea {
  el: HTMLElement;
  show(e: unknown, title?: string): void;
  warn(...body: Child[]): void;
  clear(): void;
}

export function errorArea(): ErrorArea {
  const el = h('div', { class: 'edit-error', 'aria-live': 'polite' });
  return {
    el,
    show(e, title) {
      const code = typeof e === 'object' && e && 'code' in e ? String(e.code) : 'internal';
      replaceChildren(
        el,
        h(
          'div',
          { class: 'error-box', role: 'alert' },
          title ? h('div', { class: 'error-title' }, title) : null,
          h('div', null, h('code', null, code), ' ', h('span', null, e instanceof Error ? e.message : String(e))),
        ),
      );
    },
    warn(...body) {
      replaceChildren(el, h('div', { class: 'warn-box', role: 'alert' }, body));
    },
    clear: () => replaceChildren(el),
  };
}

export function codeOf(e: unknown): string {
  return typeof e === 'object' && e && 'code' in e ? String(e.code) : 'internal';
}
