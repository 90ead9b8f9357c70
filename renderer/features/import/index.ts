// The Import dialog: pick a file, see what it holds (import:preview: format, counts, samples,
// new kinds and predicates, warnings), then import it (import:run) and reload the view.
import './import.css';
import type { ApiClient } from '../../../graph-data/contract/api.ts';
import type { ImportPreview } from '../../../graph-data/contract/views.ts';
import { FORMATS } from '../../../graph-data/formats/registry.ts';
import type { ColumnRole } from '../../../graph-data/formats/format.ts';
import type { Vocabulary } from '../../../graph-data/model/types.ts';
import { openDialog } from '../../ui/dialog.ts';
import { h, replaceChildren } from '../../ui/h.ts';
import type { Toaster } from '../../ui/toast.ts';
import { errorBox, previewView } from './preview-view.ts';
import { resolutionView, type ResolutionView } from './resolution-view.ts';

export interface ImportDeps {
  api: ApiClient;
  toast: Toaster;
  /** Called after a successful import, to reload the graph. */
  reload(): Promise<void>;
  /** Progress of a large import running on the worker (Electron pushes it; over HTTP there is none). */
  onProgress?(listener: (p: { phase: string; done: number; total: number }) => void): () => void;
  /** Kinds for the entity pickers of the resolution list. */
  vocab?(): Vocabulary | null;
}

type MergeBy = 'auto' | 'none' | 'id' | 'label';

/** Columns of a tabular file, for the roles the CLI's --source-col and friends set; empty means "guess". */
const TABLE_ROLES: readonly { role: ColumnRole; label: string }[] = [
  { role: 'source', label: 'Source' },
  { role: 'target', label: 'Target' },
  { role: 'label', label: 'Label' },
  { role: 'kind', label: 'Kind' },
  { role: 'predicate', label: 'Predicate' },
  { role: 'date', label: 'Date' },
  { role: 'citation', label: 'Citation' },
];

function tableForm() {
  const inputs = TABLE_ROLES.map(({ role, label }) => ({
    role,
    input: h('input', {
      type: 'text',
      id: `import-col-${role}`,
      placeholder: 'guess',
      'aria-label': `${label} column`,
      spellcheck: 'false',
    }),
    label,
  }));
  const delimiter = h(
    'select',
    { id: 'import-delimiter', 'aria-label': 'Delimiter' },
    h('option', { value: '' }, 'Detect'),
    h('option', { value: ',' }, 'Comma'),
    h('option', { value: ';' }, 'Semicolon'),
    h('option', { value: '\t' }, 'Tab'),
    h('option', { value: '|' }, 'Bar'),
  );
  const el = h(
    'fieldset',
    { class: 'table-columns', hidden: '' },
    h('legend', null, 'Columns (tables only)'),
    h(
      'div',
      { class: 'form-grid' },
      inputs.flatMap((c) => [h('label', { for: c.input.id }, c.label), c.input]),
      h('label', { for: 'import-delimiter' }, 'Delimiter'),
      delimiter,
    ),
  );
  const args = () => {
    const columns: Partial<Record<ColumnRole, string>> = {};
    for (const c of inputs) if (c.input.value.trim()) columns[c.role] = c.input.value.trim();
    return {
      ...(Object.keys(columns).length ? { columns } : {}),
      ...(delimiter.value ? { delimiter: delimiter.value as ',' | ';' | '\t' | '|' } : {}),
    };
  };
  return { el, controls: [...inputs.map((c) => c.input), delimiter], args };
}

/** File picker and the import options, with the call arguments they add up to. */
function importForm() {
  // Beside the formats: NDJSON bulk records (docs/FORMAT.md), which the import service tells by their first line.
  const extensions = [...FORMATS.flatMap((f) => f.extensions), 'ndjson', 'jsonl'];
  const accept = [...new Set(extensions.map((e) => `.${e}`))].join(',');
  const file = h('input', { type: 'file', id: 'import-file', accept, 'aria-label': 'File to import' });
  const format = h(
    'select',
    { id: 'import-format', 'aria-label': 'Format' },
    h('option', { value: '' }, 'Detect automatically'),
    FORMATS.map((f) => h('option', { value: f.id }, f.label)),
  );
  const merge = h(
    'select',
    { id: 'import-merge', 'aria-label': 'Merge duplicates by' },
    h('option', { value: 'auto' }, 'Match existing (id, Wikidata, name)'),
    h('option', { value: 'id' }, 'Same id'),
    h('option', { value: 'label' }, 'Same label'),
    h('option', { value: 'none' }, 'Never merge'),
  );
  const missing = h('input', { type: 'checkbox', id: 'import-missing' });
  const byId = h(
    'p',
    { class: 'hint', id: 'import-merge-hint', hidden: '' },
    'Claimscape records carry their own ids: they merge with the entities that have the same id.',
  );
  const table = tableForm();
  const el = [
    h('div', { class: 'field' }, h('label', { for: 'import-file', class: 'field-label' }, 'File'), file),
    h(
      'div',
      { class: 'form-grid' },
      h('label', { for: 'import-format' }, 'Format'),
      format,
      h('label', { for: 'import-merge' }, 'Merge duplicates by'),
      merge,
      h('span', null),
      h('label', { class: 'check-row' }, missing, h('span', null, 'Create entities for unknown edge endpoints')),
    ),
    byId,
    table.el,
  ];
  /** A Claimscape file or NDJSON records merge by id whatever the choice: said, and the choice set aside. */
  const mergesById = (on: boolean) => {
    merge.disabled = on;
    byId.hidden = !on;
  };
  /** The column fields matter only for tables: shown for .csv/.tsv/.txt files or the CSV format. */
  const showTable = (name: string) => {
    table.el.hidden = !(format.value === 'csv' || (format.value === '' && /\.(csv|tsv|txt)$/i.test(name)));
  };
  const args = (loaded: { name: string; text: string }) => ({
    name: loaded.name,
    text: loaded.text,
    mergeBy: merge.value as MergeBy,
    createMissingNodes: missing.checked,
    ...(format.value ? { format: format.value } : {}),
    ...(table.el.hidden ? {} : table.args()),
  });
  return { el, file, options: [format, merge, missing, ...table.controls], args, showTable, mergesById };
}

