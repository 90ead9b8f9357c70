// The graph canvas: the only module that touches Cytoscape. It mirrors the store's view into
// Cytoscape, runs layouts, and hands out a small GraphHandle for fit, zoom and image export.
import './graph-view.css';
import type { Core, NodeSingular } from 'cytoscape';
import { viewOf, type AppState, type AppStore } from '../../state/app-state.ts';
import type { Commands } from '../../ui/commands.ts';
import { h } from '../../ui/h.ts';
import type { Explorer } from '../explore/index.ts';
import { mountBadges } from './badges.ts';
import { createCy, scaleFor, WEBGL_ELEMENTS } from './create-cy.ts';
import { edgeElement, nodeElement } from './elements.ts';
import { buildStyle } from './graph-style.ts';
import { captureSvg, capturePng, type CaptureOptions, type GraphImage } from './image.ts';
import { bindInteractions } from './interactions.ts';
import { cancelLayout, isLayoutRunning, runLayout } from './run-layout.ts';
import { syncView } from './sync.ts';

export { WEBGL_ELEMENTS } from './create-cy.ts';
export type { CaptureOptions, GraphImage } from './image.ts';

export interface GraphHandle {
  fit(): void;
  zoomBy(factor: number): void;
  zoom(): number;
  /** Ids of the elements drawn now (loaded and passing the filters). */
  drawn(): { nodes: string[]; edges: string[] };
  renderer(): 'canvas' | 'webgl';
  setWebgl(on: boolean): void;
  capturePng(o: CaptureOptions): GraphImage;
  captureSvg(o: CaptureOptions): { svg: string; width: number; height: number };
  /** Where an entity is on screen (client coordinates), or null when not drawn. */
  screenPosition(id: string): { x: number; y: number } | null;
  /** A layout or a viewport/node animation is in progress. */
  busy(): boolean;
  /** Stops a large layout running on the layout worker; the drawing stays as it was. */
  cancelLayout(): void;
  onViewport(cb: () => void): void;
}

export interface GraphViewDeps {
  store: AppStore;
  explorer: Explorer;
  commands: Commands;
}

