// Claimant tools: filter the drawing to the relations one claimant spoke about, and compare two
// claimants (agree, disagree, only one spoke). Claimants offered are those of the drawn claims.
import type { ApiClient } from '../../../graph-data/contract/api.ts';
import type { EntityRef } from '../../../graph-data/contract/views.ts';
import { compareClaimants, type ComparedRelation } from '../../../graph-data/model/compare-claimants.ts';
import { commitView, viewOf, type AppStore } from '../../state/app-state.ts';
import { setFilter } from '../../state/view-actions.ts';
import { h, replaceChildren } from '../../ui/h.ts';
import { toastError, type Toaster } from '../../ui/toast.ts';
import { whenIdle } from '../../ui/idle-work.ts';
import type { Explorer } from '../explore/index.ts';
import type { ClaimsData } from './claims-data.ts';

const OUTCOMES: { id: ComparedRelation['outcome']; label: string }[] = [
  { id: 'disagree', label: 'Disagree' },
  { id: 'agree', label: 'Agree' },
  { id: 'only-a', label: 'Only the first spoke' },
  { id: 'only-b', label: 'Only the second spoke' },
];

export interface ClaimantToolsDeps {
  api: ApiClient;
  store: AppStore;
  explorer: Explorer;
  data: ClaimsData;
  toast: Toaster;
}

/**
 * The select's options after its first ("—") become `items`, in order. Options kept stay in place
 * and only those that come or go are touched: the lists hold a thousand claimants at 1M, and a
 * date step changes a few hundred of them (rebuilt, each list restyled every option in the frame
 * that drew the step).
 */
function setOptions(sel: HTMLSelectElement, items: readonly { id: string; label: string }[]): void {
  const have = new Map([...sel.options].slice(1).map((o) => [o.value, o] as const));
  const ids = new Set(items.map((c) => c.id));
  for (const [id, o] of have) if (!ids.has(id)) o.remove();
  let at = sel.options[0] as HTMLOptionElement;
  for (const c of items) {
    const o = have.get(c.id) ?? h('option', { value: c.id }, c.label);
    if (o.textContent !== c.label) o.textContent = c.label;
    if (at.nextElementSibling !== o) at.after(o);
    at = o;
  }
}

export function mountClaimantTools(d: ClaimantToolsDeps): HTMLElement {
  const pick = (label: string, id: string) =>
    h('select', { class: 'claimant-select', 'aria-label': label, id }, h('option', { value: '' }, '—'));
  const filterSel = pick('Only relations this claimant spoke about', 'claimant-filter');
  const a = pick('First claimant', 'compare-a');
  const b = pick('Second claimant', 'compare-b');
  const go = h('button', { class: 'btn btn-small', id: 'compare-go' }, 'Compare');
  const result = h('div', { class: 'compare-result', 'aria-live': 'polite' });

  filterSel.addEventListener('change', () => void filterBy(filterSel.value));
  go.addEventListener('click', () => void compare());

  async function filterBy(id: string): Promise<void> {
    try {
      const who = claimants().find((c) => c.id === id);
      const rels = who ? (await d.api['claims:list']({ claimants: [id], limit: 50_000 })).claims : [];
      const claimant = who ? { id, label: who.label, relations: [...new Set(rels.map((c) => c.relationId))] } : null;
      d.store.update((s) =>
        commitView(s, claimant ? `Filter: said by ${claimant.label}` : 'Filter: any claimant', (v) =>
          setFilter(v, { claimant }),
        ),
      );
    } catch (e) {
      toastError(d.toast, 'Could not filter by claimant', e);
    }
  }

  async function compare(): Promise<void> {
    if (!a.value || !b.value || a.value === b.value) return;
    try {
      const asOf = viewOf(d.store.get()).asOf;
      const r = await d.api['claims:list']({ claimants: [a.value, b.value], limit: 50_000, ...(asOf ? { asOf } : {}) });
      const label = new Map(r.claims.map((c) => [c.relationId, `${c.subject} ${c.predicate} ${c.object}`]));
      const rows = compareClaimants(r.claims, a.value, b.value);
      replaceChildren(
        result,
        OUTCOMES.map((o) => {
          const items = rows.filter((x) => x.outcome === o.id);
          return h(
            'div',
            { class: `compare-group compare-${o.id}` },
            h('div', { class: 'sub' }, `${o.label} (${items.length})`),
            items.map((x) => {
              const btn = h(
                'button',
                { class: 'link-btn', title: `A: ${x.a.join(', ') || '—'} · B: ${x.b.join(', ') || '—'}` },
                label.get(x.relationId) ?? x.relationId,
              );
              btn.addEventListener('click', () => void d.explorer.revealRelation(x.relationId));
              return btn;
            }),
          );
        }),
      );
    } catch (e) {
      toastError(d.toast, 'Could not compare the claimants', e);
    }
  }

  function claimants(): EntityRef[] {
    const by = new Map(d.data.all().map((c) => [c.claimant.id, c.claimant]));
    return [...by.values()].sort((x, y) => x.label.localeCompare(y.label));
  }

  /** The claimants and filter the lists were last built for: a date step that changes neither leaves them. */
  let built = '';
  // Rebuilt when the page is idle: a date step's frames draw the graph (about 1,000 options each at 1M).
  const lists = {};
  d.data.subscribe(() => whenIdle(lists, rebuild));
  function rebuild(): void {
    const list = claimants();
    const current = viewOf(d.store.get()).filter.claimant;
    const key = `${current?.id ?? ''}|${list.map((c) => `${c.id}:${c.label}`).join(',')}`;
    if (key === built) return;
    built = key;
    for (const sel of [filterSel, a, b]) {
      const keep = sel.value;
      const extra = sel === filterSel && current && !list.some((c) => c.id === current.id) ? [current] : [];
      setOptions(sel, [...list, ...extra]);
      sel.value = sel === filterSel ? (current?.id ?? '') : keep;
    }
  }

  return h(
    'div',
    { class: 'claimant-tools' },
    h('label', { class: 'sub', for: 'claimant-filter' }, 'Said by'),
    filterSel,
    h('div', { class: 'sub' }, 'Compare two claimants'),
    h('div', { class: 'compare-row' }, a, b, go),
    result,
  );
}
