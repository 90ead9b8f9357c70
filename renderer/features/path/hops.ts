// The path result as hops: each names both entities, the predicate read in the relation's own
// direction, and its status; choosing a hop selects that relation, so the Inspector shows its claims.
import { select, viewOf, type AppStore } from '../../state/app-state.ts';
import type { PathHighlight } from '../../state/view-state.ts';
import { h } from '../../ui/h.ts';
import { predicateLabel } from '../../ui/kind-style.ts';
import { STATUS_STYLES } from '../../ui/status-styles.ts';

export function pathHops(p: PathHighlight, store: AppStore, labelOf: (id: string) => string): HTMLElement {
  const s = store.get();
  const v = viewOf(s);
  const vocab = s.info?.vocabulary ?? null;
  const hops = p.edges.map((edgeId, i) => {
    const e = v.edges.get(edgeId);
    const from = p.nodes[i] ?? '';
    const to = p.nodes[i + 1] ?? '';
    if (!e) return h('li', { class: 'path-hop' }, `${labelOf(from)} – ${labelOf(to)}`);
    const stance = p.stances?.[i];
    if (stance)
      return claimHop(e, from, to, stance, labelOf, () =>
        store.update((x) => select(x, { nodes: [], edges: [edgeId] })),
      );
    const forward = e.source === from;
    const st = STATUS_STYLES[e.status];
    return h(
      'li',
      { class: 'path-hop' },
      h(
        'button',
        {
          class: 'path-hop-btn',
          title: 'Show the claims behind this relation',
          onclick: () => store.update((x) => select(x, { nodes: [], edges: [edgeId] })),
        },
        h('span', { class: 'hop-ends' }, forward ? labelOf(from) : labelOf(to)),
        h('span', { class: 'hop-pred' }, ` ${predicateLabel(vocab, e.predicate)} `),
        h('span', { class: 'hop-ends' }, forward ? labelOf(to) : labelOf(from)),
        h('span', { class: `badge status-${e.status}`, title: st.meaning }, st.label),
      ),
    );
  });
  return h('ol', { class: 'path-steps', 'aria-label': 'Path hops' }, hops);
}

/** A hop through a claim (claims view): the claimant, its stance, and the relation it spoke about. */
function claimHop(
  e: { source: string; target: string; predicate: string },
  from: string,
  to: string,
  stance: string,
  labelOf: (id: string) => string,
  pick: () => void,
): HTMLElement {
  const claimantFirst = e.source !== from && e.target !== from;
  const claimant = claimantFirst ? from : to;
  const other = claimantFirst ? to : from;
  const about = `${labelOf(e.source)} ${e.predicate.replace(/-/g, ' ')} ${labelOf(e.target)}`;
  return h(
    'li',
    { class: 'path-hop path-hop-claim' },
    h(
      'button',
      { class: 'path-hop-btn', title: 'Show the claims behind this relation', onclick: pick },
      h('span', { class: 'hop-ends' }, labelOf(claimant)),
      h('span', { class: `badge stance-${stance}` }, stance.replace('-', ' ')),
      h('span', { class: 'hop-pred' }, ` ${about} `),
      h('span', { class: 'hop-ends' }, `→ ${labelOf(other)}`),
    ),
  );
}
