// "+N" badges on entities with neighbours not drawn yet; a click expands. DOM overlay over the
// canvas, positioned on each render, and skipped when the graph is large or zoomed far out.
import type { Core, NodeSingular } from 'cytoscape';
import { h } from '../../ui/h.ts';
import { hiddenNeighbours } from './node-menu.ts';
import type { Rect } from './place-new.ts';

const MAX_BADGED_NODES = 400;
const MIN_ZOOM = 0.45;

const badged = (cy: Core) => cy.nodes().length <= MAX_BADGED_NODES && cy.zoom() >= MIN_ZOOM;
/** A badge's top left on the canvas: at its node's top right corner. */
function badgeAt(n: NodeSingular): { x: number; y: number } {
  const p = n.renderedPosition();
  const r = n.renderedWidth() / 2;
  return { x: Math.round(p.x + r * 0.55), y: Math.round(p.y - r - 6) };
}

/** Where the badges are drawn (16 px tall, about 6 px a character wide): labels keep clear of them. */
export function badgeRects(cy: Core): Rect[] {
  if (!badged(cy)) return [];
  return cy
    .nodes()
    .not('.filtered')
    .toArray()
    .flatMap((n) => {
      const count = hiddenNeighbours(n as NodeSingular);
      if (!count) return [];
      const { x, y } = badgeAt(n as NodeSingular);
      return [{ x1: x, y1: y, x2: x + Math.max(20, 13 + 6 * String(count).length), y2: y + 16 }];
    });
}

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
    if (badged(cy)) {
      cy.nodes()
        .not('.filtered')
        .forEach((n: NodeSingular) => {
          const count = hiddenNeighbours(n);
          if (!count) return;
          const at = badgeAt(n);
          const b = badgeFor(n.id());
          b.textContent = `+${count}`;
          b.title = `${count} more neighbour${count === 1 ? '' : 's'} in the database: click to expand`;
          b.style.transform = `translate(${at.x}px, ${at.y}px)`;
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
