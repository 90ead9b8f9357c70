// The as-of date control: a partial-date field and a slider over the days the drawn claims span.
// A new date is derived here from the claim digests held for the drawn entities, and the slider is
// followed date by date as it moves; without them the store is asked once it rests (latest request
// wins). One slider gesture is one undoable step; invalid dates are marked and not applied.
import type { ApiClient } from '../../../graph-data/contract/api.ts';
import { MAX_ELEMENT_CAP } from '../../../graph-data/contract/filters.ts';
import { dateSpan } from '../../../graph-data/model/date-rule.ts';
import { isPartialDate, partialDateEnd } from '../../../graph-data/model/partial-date.ts';
import { commitView, continueView, viewOf, type AppStore } from '../../state/app-state.ts';
import type { GraphSlice } from '../../../graph-data/contract/views.ts';
import { applyAsOf } from '../../state/claims-actions.ts';
import { h } from '../../ui/h.ts';
import { toastError, type Toaster } from '../../ui/toast.ts';
import type { ClaimsData } from './claims-data.ts';
import type { ViewState } from '../../state/view-state.ts';

const DAY = 86_400_000;
const dayOf = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const isoOf = (t: number) => new Date(t).toISOString().slice(0, 10);

/** Views drawing more than this many elements (entities, relations, claims) take a date once the slider rests. */
export const FOLLOW_MAX_ELEMENTS = 1200;

const drawnSize = (v: ViewState, data: ClaimsData) =>
  v.nodes.size + v.edges.size + (v.claimsView ? data.all().length * 2 : 0);

export function mountAsOfControl(api: ApiClient, store: AppStore, data: ClaimsData, toast: Toaster): HTMLElement {
  const input = h('input', {
    type: 'text',
    class: 'date-input',
    id: 'as-of-date',
    placeholder: 'YYYY[-MM[-DD]]',
    'aria-label': 'As of date',
    spellcheck: 'false',
  });
  const slider = h('input', { type: 'range', class: 'as-of-slider', 'aria-label': 'As of (slider)', min: 0, max: 0 });
  const clear = h(
    'button',
    { class: 'btn btn-small btn-ghost', title: 'Show everything stated, whenever' },
    'All dates',
  );
  const error = h('div', { class: 'field-error', role: 'alert' });
  let seq = 0;
  let timer = 0;
  /** The date the slider is at and not yet applied (undefined: none), and whether a step is being drawn. */
  let next: string | undefined;
  let drawing = false;
  let span = { lo: 0, hi: 0 };
  /** The step the slider's current gesture made: its later moves carry it on instead of adding steps. */
  let gesture: unknown = null;

  function commit(date: string | null, slice: GraphSlice, carry: boolean): void {
    const label = date ? `As of ${date}` : 'All dates';
    const op = (cur: ViewState) => applyAsOf(cur, date, slice);
    store.update((s) =>
      carry && gesture !== null && s.history.past.at(-1) === gesture
        ? continueView(s, label, op)
        : commitView(s, label, op),
    );
    gesture = carry ? (store.get().history.past.at(-1) ?? null) : null;
  }

  async function apply(date: string | null, carry = false): Promise<void> {
    const mine = ++seq;
    const v = viewOf(store.get());
    if (v.asOf === date) return;
    const local = data.digests.sliceFor(v, date);
    if (local) return commit(date, local, carry);
    try {
      const ids = [...v.nodes.keys()];
      const slice = await api['graph:subgraph']({ ids, cap: MAX_ELEMENT_CAP, ...(date ? { asOf: date } : {}) });
      if (mine !== seq) return;
      commit(date, slice, carry);
    } catch (e) {
      toastError(toast, 'Could not show the graph as of this date', e);
    }
  }

  /**
   * One date at a time, each in a task of its own, the next only once the previous one was drawn
   * (the frame after it has run): the page is never held by more than one step.
   */
  function follow(date: string): void {
    next = date;
    if (drawing) return;
    drawing = true;
    window.setTimeout(() => {
      const d = next;
      next = undefined;
      if (d !== undefined) void apply(d, true);
      requestAnimationFrame(() =>
        window.setTimeout(() => {
          drawing = false;
          if (next !== undefined) follow(next);
        }),
      );
    });
  }

  function fromInput(): void {
    const t = input.value.trim();
    const ok = !t || isPartialDate(t);
    input.classList.toggle('invalid', !ok);
    input.setAttribute('aria-invalid', String(!ok));
    error.textContent = ok ? '' : `“${t}” is not a date: use YYYY, YYYY-MM or YYYY-MM-DD (a real day).`;
    if (ok) void apply(t || null);
  }
  input.addEventListener('keydown', (e) => e.key === 'Enter' && fromInput());
  input.addEventListener('change', fromInput);
  clear.addEventListener('click', () => {
    input.value = '';
    fromInput();
  });
  slider.addEventListener('input', () => {
    const date = isoOf(span.lo + Number(slider.value) * DAY);
    input.value = date;
    clearTimeout(timer);
    // A small view derived here is followed step by step; a large one (each step redraws thousands
    // of elements) or one asked of the store, once the slider rests.
    const v = viewOf(store.get());
    if (data.digests.relationsFor(v) && drawnSize(v, data) <= FOLLOW_MAX_ELEMENTS) follow(date);
    else timer = window.setTimeout(() => void apply(date, true), 120);
  });
  slider.addEventListener('change', () => (gesture = null));

  /** The slider covers the days the drawn claims may fall on (partial dates at their widest). */
  data.subscribe(() => {
    if (viewOf(store.get()).asOf) return;
    const spans = data.all().flatMap((c) => dateSpan(c.stated) ?? []);
    if (!spans.length) return;
    span = {
      lo: dayOf(spans.map((s) => s.start).sort()[0] ?? ''),
      hi: dayOf(
        spans
          .map((s) => s.end)
          .sort()
          .at(-1) ?? '',
      ),
    };
    slider.max = String(Math.round((span.hi - span.lo) / DAY));
    slider.value = slider.max;
  });
  // A date typed, undone or redone moves the slider too (to the last day it may mean), unless it is held.
  store.subscribe((s, prev) => {
    const d = viewOf(s).asOf;
    if (d === viewOf(prev).asOf) return;
    if (document.activeElement !== input) input.value = d ?? '';
    if (document.activeElement !== slider)
      slider.value = d ? String(Math.round((dayOf(partialDateEnd(d)) - span.lo) / DAY)) : slider.max;
  });
  return h('div', { class: 'as-of' }, h('div', { class: 'date-range' }, input, clear), slider, error);
}
