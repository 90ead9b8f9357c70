// Carries out one export: picks the elements in scope, then either composes an image (graph +
// legend + sources) or has the main process stream the graph data in a registry format (save-data.ts).
import { STANCE_ORDER } from '../../ui/stance-styles.ts';
import type { ApiClient } from '../../../graph-data/contract/api.ts';
import type { RelationDetail } from '../../../graph-data/contract/views.ts';
import { findFormat } from '../../../graph-data/formats/registry.ts';
import type { RelationStatus } from '../../../graph-data/model/types.ts';
import type { Transport } from '../../api.ts';
import { viewOf, type AppStore } from '../../state/app-state.ts';
import { kindStyle } from '../../ui/kind-style.ts';
import { STATUS_ORDER } from '../../ui/status-styles.ts';
import type { GraphHandle } from '../graph-view/index.ts';
import { createMeasure, drawFigurePng } from './draw-canvas.ts';
import { drawFigureSvg } from './draw-svg.ts';
import { layoutFigure, type FigureInput } from './figure-layout.ts';
import { exportName, saveBlob } from './save.ts';
import { saveDataExport, type DataExportDeps } from './save-data.ts';
import { sourcesOf } from './sources.ts';

export type ExportScope = 'selection' | 'visible' | 'all';

export interface ExportRequest {
  scope: ExportScope;
  /** 'png', 'svg', or the id of a format in the registry. */
  format: string;
  scale: number;
  background: 'white' | 'transparent';
}

export interface ExportDeps extends DataExportDeps {
  api: ApiClient;
  transport: Transport;
  store: AppStore;
  graph: GraphHandle;
}

const relationCache = new Map<string, RelationDetail>();

/** Entities and relations in scope: the selection (with relations among it) or what is drawn. */
export function scopeElements(scope: ExportScope, deps: ExportDeps): { nodes: string[]; edges: string[] } {
  const drawn = deps.graph.drawn();
  if (scope !== 'selection') return drawn;
  const s = deps.store.get();
  const v = viewOf(s);
  const nodes = new Set(s.selection.nodes);
  for (const id of s.selection.edges) {
    const e = v.edges.get(id);
    if (e) nodes.add(e.source).add(e.target);
  }
  const edges = new Set(s.selection.edges);
  for (const id of drawn.edges) {
    const e = v.edges.get(id);
    if (e && nodes.has(e.source) && nodes.has(e.target)) edges.add(id);
  }
  return { nodes: [...nodes], edges: [...edges] };
}

/** Runs the export and returns a one-line report for a toast. */
export async function runExport(req: ExportRequest, deps: ExportDeps, out: HTMLElement | null = null): Promise<string> {
  const els = scopeElements(req.scope, deps);
  if (req.format === 'png' || req.format === 'svg') return exportImage(req, els, deps);
  const format = findFormat(req.format);
  if (!format) throw Object.assign(new Error(`unknown format ${req.format}`), { code: 'bad-argument' });
  const scope =
    req.scope === 'all'
      ? { kind: 'all' as const }
      : { kind: 'entities' as const, ids: els.nodes, relations: els.edges };
  const asOf = viewOf(deps.store.get()).asOf;
  const ext = format.extensions[0] ?? 'txt';
  const name =
    format.files.length > 1 ? exportName(req.scope, ext).replace(/\.[^.]+$/, '') : exportName(req.scope, ext);
  return saveDataExport(deps, { scope, format: format.id, name, ...(asOf ? { asOf } : {}) }, format.label, out);
}

async function exportImage(
  req: ExportRequest,
  els: { nodes: string[]; edges: string[] },
  deps: ExportDeps,
): Promise<string> {
  const s = deps.store.get();
  const v = viewOf(s);
  const background = req.background === 'white' ? '#ffffff' : null;
  const theme = background ? 'light' : s.theme;
  const only = req.scope === 'selection' ? new Set([...els.nodes, ...els.edges]) : null;
  const kinds = [...new Set(els.nodes.map((id) => v.nodes.get(id)?.kind ?? 'other'))]
    .sort()
    .map((k) => kindStyle(s.info?.vocabulary ?? null, k));
  const used = new Set(els.edges.map((id) => v.edges.get(id)?.status).filter((x): x is RelationStatus => !!x));
  const input: Omit<FigureInput, 'graph'> = {
    title: `Claimscape — ${(s.info?.file ?? 'graph').split(/[\\/]/).pop()}`,
    subtitle: `${els.nodes.length} entities, ${els.edges.length} relations${v.asOf ? ` · as of ${v.asOf}` : ''} · exported ${new Date().toISOString().slice(0, 10)}`,
    kinds,
    statuses: STATUS_ORDER.filter((x) => used.has(x)),
    stances: v.claimsView ? [...STANCE_ORDER] : [],
    sources: await sourcesOf(deps.api, els.edges, relationCache),
    theme,
    text: theme === 'dark' ? '#e6edf3' : '#1f2933',
    muted: theme === 'dark' ? '#9aa7b6' : '#5f6b7a',
  };
  const measure = createMeasure();
  if (req.format === 'png') {
    const img = deps.graph.capturePng({ scale: req.scale, background, only, lightStyle: theme === 'light' });
    const fig = layoutFigure({ ...input, graph: { w: img.width, h: img.height } }, measure);
    const out = await drawFigurePng(fig, img.blob, req.scale, background);
    const res = await saveBlob(deps.api, deps.transport, exportName(req.scope, 'png'), out.blob, 'image/png');
    return `PNG ${out.width} × ${out.height} px: ${res.where}`;
  }
  const g = deps.graph.captureSvg({ scale: 1, background: null, only, lightStyle: theme === 'light' });
  const fig = layoutFigure({ ...input, graph: { w: g.width, h: g.height } }, measure);
  const text = drawFigureSvg(fig, g.svg, background);
  const res = await saveBlob(
    deps.api,
    deps.transport,
    exportName(req.scope, 'svg'),
    new Blob([text], { type: 'image/svg+xml' }),
    'image/svg+xml',
  );
  return `SVG ${fig.width} × ${fig.height}: ${res.where}`;
}

export function clearExportCache(): void {
  relationCache.clear();
}
