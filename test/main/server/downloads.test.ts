// A download streamed to a reader that keeps the response waiting (write() returns false) must not
// pile up 'close' listeners on the response, one per wait.
import { createServer, get, type ServerResponse } from 'node:http';
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
