// Graph-data exports of any size through export:save: the main process streams them to the file
// chosen in the save dialog (progress and a Stop button here), or, over HTTP, the browser downloads
// each file from the one-time address the server offers (its own download bar shows progress).
import type { ApiArgs, ApiClient } from '../../../graph-data/contract/api.ts';
import type { Transport } from '../../api.ts';
import { h, replaceChildren } from '../../ui/h.ts';

export interface DataExportDeps {
  api: ApiClient;
  transport: Transport;
  /** export:progress events (Electron); absent over HTTP. */
  onProgress?(listener: (p: { done: number; total: number }) => void): () => void;
}

/** Saves the export and returns a line for the toast; `out` shows progress meanwhile. */
export async function saveDataExport(
  deps: DataExportDeps,
  args: ApiArgs<'export:save'>,
  label: string,
  out: HTMLElement | null,
): Promise<string> {
  const stop = out ? watchProgress(deps, out, label) : () => undefined;
  try {
    const r = await deps.api['export:save'](args);
    for (const d of r.downloads) download(d.name, d.url);
    if (r.downloads.length) return `${label}: ${r.downloads.map((d) => `Downloads/${d.name}`).join(', ')}`;
    return r.saved ? `${label}: ${r.paths.join(', ')} (${r.rows.toLocaleString('en')} rows)` : 'not saved (cancelled)';
  } finally {
    stop();
  }
}

function watchProgress(deps: DataExportDeps, out: HTMLElement, label: string): () => void {
  if (deps.transport !== 'electron' || !deps.onProgress) return () => undefined;
  const status = h('span', { class: 'hint loading-text' }, `Writing ${label}…`);
  const bar = h('progress', { max: '100', 'aria-label': 'Export progress' });
  const stop = h('button', { type: 'button', class: 'btn', id: 'export-stop' }, 'Stop export');
  stop.addEventListener('click', () => void deps.api['export:cancel']({}).catch(() => undefined));
  replaceChildren(out, h('div', { class: 'import-progress' }, status, bar, stop));
  out.hidden = false;
  const off = deps.onProgress((p) => {
    bar.value = p.total > 0 ? Math.round((100 * p.done) / p.total) : 0;
    status.textContent = `Writing ${label}: ${p.done.toLocaleString('en')} of ${p.total.toLocaleString('en')} rows`;
  });
  return () => {
    off();
    out.hidden = true;
    replaceChildren(out);
  };
}

/** A plain link to the one-time address: the browser streams the file to its downloads. */
function download(name: string, url: string): void {
  const a = h('a', { href: url, download: name, rel: 'noopener' });
  document.body.appendChild(a);
  a.click();
  a.remove();
}
