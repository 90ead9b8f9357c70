// Below 1200 px of width the side panels fold into narrow rails, so the graph keeps the room;
// a rail's button opens its panel (one at a time) and closes it again. The graph re-fits on the
// size change (graph-view watches its canvas), without moving nodes.
import './rails.css';
import { h } from './ui/h.ts';
import { icon } from './ui/icons.ts';

export const RAIL_BELOW = 1200;

type Side = 'left' | 'right';

export function mountRails(root: HTMLElement): void {
  const panels: [Side, string, string][] = [
    ['left', '.left-panel', 'Explore panel'],
    ['right', '.inspector', 'Inspector'],
  ];
  const buttons = new Map<Side, HTMLButtonElement>();
  const set = (open: Side | '') => {
    root.dataset.rail = open;
    for (const [side, b] of buttons) b.setAttribute('aria-expanded', String(open === side));
  };
  for (const [side, selector, name] of panels) {
    const panel = root.querySelector<HTMLElement>(selector);
    if (!panel) continue;
    const b = h(
      'button',
      {
        class: `rail-btn rail-${side}`,
        'aria-label': `Show or hide the ${name}`,
        title: name,
        onclick: () => set(root.dataset.rail === side ? '' : side),
      },
      icon(side === 'left' ? 'search' : 'info', 18),
      h('span', { class: 'rail-name', 'aria-hidden': 'true' }, name),
    );
    buttons.set(side, b);
    panel.prepend(b);
  }
  set('');
}
