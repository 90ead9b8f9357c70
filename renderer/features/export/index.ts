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

export function openExportDialog(deps: ExportDeps & { toast: Toaster }): void {
  const s = deps.store.get();
  const sel = scopeElements('selection', deps);
  const vis = scopeElements('visible', deps);
  const radio = (value: ExportScope, label: string, disabled: boolean) => h('label', { class: 'check-row' },
    h('input', { type: 'radio', name: 'export-scope', value, disabled, checked: false }), h('span', null, label));
  const scopes = [
    radio('selection', `Selection (${sel.nodes.length} entities, ${sel.edges.length} relations)`, sel.nodes.length === 0),
    radio('visible', `Visible graph (${vis.nodes.length} entities, ${vis.edges.length} relations)`, vis.nodes.length === 0),
    radio('all', `Whole database (${s.info?.counts.entities ?? '?'} entities, ${s.info?.counts.relations ?? '?'} relations)`, false),
  ];
  const initial = sel.nodes.length > 1 ? 0 : 1;
  (scopes[initial]?.querySelector('input') as HTMLInputElement).checked = true;
  const format = h('select', { id: 'export-format', 'aria-label': 'Format' },
    h('optgroup', { label: 'Images' }, IMAGE_FORMATS.map((f) => h('option', { value: f.id }, f.label))),
    h('optgroup', { label: 'Graph data' }, FORMATS.map((f) => h('option', { value: f.id }, `${f.label} (.${f.extensions[0] ?? ''})`))));
  const scale = h('select', { id: 'export-scale', 'aria-label': 'Scale' }, [1, 2, 3, 4].map((n) => h('option', { value: String(n), selected: n === 2 }, `${n}×`)));
  const bg = h('select', { id: 'export-background', 'aria-label': 'Background' }, h('option', { value: 'white' }, 'White'), h('option', { value: 'transparent' }, 'Transparent'));
  const imageOpts = h('div', { class: 'form-grid' }, h('label', { for: 'export-scale' }, 'Scale'), scale, h('label', { for: 'export-background' }, 'Background'), bg);
  const note = h('p', { class: 'hint' });

  const sync = () => {
    const isImage = format.value === 'png' || format.value === 'svg';
    scale.disabled = format.value !== 'png';
    imageOpts.hidden = !isImage;
    const all = scopes[2]?.querySelector('input') as HTMLInputElement;
    all.disabled = isImage;
    if (isImage && all.checked) (scopes[1]?.querySelector('input') as HTMLInputElement).checked = true;
    note.textContent = isImage
      ? 'Images show what is drawn, with a legend of the kinds and statuses used and a numbered list of the sources behind the drawn relations.'
      : 'Graph data keeps every claim with its claimant, stance, date and source. Entities that only appear as claimants or publishers are included and marked as context.';
  };
  format.addEventListener('change', sync);
  sync();

  openDialog({
    title: 'Export', className: 'export-dialog',
    body: [
      h('fieldset', { class: 'field' }, h('legend', null, 'What'), scopes),
      h('div', { class: 'field' }, h('label', { for: 'export-format', class: 'field-label' }, 'Format'), format),
      imageOpts, note,
    ],
    actions: [
      { label: 'Cancel' },
      {
        label: 'Export', primary: true, id: 'export',
        run: async () => {
          const scope = (document.querySelector<HTMLInputElement>('input[name="export-scope"]:checked')?.value ?? 'visible') as ExportScope;
          const req: ExportRequest = { scope, format: format.value, scale: Number(scale.value), background: bg.value === 'transparent' ? 'transparent' : 'white' };
          try {
            const msg = await runExport(req, deps);
            deps.toast({ kind: 'success', title: 'Exported', message: msg });
            return true;
          } catch (e) {
            toastError(deps.toast, 'Export failed', e);
            return false;
          }
        },
      },
    ],
  });
}
