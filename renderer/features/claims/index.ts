// Claims and time (left panel): the claims view switch (with publishers), the as-of date, the
// date rule of the date filter (possibly/certainly), and the claimant tools.
import './claims.css';
import type { ApiClient } from '../../../graph-data/contract/api.ts';
import type { DateRule } from '../../../graph-data/model/date-rule.ts';
import { commitView, viewOf, type AppStore } from '../../state/app-state.ts';
import { setClaimsView, setPublishers } from '../../state/claims-actions.ts';
import { setFilter } from '../../state/view-actions.ts';
import { h } from '../../ui/h.ts';
import type { Toaster } from '../../ui/toast.ts';
import type { Explorer } from '../explore/index.ts';
import { mountAsOfControl } from './as-of-control.ts';
import type { ClaimsData } from './claims-data.ts';
import { mountClaimantTools } from './claimant-tools.ts';

export { createClaimsData, type ClaimsData } from './claims-data.ts';

export interface ClaimsPanelDeps {
  api: ApiClient;
  store: AppStore;
  explorer: Explorer;
  data: ClaimsData;
  toast: Toaster;
}

/** Turns the claims view on or off as one undoable step. */
export function toggleClaimsView(store: AppStore): void {
  store.update((s) => {
    const on = !viewOf(s).claimsView;
    return commitView(s, on ? 'Claims view on' : 'Claims view off', (v) => setClaimsView(v, on));
  });
}

export function mountClaimsPanel(el: HTMLElement, d: ClaimsPanelDeps): void {
  const check = (id: string, label: string) => {
    const box = h('input', { type: 'checkbox', id });
    return [box, h('label', { class: 'check-row', for: id }, box, ` ${label}`)] as const;
  };
  const [claimsBox, claimsRow] = check('claims-view', 'Claims view: who said what (C)');
  const [pubBox, pubRow] = check('claims-publishers', 'with publishers');
  const rule = h(
    'select',
    { id: 'date-rule', 'aria-label': 'Date rule' },
    h('option', { value: 'possibly' }, 'possibly in range (partial dates count)'),
    h('option', { value: 'certainly' }, 'certainly in range'),
  );
  claimsBox.addEventListener('change', () => toggleClaimsView(d.store));
  pubBox.addEventListener('change', () =>
    d.store.update((s) =>
      commitView(s, pubBox.checked ? 'Show publishers' : 'Hide publishers', (v) => setPublishers(v, pubBox.checked)),
    ),
  );
  rule.addEventListener('change', () =>
    d.store.update((s) =>
      commitView(s, `Dates: ${rule.value}`, (v) => setFilter(v, { dateRule: rule.value as DateRule })),
    ),
  );
  el.append(
    claimsRow,
    pubRow,
    h('div', { class: 'sub' }, 'As of (the graph as reported by then)'),
    mountAsOfControl(d.api, d.store, d.data, d.toast),
    h('label', { class: 'sub', for: 'date-rule' }, 'Date filter keeps claims stated'),
    rule,
    mountClaimantTools(d),
  );
  const show = () => {
    const v = viewOf(d.store.get());
    claimsBox.checked = v.claimsView;
    pubBox.checked = v.publishers;
    pubBox.disabled = !v.claimsView;
    rule.value = v.filter.dateRule;
  };
  d.store.subscribe(show);
  show();
}
