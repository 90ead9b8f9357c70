// A download streamed to a reader that keeps the response waiting (write() returns false) must not
// pile up 'close' listeners on the response, one per wait; a browser that goes away stops the export.
import { createServer, get, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, it } from 'vitest';
import { createDownloads } from '../../../main/server/downloads.ts';

it('leaves no listener behind after each wait for drain', async () => {
  const downloads = createDownloads();
  let response: ServerResponse | undefined;
  let waits = 0;
  let mostCloseListeners = 0;
  const chunk = 'x'.repeat(256 * 1024);
  const [offered] = downloads.offer([
    {
      name: 'big.txt',
      mediaType: 'text/plain',
      async write(sink) {
        for (let i = 0; i < 64; i++) {
          const wait = sink.write(chunk);
          if (wait) {
            waits++;
            await wait;
          }
          mostCloseListeners = Math.max(mostCloseListeners, response?.listenerCount('close') ?? 0);
        }
      },
    },
  ]);
  const url = offered?.url ?? '';
  const server = createServer((_req, res) => {
    response = res;
    downloads.serve(url.slice('/download/'.length), res, {});
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    const { port } = server.address() as AddressInfo;
    const bytes = await new Promise<number>((resolve, reject) => {
      get(`http://127.0.0.1:${port}${url}`, (res) => {
        let n = 0;
        res.on('data', (d: Buffer) => (n += d.length)).on('end', () => resolve(n));
      }).on('error', reject);
    });
    expect(bytes).toBe(64 * chunk.length);
    expect(waits).toBeGreaterThan(5);
    expect(mostCloseListeners).toBeLessThanOrEqual(3);
  } finally {
    server.close();
  }
});

async function listen(server: Server): Promise<number> {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return (server.address() as AddressInfo).port;
}

it('lets the export finish as cancelled when the browser closes the connection mid-download', async () => {
  const downloads = createDownloads();
  const chunk = 'y'.repeat(256 * 1024);
  let writes = 0;
  let finished: (cancelled: boolean) => void = () => undefined;
  const ended = new Promise<boolean>((r) => (finished = r));
  const [offered] = downloads.offer([
    {
      name: 'big.txt',
      mediaType: 'text/plain',
      // Like an export on the worker: write, wait if asked to, and when the control says cancelled
      // the chunk already on its way from the worker is still written before it stops.
      async write(sink, control) {
        while (!control.cancelled) {
          await sink.write(chunk);
          writes++;
        }
        await sink.write(chunk);
        finished(control.cancelled);
      },
    },
  ]);
  const url = offered?.url ?? '';
  const server = createServer((_req, res) => void downloads.serve(url.slice('/download/'.length), res, {}));
  const port = await listen(server);
  try {
    const req = get(`http://127.0.0.1:${port}${url}`, (res) => res.once('data', () => req.destroy()));
    req.on('error', () => undefined); // the reset we cause ourselves
    expect(await ended).toBe(true); // never settles if a write waits for a 'close' that has been
    expect(writes).toBeGreaterThan(0);
  } finally {
    server.close();
  }
});
