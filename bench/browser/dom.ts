// The few browser APIs the bench pages use, typed locally: bench/** is compiled with the main
// process's settings (no DOM library), and pulling DOM types into that program would let main code use them.

export interface PageElement {
  style: Record<string, string>;
  appendChild(child: PageElement): void;
}

export interface PageWindow {
  document: { createElement(tag: string): PageElement; body: PageElement };
  location: { search: string };
  requestAnimationFrame(cb: (time: number) => void): number;
  fetch(url: string): Promise<{ json(): Promise<unknown> }>;
  /** Where a page leaves its result for the runner (playwright waits for it). */
  __bench?: unknown;
}

export const page = globalThis as unknown as PageWindow;

export function param(name: string): string {
  return new URLSearchParams(page.location.search).get(name) ?? '';
}

export function nextFrame(): Promise<number> {
  return new Promise((r) => page.requestAnimationFrame(r));
}

export function container(width = 1200, height = 800): PageElement {
  const el = page.document.createElement('div');
  Object.assign(el.style, { width: `${width}px`, height: `${height}px`, position: 'absolute', left: '0', top: '0' });
  page.document.body.appendChild(el);
  return el;
}

/** The graph a page draws: the same elements and positions for every renderer. */
export interface ViewData {
  nodes: { id: string; label: string; kind: string; color: string; x: number; y: number }[];
  edges: { id: string; source: string; target: string; status: string; color: string }[];
}

export async function loadView(n: string): Promise<ViewData> {
  return (await (await page.fetch(`/data/${n}.json`)).json()) as ViewData;
}

export function frameSummary(xs: number[]): { frames: number; mean_ms: number; p95_ms: number; max_ms: number } {
  const s = [...xs].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))] ?? NaN;
  const r = (x: number) => Math.round(x * 10) / 10;
  return {
    frames: s.length,
    mean_ms: r(s.reduce((a, b) => a + b, 0) / (s.length || 1)),
    p95_ms: r(at(0.95)),
    max_ms: r(at(1)),
  };
}
