// Only the main frame of the app window, showing the app page, may call the API.
import { describe, expect, it } from 'vitest';
import { APP_INDEX_URL, isAppPage } from '../../../main/app/app-protocol.ts';
import { createSenderCheck } from '../../../main/ipc/sender-check.ts';
import { createFakeContents } from './fakes.ts';

function setup() {
  const win = createFakeContents(APP_INDEX_URL);
  let open: typeof win.contents | null = win.contents;
  const check = createSenderCheck({ contents: () => open, isAppPage });
  return { win, check, closeWindow: () => (open = null) };
}

describe('createSenderCheck', () => {
  it('trusts the main frame of the app window on the app page, with any fragment', () => {
    const { win, check } = setup();
    expect(check(win.eventFrom())).toBe(true);
    win.mainFrame.url = `${APP_INDEX_URL}#/entity/x`;
    expect(check(win.eventFrom())).toBe(true);
  });

  it('refuses a null senderFrame (navigated away or destroyed)', () => {
    const { win, check } = setup();
    expect(check(win.eventFrom(null))).toBe(false);
  });

  it('refuses a subframe, even one showing the app page', () => {
    const { win, check } = setup();
    expect(check(win.eventFrom({ url: APP_INDEX_URL, processId: 7, routingId: 9, parent: win.mainFrame }))).toBe(false);
    expect(check(win.eventFrom({ url: APP_INDEX_URL, processId: 8, routingId: 1, parent: null }))).toBe(false);
    // Defence in depth: a frame with a parent is never the main frame, whatever its ids say.
    expect(check(win.eventFrom({ ...win.mainFrame, parent: { ...win.mainFrame } }))).toBe(false);
  });

  it('refuses another webContents and a closed or destroyed window', () => {
    const { win, check, closeWindow } = setup();
    const other = createFakeContents(APP_INDEX_URL);
    expect(check(win.eventFrom(win.mainFrame, other.contents))).toBe(false);
    win.contents.destroy();
    expect(check(win.eventFrom())).toBe(false);
    closeWindow();
    expect(check(win.eventFrom())).toBe(false);
  });

  it.each([
    'file:///tmp/index.html',
    'https://claimscape/index.html',
    'app://evil/index.html',
    'app://claimscape/other.html',
    'app://claimscape/',
    'about:blank',
    '',
  ])('refuses a main frame showing %s', (url) => {
    const { win, check } = setup();
    win.mainFrame.url = url;
    expect(check(win.eventFrom())).toBe(false);
  });
});
