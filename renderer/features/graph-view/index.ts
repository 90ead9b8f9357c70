// The graph canvas: the only module that touches Cytoscape. It mirrors the store's view into
// Cytoscape, runs layouts, and hands out a small GraphHandle for fit, zoom and image export.
import './graph-view.css';
import type { Core } from 'cytoscape';
import { animating, cyAnimating } from './animations.ts';
import { bindArrows } from './arrows.ts';
import { bindDrag } from './drag.ts';
import { createDeclutter } from './declutter.ts';
import type { GraphHandle } from './handle.ts';
import { canvasHandleOf } from './canvas-handle.ts';
import { createViewApplier } from './view-apply.ts';
import { viewOf, type AppState, type AppStore } from '../../state/app-state.ts';
import type { ViewState } from '../../state/view-state.ts';
import type { Commands } from '../../ui/commands.ts';
import { h } from '../../ui/h.ts';
import type { Explorer } from '../explore/index.ts';
import { mountBadges } from './badges.ts';
import { baseCounts, createCy, scaleFor, WEBGL_ELEMENTS } from './create-cy.ts';
import { edgeElement, nodeElement } from './elements.ts';
import { buildStyle } from './graph-style.ts';
import { bindInteractions, unhover } from './interactions.ts';
import { isLayoutRunning } from './run-layout.ts';
import { centreOn, refit, watchSize } from './view-moves.ts';
import { bindBundles, markSelectedBundles, syncBundles } from './bundles.ts';
import { syncView } from './sync.ts';
import { createEdgeDataPump } from './edge-data.ts';
import { syncClaims } from './claims-view.ts';
import { createLayerDriver, type ClaimsSource } from './claims-driver.ts';
import { createTaskOnce } from './frame-pump.ts';
import { bindHandles } from './claims-handles.ts';
import { mountClaimsKey } from './claims-key.ts';
import { createClaimsRelayout } from './claims-layout.ts';
import { settle, skipNextDraw } from './settle.ts';

export { WEBGL_ELEMENTS } from './create-cy.ts';
export type { GraphHandle, GraphGeometry } from './handle.ts';
export type { CaptureOptions, GraphImage } from './image.ts';

/** How long the label pass waits after an as-of date step, in case the next one follows. */
const DATE_SETTLE_MS = 250;

export interface GraphViewDeps {
  store: AppStore;
  explorer: Explorer;
  commands: Commands;
  /** Claims of the drawn relations, for the claims view (features/claims). */
  claims?: ClaimsSource;
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
  /** Label sizes follow the zoom once it rests: pending restyle after a zoom. */
  let zoomTimer = 0;
  let webgl = false;
  let cy = build();
  const isHuge = () => scaleFor(...baseCounts(cy)).huge;
  let builtHuge = isHuge();
  // The label pass waits for the drawing to be complete (relations' and claims layer's chunks).
  const labels = createDeclutter(
    () => cy,
    store,
    () => edgeData.pending() || layer.pending(),
  );
  let unbind = attach();
  const edgeData = createEdgeDataPump(
    () => cy,
    () => ({ v: viewOf(store.get()), vocab: store.get().info?.vocabulary ?? null }),
  );
  const layer = createLayerDriver(() => cy, store, deps.claims);
  const applier = createViewApplier(
    () => cy,
    store,
    labels.schedule,
    () => restyle(store.get(), 1),
  );

