// The Inspector's pin switch for an entity: shows whether it is pinned and toggles it (an
// undoable view step), staying in step with pins made from the graph or the keyboard.
import { viewOf, type AppStore } from '../../state/app-state.ts';
import { h } from '../../ui/h.ts';
import type { Explorer } from '../explore/index.ts';

export function pinToggle(store: AppStore, explorer: Explorer, id: string): HTMLButtonElement {
  const btn = h('button', {
    class: 'btn btn-small pin-toggle',
    title: 'Pinned entities keep their place when a layout runs (Shift+P)',
    onclick: () => explorer.togglePin([id]),
  });
  const paint = () => {
    const pinned = viewOf(store.get()).pinned.has(id);
    btn.setAttribute('aria-pressed', String(pinned));
    btn.textContent = pinned ? 'Pinned' : 'Pin';
  };
  paint();
  let shown = false;
  const off = store.subscribe((s, prev) => {
    shown ||= btn.isConnected;
    if (shown && !btn.isConnected) return off();
    if (viewOf(s).pinned !== viewOf(prev).pinned) paint();
  });
  return btn;
}
