// Decides whether an IPC call comes from our own page: the main frame of the one app window,
// currently showing the app's index page. Anything else (subframes, other windows, a page the
// window was somehow navigated to, a frame already gone) is refused.
import type { IpcMainInvokeEvent, WebContents, WebFrameMain } from 'electron';

type FrameLike = Pick<WebFrameMain, 'url' | 'processId' | 'routingId'> & { readonly parent: unknown };
type ContentsLike = Pick<WebContents, 'isDestroyed'> & { readonly mainFrame: FrameLike };

export interface SenderCheckOptions {
  /** The app window's webContents, or null while no window is open. */
  contents(): ContentsLike | null;
  /** True for the URL of the app's own page (see app-protocol.ts). */
  isAppPage(url: string): boolean;
}

export type SenderEvent = { readonly sender: unknown; readonly senderFrame: FrameLike | null };

export function createSenderCheck(opts: SenderCheckOptions): (event: SenderEvent | IpcMainInvokeEvent) => boolean {
  return (event) => {
    const frame = event.senderFrame;
    if (frame === null) return false;
    const contents = opts.contents();
    if (contents === null || contents.isDestroyed() || event.sender !== contents) return false;
    if (frame.parent !== null) return false;
    const main = contents.mainFrame;
    // Distinct WebFrameMain objects for one frame share processId + routingId.
    if (frame.processId !== main.processId || frame.routingId !== main.routingId) return false;
    return opts.isAppPage(frame.url);
  };
}
