// The label-density control (Layout panel): few, some or many labels. Labels that would collide
// always give way to more important ones; this sets how many the graph tries to show.
import { LABEL_DENSITIES, type AppStore, type LabelDensity } from '../../state/app-state.ts';
import { h } from '../../ui/h.ts';

const NAMES: Record<LabelDensity, string> = { low: 'Few', medium: 'Some', high: 'Many' };

export function labelDensityControl(store: AppStore): HTMLElement {
  const select = h(
    'select',
    { id: 'label-density', 'aria-label': 'Labels' },
    LABEL_DENSITIES.map((d) => h('option', { value: d }, NAMES[d])),
  );
  select.value = store.get().labelDensity;
  select.addEventListener('change', () => {
    const d = LABEL_DENSITIES.find((x) => x === select.value) ?? 'medium';
    store.update((s) => (s.labelDensity === d ? s : { ...s, labelDensity: d }));
  });
  store.subscribe((s, prev) => {
    if (s.labelDensity !== prev.labelDensity) select.value = s.labelDensity;
  });
  return h('label', { class: 'row label-density' }, h('span', { class: 'sub' }, 'Labels'), select);
}
