// The graphs the browser pages draw: the biggest hub's neighbourhood capped at 1k, 5k and 20k
// elements (nodes + edges), as the app would fetch it, with fixed radial positions (rings by hop).
import type { GraphSlice } from '../../graph-data/contract/views.ts';
import type { Db } from '../../main/db/open.ts';
import { createGraphService } from '../../main/services/graph-service.ts';
import type { ViewData } from './dom.ts';

export const VIEW_SIZES = [1000, 5000, 20_000] as const;

const STATUS_COLORS: Record<string, string> = {
  confirmed: '#2E7D32',
  asserted: '#1565C0',
  contested: '#EF6C00',
  denied: '#C62828',
  unverified: '#9E9E9E',
};

/** Rings around the first node: hop distance picks the ring, order along the ring follows BFS order. */
function radial(slice: GraphSlice): Map<string, { x: number; y: number }> {
  const adj = new Map<string, string[]>(slice.nodes.map((n) => [n.id, []]));
  for (const e of slice.edges) {
    adj.get(e.source)?.push(e.target);
    adj.get(e.target)?.push(e.source);
  }
  const rings: string[][] = [];
  const level = new Map<string, number>();
  for (const start of slice.nodes.map((n) => n.id)) {
    if (level.has(start)) continue;
    level.set(start, rings.length ? rings.length - 1 : 0);
    let frontier = [start];
    while (frontier.length) {
      const l = level.get(frontier[0] as string) as number;
      (rings[l] ??= []).push(...frontier);
      const next = frontier.flatMap((id) => (adj.get(id) ?? []).filter((o) => !level.has(o) && level.set(o, l + 1)));
      frontier = next;
    }
  }
  const pos = new Map<string, { x: number; y: number }>();
  rings.forEach((ring, l) => {
    const r = l === 0 && ring.length === 1 ? 0 : Math.max(l * 220, (ring.length * 14) / (2 * Math.PI));
    ring.forEach((id, i) => {
      const a = (2 * Math.PI * i) / ring.length;
      pos.set(id, { x: Math.round(r * Math.cos(a)), y: Math.round(r * Math.sin(a)) });
    });
  });
  return pos;
}

export function viewData(db: Db, elements: number): ViewData {
  const svc = createGraphService(db);
  const hub = db.prepare('SELECT id FROM entities ORDER BY degree DESC LIMIT 1').pluck().get() as string;
  const slice = svc.neighbourhood([hub], 3, {}, elements);
  const colors = new Map(
    (db.prepare('SELECT id, color FROM kinds').all() as { id: string; color: string }[]).map((k) => [k.id, k.color]),
  );
  const pos = radial(slice);
  return {
    nodes: slice.nodes.map((n) => ({
      id: n.id,
      label: n.label,
      kind: n.kind,
      color: colors.get(n.kind) ?? '#888888',
      ...(pos.get(n.id) ?? { x: 0, y: 0 }),
    })),
    edges: slice.edges.map((e) => ({
      id: e.id,
      source: e.source,
      target: e.target,
      status: e.status,
      color: STATUS_COLORS[e.status] ?? '#999999',
    })),
  };
}
