// Session and web-contents hardening: CSP on every response, no navigation away, no new windows
// (https links go to the system browser, nothing else does), no webviews, no permissions.
import type { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { APP_INDEX_URL, isAppPage } from '../../../main/app/app-protocol.ts';
import { confirmAndOpen, hardenContents, secureApp, secureSession, withCsp } from '../../../main/app/security.ts';
import { CONTENT_SECURITY_POLICY } from '../../../main/services/security-policy.ts';
import { electron, FakeWebContents, resetFakeElectron } from './fake-electron.ts';

vi.mock('electron', async () => (await import('./fake-electron.ts')).electron);
afterEach(() => void resetFakeElectron());

type Handler = (...args: unknown[]) => unknown;
const listener = (emitter: EventEmitter, name: string) => emitter.listeners(name)[0] as Handler;

function navigationEvent(url: string) {
  return { url, preventDefault: vi.fn(), isMainFrame: true };
}

function hardened() {
  const contents = new FakeWebContents();
  hardenContents(contents as never, { isAppPage });
  const openHandler = contents.setWindowOpenHandler.mock.calls[0]![0] as (d: { url: string }) => { action: string };
  return { contents, openHandler };
}

describe('secureSession', () => {
  it('puts our CSP on every response, replacing one the response had', () => {
    const session = electron.session.defaultSession;
    secureSession(session as never);
    const onHeaders = session.webRequest.onHeadersReceived.mock.calls[0]![0] as Handler;
    const callback = vi.fn();
    onHeaders(
      { url: APP_INDEX_URL, responseHeaders: { 'content-security-policy': ['default-src *'], 'X-A': ['1'] } },
      callback,
    );
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'X-A': ['1'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
    onHeaders({ url: 'app://claimscape/app.js' }, callback);
    expect(callback).toHaveBeenLastCalledWith({
      responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });

  it('denies every permission request and check', () => {
    const session = electron.session.defaultSession;
    secureSession(session as never);
    const request = session.setPermissionRequestHandler.mock.calls[0]![0] as Handler;
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      const cb = vi.fn();
      request({}, permission, cb, {});
      expect(cb).toHaveBeenCalledWith(false);
    }
    const check = session.setPermissionCheckHandler.mock.calls[0]![0] as Handler;
    expect(check(null, 'media', APP_INDEX_URL, {})).toBe(false);
    const device = session.setDevicePermissionHandler.mock.calls[0]![0] as Handler;
    expect(device({})).toBe(false);
  });

  it('withCsp keeps other headers', () => {
    expect(withCsp({ 'Content-Type': ['text/html'] })).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
  });
});

describe('hardenContents', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    '%s is prevented unless it goes to the app page',
    (name) => {
      const { contents } = hardened();
      const guard = listener(contents, name);
      for (const url of [
        'https://example.com/',
        'file:///etc/passwd',
        'app://claimscape/other.html',
        'javascript:alert(1)',
      ]) {
        const e = navigationEvent(url);
        guard(e);
        expect(e.preventDefault).toHaveBeenCalled();
      }
      const reload = navigationEvent(APP_INDEX_URL);
      guard(reload);
      expect(reload.preventDefault).not.toHaveBeenCalled();
    },
  );

  it('denies every window.open; http/https links open in the browser only after the host is shown and agreed to', async () => {
    const { openHandler } = hardened();
    electron.dialog.showMessageBox.mockResolvedValue({ response: 0, checkboxChecked: false });
    expect(openHandler({ url: 'https://example.org/a?b' })).toEqual({ action: 'deny' });
    expect(await confirmAndOpen('http://news.example.net/x')).toBe(true);
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://example.org/a?b');
    expect(electron.shell.openExternal).toHaveBeenCalledWith('http://news.example.net/x');
    const asked = electron.dialog.showMessageBox.mock.calls.map((c) => (c[0] as { message: string }).message);
    expect(asked).toContain('Open a page on example.org in your browser?');
    expect(asked).toContain('Open a page on news.example.net in your browser?');

    electron.shell.openExternal.mockClear();
    electron.dialog.showMessageBox.mockClear();
    electron.dialog.showMessageBox.mockResolvedValue({ response: 1, checkboxChecked: false });
    expect(await confirmAndOpen('https://example.org/declined')).toBe(false);
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', APP_INDEX_URL, 'not a url']) {
      expect(openHandler({ url })).toEqual({ action: 'deny' });
      expect(await confirmAndOpen(url)).toBe(false);
    }
    expect(electron.dialog.showMessageBox).toHaveBeenCalledTimes(1);
    expect(electron.shell.openExternal).not.toHaveBeenCalled();
  });

  it('refuses to attach a <webview>', () => {
    const { contents } = hardened();
    const e = { preventDefault: vi.fn() };
    listener(contents, 'will-attach-webview')(e, {}, { src: 'https://example.com' });
    expect(e.preventDefault).toHaveBeenCalled();
  });
});

describe('secureApp', () => {
  it('hardens every web contents the app creates', () => {
    secureApp(electron.app as never, { isAppPage });
    const extra = new FakeWebContents();
    electron.app.emit('web-contents-created', {}, extra);
    expect(extra.setWindowOpenHandler).toHaveBeenCalled();
    const e = navigationEvent('https://example.com/');
    listener(extra, 'will-navigate')(e);
    expect(e.preventDefault).toHaveBeenCalled();
  });
});
