// The claims view's key on the canvas: each stance as its edges are drawn, with how many drawn
// claims take it, and what the relation handles' marks mean. It shows while claim edges are drawn,
// so the stances read at any window width (the legend panel folds away below 1,200 px). It lies
// over the canvas's top strip: fits leave that strip free (keyInset) and no label is placed under
// it (keyRect); folded, it is one small button.
import type { Core } from 'cytoscape';
import type { Stance } from '../../../graph-data/model/types.ts';
import type { AppStore } from '../../state/app-state.ts';
import { h, s } from '../../ui/h.ts';
import { whenIdle } from '../../ui/idle-work.ts';
import { EVIDENCE_MARKS, STANCE_ORDER, STANCE_STYLES } from '../../ui/stance-styles.ts';
import type { Rect } from './place-new.ts';

/** The key drawn over this canvas, if it shows. */
function keyOf(cy: Core): HTMLElement | null {
  const key = cy.container()?.parentElement?.querySelector<HTMLElement>('.claims-key');
  return key && !key.hidden ? key : null;
}

/** The key's box in canvas pixels (the overlay and the canvas share their top left), or null. */
export function keyRect(cy: Core): Rect | null {
  const key = keyOf(cy);
  return key
    ? {
        x1: key.offsetLeft,
        y1: key.offsetTop,
        x2: key.offsetLeft + key.offsetWidth,
        y2: key.offsetTop + key.offsetHeight,
      }
    : null;
}

/** How far down the canvas the key reaches (0 when it does not show): fits start below it. */
export function keyInset(cy: Core): number {
  return keyRect(cy)?.y2 ?? 0;
}

function swatch(color: string, dash: number[], width: number): SVGSVGElement {
  return s(
    'svg',
    { width: 22, height: 10, viewBox: '0 0 22 10', 'aria-hidden': 'true' },
    s('line', {
      x1: 1,
      y1: 5,
      x2: 21,
      y2: 5,
      stroke: color,
      'stroke-width': width,
      'stroke-dasharray': dash.join(' '),
    }),
  );
}

function handle(fill: string, stroke: string, dashed: boolean): SVGSVGElement {
  return s(
    'svg',
    { width: 12, height: 12, viewBox: '0 0 12 12', 'aria-hidden': 'true' },
    s('path', {
      d: 'M6 1 L11 6 L6 11 L1 6 Z',
      fill,
      stroke,
      'stroke-width': 1.6,
      'stroke-dasharray': dashed ? '2 1.5' : '',
    }),
  );
}

/** Folded or not, for every canvas of this page (a rebuilt canvas mounts its key again). */
let folded = false;

/** `resized`: the key's size changed (shown, hidden, folded): the labels are placed again. */
export function mountClaimsKey(cy: Core, overlay: HTMLElement, store: AppStore, resized: () => void): () => void {
  const box = h('div', { class: 'claims-key', role: 'note', 'aria-label': 'Claims view key' });
  const items = h('div', { class: 'claims-key-items' });
  const fold = h('button', { type: 'button', class: 'claims-key-fold' });
  box.append(items, fold);
  box.hidden = true;
  overlay.append(box);
  const showFold = () => {
    box.classList.toggle('folded', folded);
    items.hidden = folded;
    fold.textContent = folded ? 'Key' : '\u2039';
    fold.title = folded ? 'Show the claims key' : 'Fold the key';
    fold.setAttribute('aria-label', fold.title);
    fold.setAttribute('aria-expanded', String(!folded));
  };
  showFold();
  fold.addEventListener('click', () => {
    folded = !folded;
    showFold();
    resized();
  });
  let queued = false;
  /** What the key shows now: rebuilt only when it changes (a rebuild costs the page a style and layout pass). */
  let shown = '';
  const draw = () => {
    queued = false;
    const counts = new Map<Stance, number>();
    cy.edges('.claim-edge').forEach((e) => {
      const st = e.data('stance') as Stance;
      counts.set(st, (counts.get(st) ?? 0) + 1);
    });
    const hide = counts.size === 0;
    if (hide !== box.hidden) {
      box.hidden = hide;
      resized();
    }
    if (box.hidden) return;
    const theme = store.get().theme;
    const sig = `${theme}|${STANCE_ORDER.map((st) => counts.get(st) ?? 0).join(',')}`;
    if (sig === shown) return;
    shown = sig;
    const doubting = (st: Stance) => st === 'cannot-verify' || st === 'denies';
    items.replaceChildren(
      ...STANCE_ORDER.map((st) =>
        h(
          'span',
          { class: `claims-key-item${counts.get(st) ? '' : ' none'}`, title: STANCE_STYLES[st].meaning },
          swatch(STANCE_STYLES[st].color[theme], STANCE_STYLES[st].dash, doubting(st) ? 3.5 : 2),
          `${STANCE_STYLES[st].label} ${counts.get(st) ?? 0}`,
        ),
      ),
      h(
        'span',
        { class: 'claims-key-item', title: EVIDENCE_MARKS.doubted.meaning },
        handle(EVIDENCE_MARKS.doubted.color, EVIDENCE_MARKS.doubted.color, false),
        EVIDENCE_MARKS.doubted.label,
      ),
      h(
        'span',
        { class: 'claims-key-item', title: EVIDENCE_MARKS.single.meaning },
        handle('transparent', EVIDENCE_MARKS.single.color, true),
        EVIDENCE_MARKS.single.label,
      ),
    );
  };
  const schedule = () => {
    // The first claim edge shows the key at once: the layout that follows fits the drawing below it.
    if (box.hidden) {
      draw();
      return;
    }
    if (queued) return;
    queued = true;
    // Counted again when the page is idle, not in a frame that draws the layer's changes.
    whenIdle(box, draw);
  };
  cy.on('add remove', 'edge.claim-edge', schedule);
  // A rebuilt canvas (WebGL switched, a size threshold crossed) gets its claims layer before its key.
  draw();
  const off = store.subscribe((st, prev) => void (st.theme !== prev.theme && schedule()));
  return () => {
    cy.off('add remove', 'edge.claim-edge', schedule);
    off();
    box.remove();
  };
}
