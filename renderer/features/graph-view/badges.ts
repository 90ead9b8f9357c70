// "+N" badges on entities with neighbours not drawn yet; a click expands. DOM overlay over the
// canvas, positioned on each render, and skipped when the graph is large or zoomed far out.
import type { Core, NodeSingular } from 'cytoscape';
import { h } from '../../ui/h.ts';
import { hiddenNeighbours } from './node-menu.ts';

const MAX_BADGED_NODES = 400;
const MIN_ZOOM = 0.45;

export function mountBadges(cy: Core, overlay: HTMLElement, expand: (id: string) => void): () => void {
  const pool = new Map<string, HTMLButtonElement>();
  let queued = false;

  function badgeFor(id: string): HTMLButtonElement {
    let b = pool.get(id);
    if (!b) {
      b = h('button', { class: 'node-badge', tabindex: -1, onclick: () => expand(id) });
      pool.set(id, b);
      overlay.appendChild(b);
    }
    return b;
  }

  function draw(): void {
    queued = false;
    const live = new Set<string>();
    if (cy.nodes().length <= MAX_BADGED_NODES && cy.zoom() >= MIN_ZOOM) {
      cy.nodes()
        .not('.filtered')
        .forEach((n: NodeSingular) => {
          const count = hiddenNeighbours(n);
          if (!count) return;
          const p = n.renderedPosition();
          const r = n.renderedWidth() / 2;
          const b = badgeFor(n.id());
          b.textContent = `+${count}`;
          b.title = `${count} more neighbour${count === 1 ? '' : 's'} in the database: click to expand`;
          b.style.transform = `translate(${Math.round(p.x + r * 0.55)}px, ${Math.round(p.y - r - 6)}px)`;
          b.classList.toggle('faded', n.hasClass('faded') || n.hasClass('hover-dim'));
          live.add(n.id());
        });
    }
    for (const [id, b] of pool)
      if (!live.has(id)) {
        b.remove();
        pool.delete(id);
      }
  }

  const schedule = () => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(draw);
  };
  cy.on('render', schedule);
  schedule();
  return () => {
    cy.off('render', schedule);
    overlay.replaceChildren();
  };
}
