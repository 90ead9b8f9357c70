// A small keyboard-navigable context menu built from DOM (no plugin): arrow keys move, Enter
// runs, Escape or a click elsewhere closes.
import './ui.css';
import { h } from './h.ts';

export interface MenuItem {
  label: string;
  hint?: string;
  disabled?: boolean;
  separatorBefore?: boolean;
  run: () => void;
}

let current: { close: () => void } | null = null;

export function showContextMenu(x: number, y: number, items: MenuItem[], title?: string): void {
  current?.close();
  const buttons = items.map((it) => {
    const b = h(
      'button',
      { class: 'menu-item', role: 'menuitem', disabled: it.disabled, tabindex: -1 },
      h('span', null, it.label),
      it.hint ? h('span', { class: 'menu-hint' }, it.hint) : null,
    );
    b.addEventListener('click', () => {
      close();
      it.run();
    });
    return it.separatorBefore ? [h('div', { class: 'menu-sep', role: 'separator' }), b] : [b];
  });
  const menu = h(
    'div',
    { class: 'context-menu', role: 'menu', 'aria-label': title ?? 'Actions' },
    title ? h('div', { class: 'menu-title' }, title) : null,
    buttons.flat(),
  );
  document.body.appendChild(menu);
  const { innerWidth: vw, innerHeight: vh } = window;
  const r = menu.getBoundingClientRect();
  menu.style.left = `${Math.min(x, vw - r.width - 4)}px`;
  menu.style.top = `${Math.min(y, vh - r.height - 4)}px`;
  const enabled = () => [...menu.querySelectorAll<HTMLButtonElement>('.menu-item:not([disabled])')];
  enabled()[0]?.focus();

  const onKey = (e: KeyboardEvent) => {
    const list = enabled();
    const i = list.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'Escape') close();
    else if (e.key === 'ArrowDown') list[(i + 1) % list.length]?.focus();
    else if (e.key === 'ArrowUp') list[(i - 1 + list.length) % list.length]?.focus();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  const onDown = (e: Event) => {
    if (!menu.contains(e.target as Node)) close();
  };
  function close() {
    menu.remove();
    document.removeEventListener('keydown', onKey, true);
    document.removeEventListener('pointerdown', onDown, true);
    window.removeEventListener('blur', close);
    current = null;
  }
  document.addEventListener('keydown', onKey, true);
  document.addEventListener('pointerdown', onDown, true);
  window.addEventListener('blur', close);
  current = { close };
}
