// What the import will do with each node of a foreign file (--merge-by auto): merge into an
// existing entity (named, with why) or create a new one. Any row can be changed before importing;
// the changes go to import:run as `resolve` overrides (file node id -> entity id, or null = new).
import type { ApiClient } from '../../../graph-data/contract/api.ts';
import type { NodeResolution } from '../../../graph-data/contract/views.ts';
import type { EntityRef } from '../../../graph-data/contract/views.ts';
import type { Vocabulary } from '../../../graph-data/model/types.ts';
import { h } from '../../ui/h.ts';
import { entityPicker } from '../editing/entity-picker.ts';

const SHOWN = 300;
const REASONS: Record<string, string> = {
  id: 'same id',
  redirect: 'id merged earlier',
  wikidata: 'same Wikidata id',
  label: 'same name',
};

export interface ResolutionView {
  el: HTMLElement;
  /** The researcher's changes only (what differs from the proposal). */
  overrides(): Record<string, string | null>;
}

export function resolutionView(
  r: { merge: number; new: number; nodes: NodeResolution[] },
  api: ApiClient,
  vocab: Vocabulary | null,
  keep: Record<string, string | null>,
): ResolutionView {
  const chosen = new Map<string, string | null>(Object.entries(keep));
  const row = (n: NodeResolution) => {
    const now = chosen.has(n.node) ? chosen.get(n.node) : (n.into?.id ?? null);
    const state = h('span', { class: 'res-state' });
    const show = (into: EntityRef | null, why: string | null) => {
      state.textContent = into ? `→ ${into.label}${why ? ` (${why})` : ''}` : 'new entity';
      state.className = into ? 'res-state res-merge' : 'res-state res-new';
    };
    show(
      now === (n.into?.id ?? null) ? n.into : now ? { id: now, label: now, kind: '' } : null,
      now === n.into?.id ? (REASONS[n.reason ?? ''] ?? null) : 'your choice',
    );
    const change = h(
      'button',
      { type: 'button', class: 'link-btn', 'aria-label': `Change what ${n.label} becomes` },
      'Change',
    );
    const slot = h('div', { class: 'res-change' }, change);
    change.addEventListener('click', () => {
      const picker = entityPicker({
        id: `res-${n.node}`.replace(/[^\w-]/g, '_'),
        label: `Merge ${n.label} into`,
        api,
        vocab,
        initial: n.into,
        optional: true,
        onChange: (ref) => {
          chosen.set(n.node, ref?.id ?? null);
          show(ref, 'your choice');
        },
      });
      const asNew = h(
        'button',
        {
          type: 'button',
          class: 'link-btn',
          onclick: () => {
            picker.set(null);
          },
        },
        'Make it new',
      );
      slot.replaceChildren(picker.el, asNew);
      slot.classList.add('editing');
      picker.input.focus();
    });
    return h(
      'li',
      { class: 'res-row', 'data-node': n.node },
      h('span', { class: 'res-label' }, n.label),
      h('span', { class: 'muted' }, ` ${n.kind}`),
      state,
      slot,
    );
  };
  const merged = r.nodes.filter((n) => n.into);
  const fresh = r.nodes.filter((n) => !n.into);
  const group = (title: string, list: NodeResolution[]) =>
    list.length
      ? h(
          'div',
          { class: 'preview-block' },
          h('div', { class: 'sub' }, title),
          h('ul', { class: 'res-list' }, list.slice(0, SHOWN).map(row)),
          list.length > SHOWN ? h('p', { class: 'hint' }, `and ${list.length - SHOWN} more`) : null,
        )
      : null;
  const el = h(
    'div',
    { class: 'resolution' },
    group(`Will merge into existing (${r.merge})`, merged),
    group(`New (${r.new})`, fresh),
  );
  return {
    el,
    overrides: () => {
      const out: Record<string, string | null> = {};
      for (const n of r.nodes) {
        if (!chosen.has(n.node)) continue;
        const v = chosen.get(n.node) ?? null;
        if (v !== (n.into?.id ?? null)) out[n.node] = v;
      }
      return out;
    },
  };
}
