// Runs a layout job on the layout worker; starting another job or cancel() ends the one running
// (the worker is terminated, so a long fCoSE run stops at once).
import type { LayoutJob, LayoutResult } from './layout-job.ts';

let worker: Worker | null = null;
let reject: ((e: Error) => void) | null = null;
let nextId = 1;

export class LayoutCancelled extends Error {
  constructor() {
    super('layout cancelled');
  }
}

export function cancelWorkerLayout(): void {
  worker?.terminate();
  worker = null;
  reject?.(new LayoutCancelled());
  reject = null;
}

export function isWorkerLayoutRunning(): boolean {
  return worker !== null;
}

export function layoutInWorker(job: Omit<LayoutJob, 'id'>): Promise<Map<string, { x: number; y: number }>> {
  cancelWorkerLayout();
  const w = new Worker(new URL('layout-worker.js', document.baseURI), { type: 'module', name: 'layout' });
  worker = w;
  const id = nextId++;
  return new Promise((resolve, fail) => {
    reject = fail;
    const done = () => {
      w.terminate();
      if (worker === w) worker = null;
      reject = null;
    };
    w.onmessage = (e: MessageEvent<LayoutResult>) => {
      if (e.data.id !== id) return;
      done();
      resolve(new Map(e.data.positions.map(([nid, x, y]) => [nid, { x, y }])));
    };
    w.onerror = (e) => {
      done();
      fail(new Error(`the layout worker failed: ${e.message}`));
    };
    w.postMessage({ ...job, id } satisfies LayoutJob);
  });
}
