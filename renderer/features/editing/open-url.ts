// Opening a source's address: http/https only, and only after the researcher has seen the host
// it goes to. The platform decides where it opens (Electron: the system browser).
import { openDialog } from '../../ui/dialog.ts';
import { h } from '../../ui/h.ts';

/** The host of an http(s) address, or null for anything else. */
export function webHost(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.host : null;
  } catch {
    return null;
  }
}

export function confirmOpenUrl(url: string): void {
  const host = webHost(url);
  if (!host) return;
  const plain = url.startsWith('http:');
  openDialog({
    title: 'Open in your browser?',
    className: 'edit-dialog open-url-dialog',
    body: [
      h('p', null, 'This leaves Claimscape and opens the page at:'),
      h('p', { class: 'url-host' }, host),
      h('p', { class: 'mono wrap hint' }, url),
      plain ? h('p', { class: 'warn-box' }, 'The address is not encrypted (http).') : null,
    ],
    actions: [
      { label: 'Cancel' },
      {
        label: `Open ${host}`,
        primary: true,
        id: 'open-url',
        run: () => void window.open(url, '_blank', 'noopener,noreferrer'),
      },
    ],
  });
}
