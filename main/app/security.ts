// Locks down sessions and web contents: CSP on every response, no navigation away from the app
// page, no new windows (http/https links go to the system browser, after the user has seen the
// host and agreed), no <webview>, no permissions.
import type { App, Event, HandlerDetails, Session, WebContents, WindowOpenHandlerResponse } from 'electron';
import { dialog, shell } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../services/security-policy.ts';

type SessionLike = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
> & {
  webRequest: Pick<Session['webRequest'], 'onHeadersReceived'>;
};
type ContentsLike = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/** Replaces any CSP header (whatever its case) with ours. */
export function withCsp(headers: Record<string, string[]> | undefined): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(headers ?? {})) if (k.toLowerCase() !== 'content-security-policy') out[k] = v;
  out['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  return out;
}

export function secureSession(session: SessionLike): void {
  session.webRequest.onHeadersReceived((details, callback) =>
    callback({ responseHeaders: withCsp(details.responseHeaders) }),
  );
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/** Only http: and https: links leave the app, and only to the system browser. */
export function isExternalLink(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    return (protocol === 'https:' || protocol === 'http:') && hostname !== '';
  } catch {
    return false;
  }
}

/** Shows the link's host and opens it in the system browser only when the user agrees. */
export async function confirmAndOpen(url: string): Promise<boolean> {
  if (!isExternalLink(url)) return false;
  const { host, protocol } = new URL(url);
  const { response } = await dialog.showMessageBox({
    type: 'question',
    buttons: ['Open in browser', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    message: `Open a page on ${host} in your browser?`,
    detail: `${url}${protocol === 'http:' ? '\n\nThis link is not encrypted (http).' : ''}`,
    noLink: true,
  });
  if (response !== 0) return false;
  await shell.openExternal(url);
  return true;
}

export function openHandler(details: Pick<HandlerDetails, 'url'>): WindowOpenHandlerResponse {
  void confirmAndOpen(details.url).catch(() => undefined);
  return { action: 'deny' };
}

export interface HardenOptions {
  /** The one URL a frame may navigate to (a reload of the app page). */
  isAppPage(url: string): boolean;
}

export function hardenContents(contents: ContentsLike, opts: HardenOptions): void {
  const guard = (event: Event<{ url: string }>): void => {
    if (!opts.isAppPage(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', guard);
  contents.on('will-frame-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(openHandler);
}

/** Applies hardenContents to every web contents the app ever creates, including ours. */
export function secureApp(app: Pick<App, 'on'>, opts: HardenOptions): void {
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, opts));
}