  function build(): Core {
    const s = store.get();
    const v = viewOf(s);
    const vocab = s.info?.vocabulary ?? null;
    const els = [
      ...[...v.nodes.values()].map((n) =>
        nodeElement(n, vocab, v.positions.get(n.id) ?? positions.get(n.id) ?? { x: 0, y: 0 }),
      ),
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
    bindDrag(cy, store);
    const offBadges = mountBadges(cy, overlay, (id) => void deps.explorer.expand(id));
    const offKey = mountClaimsKey(cy, overlay, store, labels.schedule);
    bindHandles(cy);
    bindBundles(cy, store);
    cy.on('viewport', () => {
      viewportListeners.forEach((l) => l());
      clearTimeout(zoomTimer);
      zoomTimer = window.setTimeout(() => {
        zoomTimer = 0;
        restyle(store.get());
      }, 120);
      labels.schedule();
    });
    cy.on('mouseover mouseout', 'node, edge', labels.schedule);
    return () => {
      offKey();
      offBadges();
      offBind();
    };
  }

  store.subscribe((s, prev) => onState(s, prev));
  bindArrows(
    canvas,
    () => cy,
    store,
    (id) => centreOn(cy, id),
  );
  watchSize(canvas, () => refit(cy, false));
  const claimsRelayout = createClaimsRelayout(() => cy, store);
  /**
   * A new date's view is drawn in a task of its own, after the task that changed the store (and
   * the panels that follow it): the two together would hold the page twice as long.
   */
  let appliedView: ViewState | null = null;
  const dateStep = createTaskOnce(() => {
    const s = store.get();
    if (cy.destroyed() || viewOf(s) === appliedView) return;
    applyView(s, 0);
    claimsRelayout.maybeRun(!!deps.claims?.get());
    syncSelection(s);
    // Its relations' data and its claims layer follow in the next tasks: the frames between draw nothing.
    if (edgeData.pending() || layer.pending()) skipNextDraw(cy);
  });
  deps.claims?.subscribe(() => {
    const s = store.get();
    // A date step on its way syncs the layer with the claims it finds then.
    if (layer.current(s) || dateStep.pending()) return;
    layer.sync(s);
    claimsRelayout.maybeRun(true);
    labels.schedule();
  });

  function onState(s: AppState, prev: AppState): void {
    const v = viewOf(s);
    if (s.theme !== prev.theme) restyle(s);
    claimsRelayout.onState(s, prev);
    // While the date moves, the label pass waits for it to rest (each pass restyles labels).
    if (v.asOf !== viewOf(prev).asOf) labels.hold(DATE_SETTLE_MS);
    if (v !== viewOf(prev) && !applier.recording()) {
      if (v.asOf !== viewOf(prev).asOf) dateStep.schedule();
      else {
        applyView(s);
        claimsRelayout.maybeRun(!!deps.claims?.get());
      }
    }
    if (s.selection !== prev.selection) {
      syncSelection(s);
      markSelectedBundles(cy, s.selection.edges);
    }
    if (s.reveal && s.reveal !== prev.reveal) centreOn(cy, s.reveal.id);
    if (s.labelDensity !== prev.labelDensity || s.selection !== prev.selection) labels.schedule();
  }

  /** `edgesNow`: changed relations whose data is written in this task (syncView); the rest after frames. */
  function applyView(s: AppState, edgesNow?: number): void {
    const v = viewOf(s);
    appliedView = v;
    const r = syncView(cy, v, s.info?.vocabulary ?? null, positions, edgesNow);
    if (r.pending) edgeData.schedule();
    syncBundles(cy, v);
    markSelectedBundles(cy, s.selection.edges);
    layer.follow(s);
    if (isHuge() !== builtHuge) rebuild(webgl);
    else if (r.added || r.removed) restyle(s);
    unhover(cy);
    void applier.apply(s, r.added > 0);
    settle(cy);
  }

  let styleKey = '';
  /** Re-applies the stylesheet only when the theme or a size threshold changed: it is not cheap. */
  function restyle(s: AppState, zoom = cy.zoom()): void {
    const scale = scaleFor(...baseCounts(cy), zoom);
    const key = `${s.theme}:${scale.manyNodes}:${scale.huge}:${scale.labels}`;
    if (key === styleKey) return;
    styleKey = key;
    cy.style(buildStyle(s.theme, scale));
    labels.schedule();
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
    if (syncView(cy, viewOf(store.get()), store.get().info?.vocabulary ?? null, positions).pending) edgeData.schedule();
    syncBundles(cy, viewOf(store.get()));
    syncClaims(cy, viewOf(store.get()), deps.claims?.get() ?? null, store.get().info?.vocabulary ?? null);
    cy.viewport(viewport);
    unbind = attach();
    syncSelection(store.get());
    viewportListeners.forEach((l) => l());
  }

  // The first load arrives through the store like every later change.
  restyle(store.get());
  applyView(store.get());

  return {
    ...canvasHandleOf(
      () => cy,
      canvas,
      () => store.get().theme,
    ),
    renderer: () => (webgl ? 'webgl' : 'canvas'),
    setWebgl: (on) => void (on !== webgl && rebuild(on)),
    busy: () =>
      isLayoutRunning() ||
      animating() ||
      zoomTimer !== 0 ||
      labels.pending() ||
      dateStep.pending() ||
      edgeData.pending() ||
      layer.pending() ||
      cyAnimating(cy),
    onViewport: (cb) => void viewportListeners.push(cb),
  };
}

export function webglWorthwhile(elementCount: number): boolean {
  return elementCount > WEBGL_ELEMENTS;
}