/** While import:run is pending: what phase it is in, and a button that cancels (rolls back) it. */
function watchProgress(deps: ImportDeps, out: HTMLElement, name: string): () => void {
  const status = h('span', { class: 'hint loading-text' }, `Importing ${name}…`);
  const stop = h('button', { type: 'button', class: 'btn', id: 'import-stop' }, 'Stop import');
  stop.addEventListener('click', () => void deps.api['import:cancel']({}).catch(() => undefined));
  const bar = h('progress', { max: '100', 'aria-label': 'Import progress' });
  replaceChildren(out, h('div', { class: 'import-progress' }, status, bar, stop));
  return (
    deps.onProgress?.((p) => {
      const pct = p.phase === 'records' && p.total > 0 ? Math.round((100 * p.done) / p.total) : null;
      status.textContent = `Importing ${name}: ${p.phase === 'records' ? 'writing records' : `building ${p.phase}`}`;
      if (pct !== null) bar.value = pct;
      else bar.removeAttribute('value');
    }) ?? (() => undefined)
  );
}

export function openImportDialog(deps: ImportDeps): void {
  const form = importForm();
  const out = h(
    'div',
    { class: 'import-preview', 'aria-live': 'polite' },
    h('p', { class: 'hint' }, 'Choose a file to see what it contains before anything is written.'),
  );
  let loaded: { name: string; text: string } | null = null;
  let preview: ImportPreview | null = null;
  /** The researcher's choices of what each node becomes, kept across re-previews. */
  let resolution: ResolutionView | null = null;
  const setReady = (ready: boolean) => dialog.button('import')?.toggleAttribute('disabled', !ready);

  // Options can change while a preview is on its way: only the newest request's answer is shown,
  // and Import waits for it (leaving a text field to click Import fires one last change).
  let latest = 0;
  let previewing: Promise<void> = Promise.resolve();
  const runPreview = async (): Promise<void> => {
    const mine = ++latest;
    preview = null;
    // Import stays clickable while options re-preview (its click waits for the newest answer).
    if (!loaded) {
      setReady(false);
      return;
    }
    // A re-preview keeps the last answer on screen (dimmed) so the dialog does not jump under the pointer.
    if (out.querySelector('.preview, .error-box')) out.classList.add('stale');
    else replaceChildren(out, h('p', { class: 'hint loading-text' }, `Reading ${loaded.name}…`));
    try {
      const p = await deps.api['import:preview'](form.args(loaded));
      if (mine !== latest) return;
      preview = p;
      form.mergesById(p.format === 'claimscape');
      const keep = resolution?.overrides() ?? {};
      resolution = p.resolution ? resolutionView(p.resolution, deps.api, deps.vocab?.() ?? null, keep) : null;
      replaceChildren(out, previewView(p), resolution?.el ?? null);
      setReady(true);
    } catch (e) {
      if (mine !== latest) return;
      form.mergesById(false);
      replaceChildren(out, errorBox('The file cannot be imported', e));
      setReady(false);
    } finally {
      if (mine === latest) out.classList.remove('stale');
    }
  };
  form.file.addEventListener('change', async () => {
    const f = form.file.files?.[0];
    if (!f) return;
    loaded = { name: f.name, text: await f.text() };
    form.showTable(f.name);
    previewing = runPreview();
    await previewing;
  });
  for (const c of form.options) {
    c.addEventListener('change', () => {
      form.showTable(loaded?.name ?? '');
      previewing = runPreview();
    });
  }

  const run = async () => {
    await previewing;
    if (!loaded || !preview) return false;
    const stopWatching = watchProgress(deps, out, loaded.name);
    try {
      const resolve = resolution?.overrides() ?? {};
      const r = await deps.api['import:run']({
        ...form.args(loaded),
        ...(Object.keys(resolve).length ? { resolve } : {}),
      });
      deps.toast({
        kind: 'success',
        title: `Imported ${loaded.name}`,
        message: `${r.entities} entities, ${r.relations} relations, ${r.claims} claims (${r.inserted} new, ${r.updated} updated, ${r.unchanged} unchanged)${r.warnings.length ? `; ${r.warnings.length} warnings` : ''}.`,
      });
      await deps.reload();
      return true;
    } catch (e) {
      replaceChildren(out, errorBox('Import failed: nothing was written', e));
      return false;
    } finally {
      stopWatching();
    }
  };
  const dialog = openDialog({
    title: 'Import',
    className: 'import-dialog',
    body: [...form.el, out],
    actions: [{ label: 'Cancel' }, { label: 'Import', primary: true, id: 'import', run }],
  });
  setReady(false);
}