export function mountGraphView(host: HTMLElement, deps: GraphViewDeps): GraphHandle {
  const { store } = deps;
  const canvas = h('div', { class: 'graph-canvas', 'aria-label': 'Graph', role: 'application', tabindex: 0 });
  // Cytoscape swallows mousedown, so focus would stay in the search box and keys would not reach the graph.
  canvas.addEventListener('pointerdown', () => canvas.focus({ preventScroll: true }), true);
  const overlay = h('div', { class: 'graph-overlay' });
  host.append(canvas, overlay);
  const positions = new Map<string, { x: number; y: number }>();
  const viewportListeners: (() => void)[] = [];
  let webgl = false;
  let cy = build();
  const isHuge = () => scaleFor(cy.nodes().length, cy.elements().length).huge;
  let builtHuge = isHuge();
  let unbind = attach();

  function build(): Core {
    const s = store.get();
    const v = viewOf(s);
    const vocab = s.info?.vocabulary ?? null;
    const els = [
      ...[...v.nodes.values()].map((n) => nodeElement(n, vocab, positions.get(n.id) ?? { x: 0, y: 0 })),
      ...[...v.edges.values()].map((e) => edgeElement(e, vocab)),
    ];
    return createCy({ container: canvas, theme: s.theme, elements: els, webgl });
  }

  function attach(): () => void {
    const offBind = bindInteractions(cy, store, deps.explorer, {
      store,
      explorer: deps.explorer,
      commands: deps.commands,
    });
    const offBadges = mountBadges(cy, overlay, (id) => void deps.explorer.expand(id));
    let zoomTimer = 0;
    cy.on('viewport', () => {
      viewportListeners.forEach((l) => l());
      clearTimeout(zoomTimer);
      zoomTimer = window.setTimeout(() => restyle(store.get()), 120);
    });
    return () => {
      offBadges();
      offBind();
    };
  }

  store.subscribe((s, prev) => onState(s, prev));

  function onState(s: AppState, prev: AppState): void {
    const v = viewOf(s);
    const pv = viewOf(prev);
    if (s.theme !== prev.theme) restyle(s);
    if (v !== pv) applyView(s, v.layoutRun !== pv.layoutRun || v.layout !== pv.layout);
    if (s.selection !== prev.selection) syncSelection(s);
    if (s.reveal && s.reveal !== prev.reveal) centreOn(s.reveal.id);
  }

  function applyView(s: AppState, relayout: boolean): void {
    const v = viewOf(s);
    const r = syncView(cy, v, s.info?.vocabulary ?? null, positions);
    if (isHuge() !== builtHuge) rebuild(webgl);
    else if (r.added || r.removed) restyle(s);
    // Many new nodes at once (a big expand) read better laid out afresh than squeezed in.
    const flood = r.unplaced.length > 40 && r.unplaced.length > cy.nodes().length * 0.3;
    if (relayout || flood) void runLayout(cy, { layoutId: v.layout, incremental: false });
    else if (r.unplaced.length)
      void runLayout(cy, { layoutId: v.layout, incremental: true }).then(() => fitIfOutside());
  }

  let styleKey = '';
  /** Re-applies the stylesheet only when the theme or a size threshold changed: it is not cheap. */
  function restyle(s: AppState): void {
    const scale = scaleFor(cy.nodes().length, cy.elements().length, cy.zoom());
    const key = `${s.theme}:${scale.manyNodes}:${scale.huge}:${scale.labels}`;
    if (key === styleKey) return;
    styleKey = key;
    cy.style(buildStyle(s.theme, scale));
  }

  function syncSelection(s: AppState): void {
    const want = new Set([...s.selection.nodes, ...s.selection.edges]);
    const have = cy.$(':selected');
    if (have.length === want.size && have.toArray().every((el) => want.has(el.id()))) return;
    cy.batch(() => {
      have.filter((el) => !want.has(el.id())).unselect();
      for (const id of want) cy.getElementById(id).select();
    });
  }

  /** Pans to an entity only when it is off screen (or nearly), so the picture does not jump. */
  function centreOn(id: string): void {
    const go = () => {
      const n = cy.getElementById(id);
      if (n.empty()) return;
      const e = cy.extent();
      const p = (n as NodeSingular).position();
      const mx = (e.x2 - e.x1) * 0.08;
      const my = (e.y2 - e.y1) * 0.08;
      const inside = p.x > e.x1 + mx && p.x < e.x2 - mx && p.y > e.y1 + my && p.y < e.y2 - my;
      if (!inside || cy.zoom() < 0.35)
        cy.animate({ center: { eles: n }, zoom: Math.max(cy.zoom(), 0.6), duration: 350 });
    };
    if (isLayoutRunning()) cy.one('layoutstop', go);
    else go();
  }

  function fitIfOutside(): void {
    const e = cy.extent();
    const bb = cy.elements().not('.filtered').boundingBox();
    if (bb.x1 < e.x1 || bb.y1 < e.y1 || bb.x2 > e.x2 || bb.y2 > e.y2)
      cy.animate({ fit: { eles: cy.elements().not('.filtered'), padding: 48 }, duration: 300 });
  }

  /**
   * Renderer options (WebGL, hiding edges while panning) are fixed at construction, so crossing
   * a size threshold or switching WebGL rebuilds Cytoscape, keeping positions and viewport.
   */
  function rebuild(nextWebgl: boolean): void {
    cy.nodes().forEach((n) => void positions.set(n.id(), { ...n.position() }));
    const viewport = { zoom: cy.zoom(), pan: { ...cy.pan() } };
    unbind();
    cy.destroy();
    webgl = nextWebgl;
    cy = build();
    builtHuge = isHuge();
    styleKey = '';
    restyle(store.get());
    syncView(cy, viewOf(store.get()), store.get().info?.vocabulary ?? null, positions);
    cy.viewport(viewport);
    unbind = attach();
    syncSelection(store.get());
    viewportListeners.forEach((l) => l());
  }

  // The first load arrives through the store like every later change.
  restyle(store.get());
  applyView(store.get(), true);

  return {
    fit: () => cy.animate({ fit: { eles: cy.elements().not('.filtered'), padding: 48 }, duration: 250 }),
    zoomBy: (f) =>
      cy.animate({
        zoom: {
          level: Math.min(4, Math.max(0.05, cy.zoom() * f)),
          renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
        },
        duration: 150,
      }),
    zoom: () => cy.zoom(),
    drawn: () => ({
      nodes: cy
        .nodes()
        .not('.filtered')
        .map((n) => n.id()),
      edges: cy
        .edges()
        .not('.filtered')
        .map((e) => e.id()),
    }),
    renderer: () => (webgl ? 'webgl' : 'canvas'),
    setWebgl: (on) => void (on !== webgl && rebuild(on)),
    capturePng: (o) => capturePng(cy, store.get().theme, o),
    captureSvg: (o) => captureSvg(cy, store.get().theme, o),
    screenPosition(id) {
      const n = cy.getElementById(id);
      if (n.empty() || n.hasClass('filtered')) return null;
      const p = n.renderedPosition();
      const r = canvas.getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    },
    busy: () =>
      isLayoutRunning() ||
      cy.animated() ||
      cy
        .nodes()
        .toArray()
        .some((n) => n.animated()),
    onViewport: (cb) => void viewportListeners.push(cb),
    cancelLayout,
  };
}

export function webglWorthwhile(elementCount: number): boolean {
  return elementCount > WEBGL_ELEMENTS;
}
