// One-time download addresses for exports over HTTP: export:save registers the files, the browser
// fetches /download/<ticket> (an unguessable, single-use, short-lived name, so a plain link works
// without the bearer token), and the file is streamed from the store as the browser reads it.
import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { ExportDownload } from '../services/export-save.ts';

export interface Downloads {
  offer(files: ExportDownload[]): { name: string; url: string }[];
  /** Streams the file behind `ticket` into `res`; false when there is no such ticket (any more). */
  serve(ticket: string, res: ServerResponse, headers: Record<string, string>): boolean;
}

const TTL_MS = 10 * 60 * 1000;

export function createDownloads(now: () => number = Date.now): Downloads {
  const pending = new Map<string, { file: ExportDownload; expires: number }>();

  function offer(files: ExportDownload[]) {
    for (const [t, p] of pending) if (p.expires < now()) pending.delete(t);
    return files.map((file) => {
      const ticket = randomBytes(24).toString('hex');
      pending.set(ticket, { file, expires: now() + TTL_MS });
      return { name: file.name, url: `/download/${ticket}` };
    });
  }

  function serve(ticket: string, res: ServerResponse, headers: Record<string, string>): boolean {
    const p = pending.get(ticket);
    pending.delete(ticket);
    if (!p || p.expires < now()) return false;
    res.writeHead(200, {
      ...headers,
      'Content-Type': `${p.file.mediaType}; charset=utf-8`,
      'Content-Disposition': `attachment; filename="${p.file.name.replace(/[^\w.-]/g, '_')}"`,
    });
    const control = { cancelled: false };
    res.on('close', () => (control.cancelled = !res.writableFinished));
    const sink = {
      // Once the browser has gone, writes return at once: the export sees `cancelled` and stops.
      write: (text: string | Uint8Array) => (res.destroyed || res.write(text) ? undefined : drainOrClose(res)),
      close: () => undefined,
    };
    p.file.write(sink, control).then(
      () => res.end(),
      () => res.destroy(), // the browser marks the download failed rather than keeping half a file
    );
    return true;
  }

  return { offer, serve };
}

/** Resolves when the response can take more, or is gone; leaves no listener behind either way. */
function drainOrClose(res: ServerResponse): Promise<void> {
  return new Promise<void>((resolve) => {
    if (res.destroyed) return resolve(); // 'close' has been and gone
    const done = () => {
      res.off('drain', done).off('close', done);
      resolve();
    };
    res.once('drain', done).once('close', done);
  });
}
