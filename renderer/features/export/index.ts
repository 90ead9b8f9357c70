// The Export dialog (E): scope (selection, drawn graph, whole database) and format (PNG, SVG,
// and every format in the registry), then one click to save.
import { FORMATS } from '../../../graph-data/formats/registry.ts';
import { openDialog } from '../../ui/dialog.ts';
import { h } from '../../ui/h.ts';
import { toastError, type Toaster } from '../../ui/toast.ts';
import { runExport, scopeElements, type ExportDeps, type ExportRequest, type ExportScope } from './run-export.ts';

export { clearExportCache } from './run-export.ts';

const IMAGE_FORMATS = [
  { id: 'png', label: 'PNG image (graph, legend and sources)' },
  { id: 'svg', label: 'SVG image (graph, legend and sources)' },
];

const NOTES = {
  image:
    'Images show what is drawn, with a legend of the kinds and statuses used and a numbered list of the sources behind the drawn relations.',
  data: 'Graph data keeps every claim with its claimant, stance, date and source. Entities that only appear as claimants or publishers are included and marked as context.',
};

/** The three scopes as radio buttons; images cannot take the whole database (they show what is drawn). */
function scopeField(deps: ExportDeps): { el: HTMLElement; value(): ExportScope; forImage(isImage: boolean): void } {
  const s = deps.store.get();
  const sel = scopeElements('selection', deps);
  const vis = scopeElements('visible', deps);
  const radio = (value: ExportScope, label: string, disabled: boolean) =>
    h('input', { type: 'radio', name: 'export-scope', value, disabled, 'aria-label': label });
  const inputs = {
    selection: radio(
      'selection',
      `Selection (${sel.nodes.length} entities, ${sel.edges.length} relations)`,
      sel.nodes.length === 0,
    ),
    visible: radio(
      'visible',
      `Visible graph (${vis.nodes.length} entities, ${vis.edges.length} relations)`,
      vis.nodes.length === 0,
    ),
    all: radio(
      'all',
      `Whole database (${s.info?.counts.entities ?? '?'} entities, ${s.info?.counts.relations ?? '?'} relations)`,
      false,
    ),
  };
  (sel.nodes.length > 1 ? inputs.selection : inputs.visible).checked = true;
  const rows = Object.values(inputs).map((i) =>
    h('label', { class: 'check-row' }, i, h('span', null, i.getAttribute('aria-label') ?? '')),
  );
  return {
    el: h('fieldset', { class: 'field' }, h('legend', null, 'What'), rows),
    value: () => (Object.values(inputs).find((i) => i.checked)?.value ?? 'visible') as ExportScope,
    forImage(isImage) {
      inputs.all.disabled = isImage;
      if (isImage && inputs.all.checked) inputs.visible.checked = true;
    },
  };
}

function formatSelect(): HTMLSelectElement {
  return h(
    'select',
    { id: 'export-format', 'aria-label': 'Format' },
    h(
      'optgroup',
      { label: 'Images' },
      IMAGE_FORMATS.map((f) => h('option', { value: f.id }, f.label)),
    ),
    h(
      'optgroup',
      { label: 'Graph data' },
      FORMATS.map((f) => h('option', { value: f.id }, `${f.label} (.${f.extensions[0] ?? ''})`)),
    ),
  );
}

export function openExportDialog(deps: ExportDeps & { toast: Toaster }): void {
  const scope = scopeField(deps);
  const format = formatSelect();
  const scale = h(
    'select',
    { id: 'export-scale', 'aria-label': 'Scale' },
    [1, 2, 3, 4].map((n) => h('option', { value: String(n), selected: n === 2 }, `${n}×`)),
  );
  const bg = h(
    'select',
    { id: 'export-background', 'aria-label': 'Background' },
    h('option', { value: 'white' }, 'White'),
    h('option', { value: 'transparent' }, 'Transparent'),
  );
  const imageOpts = h(
    'div',
    { class: 'form-grid' },
    h('label', { for: 'export-scale' }, 'Scale'),
    scale,
    h('label', { for: 'export-background' }, 'Background'),
    bg,
  );
  const note = h('p', { class: 'hint' });
  const progress = h('div', { class: 'export-progress', 'aria-live': 'polite', hidden: true });
  const sync = () => {
    const isImage = format.value === 'png' || format.value === 'svg';
    scale.disabled = format.value !== 'png';
    imageOpts.hidden = !isImage;
    scope.forImage(isImage);
    note.textContent = isImage ? NOTES.image : NOTES.data;
  };
  format.addEventListener('change', sync);
  sync();

  const run = async () => {
    const req: ExportRequest = {
      scope: scope.value(),
      format: format.value,
      scale: Number(scale.value),
      background: bg.value === 'transparent' ? 'transparent' : 'white',
    };
    try {
      deps.toast({ kind: 'success', title: 'Exported', message: await runExport(req, deps, progress) });
      return true;
    } catch (e) {
      toastError(deps.toast, 'Export failed', e);
      return false;
    }
  };
  openDialog({
    title: 'Export',
    className: 'export-dialog',
    body: [
      scope.el,
      h('div', { class: 'field' }, h('label', { for: 'export-format', class: 'field-label' }, 'Format'), format),
      imageOpts,
      note,
      progress,
    ],
    actions: [{ label: 'Cancel' }, { label: 'Export', primary: true, id: 'export', run }],
  });
}
