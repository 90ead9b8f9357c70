// The layout picker (left panel): choosing a layout or re-running it is an undoable view step.
// Also offers Cytoscape's experimental WebGL renderer once the graph is big enough to need it.
import './layout.css';
import { commitView, viewOf, type AppStore } from '../../state/app-state.ts';
import { rerunLayout, setLayout } from '../../state/view-actions.ts';
import { h } from '../../ui/h.ts';
import { labelDensityControl } from './label-density.ts';
import { findLayout, LAYOUTS } from './layouts.ts';

export { findLayout, LAYOUTS, LARGE_LAYOUT, type LayoutDef, type LayoutContext } from './layouts.ts';

export interface LayoutPanelDeps {
  store: AppStore;
  /** Element count at which WebGL is offered. */
  webglThreshold: number;
  renderer(): 'canvas' | 'webgl';
  setWebgl(on: boolean): void;
}

export function mountLayoutPanel(el: HTMLElement, deps: LayoutPanelDeps): void {
  const { store } = deps;
  const picker = h(
    'select',
    { id: 'layout-select', 'aria-label': 'Layout' },
    LAYOUTS.map((l) => h('option', { value: l.id, title: l.description }, l.label)),
  );
  picker.addEventListener('change', () => {
    const id = picker.value;
    store.update((s) => commitView(s, `Layout: ${findLayout(id).label}`, (v) => setLayout(v, id)));
  });
  const rerun = h('button', { class: 'btn btn-small', title: 'Run the layout again (L)' }, 'Re-run');
  rerun.addEventListener('click', () => store.update((s) => commitView(s, 'Re-run layout', rerunLayout)));
  const note = h('p', { class: 'hint' });
  const webgl = h('input', { type: 'checkbox', id: 'webgl-toggle' });
  webgl.addEventListener('change', () => deps.setWebgl(webgl.checked));
  const webglRow = h(
    'label',
    { class: 'check-row', title: 'Cytoscape.js WebGL renderer: faster on big graphs, still experimental' },
    webgl,
    h('span', null, 'WebGL renderer (experimental)'),
  );
  el.append(h('div', { class: 'row' }, picker, rerun), note, labelDensityControl(store), webglRow);

  const render = () => {
    const v = viewOf(store.get());
    picker.value = findLayout(v.layout).id;
    note.textContent = findLayout(v.layout).description;
    const size = v.nodes.size + v.edges.size;
    webglRow.hidden = size <= deps.webglThreshold && deps.renderer() === 'canvas';
    webgl.checked = deps.renderer() === 'webgl';
  };
  store.subscribe((s, prev) => {
    if (viewOf(s) !== viewOf(prev)) render();
  });
  render();
}
