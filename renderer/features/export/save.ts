// Saves an exported file: through the platform (file:save, a native dialog in Electron), or as
// a browser download when there is no such dialog (the local HTTP server).
import type { ApiClient } from '../../../graph-data/contract/api.ts';
import type { Transport } from '../../api.ts';

export interface SaveResult {
  saved: boolean;
  where: string;
}

export async function saveBlob(
  api: ApiClient,
  transport: Transport,
  name: string,
  blob: Blob,
  mediaType: string,
): Promise<SaveResult> {
  if (transport === 'electron') {
    const text = mediaType.startsWith('image/png') ? await base64Of(blob) : await blob.text();
    const res = await api['file:save']({ name, mediaType, data: text, base64: mediaType.startsWith('image/png') });
    if (res.saved) return { saved: true, where: res.path ?? name };
    if (res.dialog) return { saved: false, where: 'not saved (cancelled)' };
  }
  download(name, blob);
  return { saved: true, where: `Downloads/${name}` };
}

function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

async function base64Of(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/** A file name for the export: letters, digits and dashes only, with the date. */
export function exportName(base: string, ext: string): string {
  const stamp = new Date().toISOString().slice(0, 16).replace(/[:T]/g, '-');
  const safe =
    base
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'graph';
  return `claimscape-${safe}-${stamp}.${ext}`;
}
