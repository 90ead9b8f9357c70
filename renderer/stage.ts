// What covers the graph when there is nothing to draw: loading, an empty database (with an
// Import button) or a failure to open it (with the error code and a Retry).
import type { AppState, AppStore } from './state/app-state.ts';
import { h, replaceChildren } from './ui/h.ts';

export function mountStage(el: HTMLElement, deps: { store: AppStore; onImport(): void; onRetry(): void }): void {
  const render = (s: AppState) => {
    el.hidden = s.phase === 'ready';
    el.dataset.phase = s.phase;
    if (s.phase === 'loading')
      replaceChildren(
        el,
        h(
          'div',
          { class: 'stage-card' },
          h('div', { class: 'spinner', 'aria-hidden': 'true' }),
          h('p', null, 'Loading the graph…'),
        ),
      );
    else if (s.phase === 'empty') {
      replaceChildren(
        el,
        h(
          'div',
          { class: 'stage-card' },
          h('h2', null, 'This database is empty'),
          h('p', null, 'Import a graph to start exploring: Claimscape JSON or any other format in the Import dialog.'),
          h('button', { class: 'btn btn-primary', onclick: deps.onImport }, 'Import…'),
        ),
      );
    } else if (s.phase === 'error') {
      replaceChildren(
        el,
        h(
          'div',
          { class: 'stage-card error-card', role: 'alert' },
          h('h2', null, 'The graph could not be opened'),
          h('p', null, h('code', null, s.error?.code ?? 'internal'), ' ', s.error?.message ?? ''),
          h('button', { class: 'btn', onclick: deps.onRetry }, 'Retry'),
        ),
      );
    }
  };
  deps.store.subscribe((s, prev) => {
    if (s.phase !== prev.phase || s.error !== prev.error) render(s);
  });
  render(deps.store.get());
}
