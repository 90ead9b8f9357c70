// The Import dialog: pick a file, see what it holds (import:preview: format, counts, samples,
// new kinds and predicates, warnings), then import it (import:run) and reload the view.
import './import.css';
import type { ApiClient } from '../../../graph-data/contract/api.ts';
import type { ImportPreview } from '../../../graph-data/contract/views.ts';
import { FORMATS } from '../../../graph-data/formats/registry.ts';
import { openDialog } from '../../ui/dialog.ts';
import { h, replaceChildren } from '../../ui/h.ts';
import type { Toaster } from '../../ui/toast.ts';
import { errorBox, previewView } from './preview-view.ts';

export interface ImportDeps {
  api: ApiClient;
  toast: Toaster;
  /** Called after a successful import, to reload the graph. */
  reload(): Promise<void>;
  /** Progress of a large import running on the worker (Electron pushes it; over HTTP there is none). */
  onProgress?(listener: (p: { phase: string; done: number; total: number }) => void): () => void;
}

type MergeBy = 'none' | 'id' | 'label';

/** File picker and the import options, with the call arguments they add up to. */
function importForm() {
  const accept = [...new Set(FORMATS.flatMap((f) => f.extensions.map((e) => `.${e}`)))].join(',');
  const file = h('input', { type: 'file', id: 'import-file', accept, 'aria-label': 'File to import' });
  const format = h('select', { id: 'import-format', 'aria-label': 'Format' },
    h('option', { value: '' }, 'Detect automatically'), FORMATS.map((f) => h('option', { value: f.id }, f.label)));
  const merge = h('select', { id: 'import-merge', 'aria-label': 'Merge duplicates by' },
    h('option', { value: 'id' }, 'Same id'), h('option', { value: 'label' }, 'Same label'), h('option', { value: 'none' }, 'Never merge'));
  const missing = h('input', { type: 'checkbox', id: 'import-missing' });
  const el = [
    h('div', { class: 'field' }, h('label', { for: 'import-file', class: 'field-label' }, 'File'), file),
    h('div', { class: 'form-grid' },
      h('label', { for: 'import-format' }, 'Format'), format,
      h('label', { for: 'import-merge' }, 'Merge duplicates by'), merge,
      h('span', null), h('label', { class: 'check-row' }, missing, h('span', null, 'Create entities for unknown edge endpoints'))),
  ];
  const args = (loaded: { name: string; text: string }) => ({
    name: loaded.name, text: loaded.text, mergeBy: merge.value as MergeBy, createMissingNodes: missing.checked,
    ...(format.value ? { format: format.value } : {}),
  });
  return { el, file, options: [format, merge, missing], args };
}

/** While import:run is pending: what phase it is in, and a button that cancels (rolls back) it. */
function watchProgress(deps: ImportDeps, out: HTMLElement, name: string): () => void {
  const status = h('span', { class: 'hint loading-text' }, `Importing ${name}…`);
  const stop = h('button', { type: 'button', class: 'btn', id: 'import-stop' }, 'Stop import');
  stop.addEventListener('click', () => void deps.api['import:cancel']({}).catch(() => undefined));
  const bar = h('progress', { max: '100', 'aria-label': 'Import progress' });
  replaceChildren(out, h('div', { class: 'import-progress' }, status, bar, stop));
  return deps.onProgress?.((p) => {
    const pct = p.phase === 'records' && p.total > 0 ? Math.round((100 * p.done) / p.total) : null;
    status.textContent = `Importing ${name}: ${p.phase === 'records' ? 'writing records' : `building ${p.phase}`}`;
    if (pct !== null) bar.value = pct;
    else bar.removeAttribute('value');
  }) ?? (() => undefined);
}

export function openImportDialog(deps: ImportDeps): void {
  const form = importForm();
  const out = h('div', { class: 'import-preview', 'aria-live': 'polite' }, h('p', { class: 'hint' }, 'Choose a file to see what it contains before anything is written.'));
  let loaded: { name: string; text: string } | null = null;
  let preview: ImportPreview | null = null;
  const setReady = (ready: boolean) => dialog.button('import')?.toggleAttribute('disabled', !ready);

  const runPreview = async () => {
    preview = null;
    setReady(false);
    if (!loaded) return;
    replaceChildren(out, h('p', { class: 'hint loading-text' }, `Reading ${loaded.name}…`));
    try {
      preview = await deps.api['import:preview'](form.args(loaded));
      replaceChildren(out, previewView(preview));
      setReady(true);
    } catch (e) {
      replaceChildren(out, errorBox('The file cannot be imported', e));
    }
  };
  form.file.addEventListener('change', async () => {
    const f = form.file.files?.[0];
    if (!f) return;
    loaded = { name: f.name, text: await f.text() };
    await runPreview();
  });
  for (const c of form.options) c.addEventListener('change', () => void runPreview());

  const run = async () => {
    if (!loaded || !preview) return false;
    const stopWatching = watchProgress(deps, out, loaded.name);
    try {
      const r = await deps.api['import:run'](form.args(loaded));
      deps.toast({ kind: 'success', title: `Imported ${loaded.name}`, message: `${r.entities} entities, ${r.relations} relations, ${r.claims} claims (${r.inserted} new, ${r.updated} updated, ${r.unchanged} unchanged)${r.warnings.length ? `; ${r.warnings.length} warnings` : ''}.` });
      await deps.reload();
      return true;
    } catch (e) {
      replaceChildren(out, errorBox('Import failed: nothing was written', e));
      return false;
    } finally {
      stopWatching();
    }
  };
  const dialog = openDialog({ title: 'Import', className: 'import-dialog', body: [...form.el, out], actions: [{ label: 'Cancel' }, { label: 'Import', primary: true, id: 'import', run }] });
  setReady(false);
}
