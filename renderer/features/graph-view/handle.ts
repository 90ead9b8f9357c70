// What the rest of the renderer may ask of the graph canvas (GraphHandle), and the read-only
// geometry the test hook reports: boxes in canvas pixels, null when not drawn or hidden.
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import type { CaptureOptions, GraphImage } from './image.ts';
import { nodeRect, visibleLabelRect } from './labels.ts';
import type { Rect } from './place-new.ts';
import { frameWork } from './settle.ts';

export interface GraphGeometry {
  drawnIds(): string[];
  nodeBox(id: string): Rect | null;
  labelBox(id: string): Rect | null;
  viewport(): { width: number; height: number };
  /** Bundles of parallel relations drawn now: the relations each stands for, and its middle in canvas pixels. */
  bundles(): { id: string; members: string[]; mid: { x: number; y: number } }[];
  /** Every label drawn now (entities' names, relations' and claims' words), with its box. */
  labelBoxes(): { id: string; edge: boolean; box: Rect }[];
  /** Claims view: ids of the doubted relations' handles and of the disputing (cannot verify, denies) claim edges. */
  disputes(): { handles: string[]; claims: string[] };
  /** Claim edges drawn by the claims view. */
  claimsDrawn(): number;
  /** Claim edges marked "possibly" and relation handles marked doubted, as drawn now. */
  claimMarks(): { possibly: number; doubted: number };
  /** Frames drawn since the last call and the most elements one still had to style or measure (settle.ts). */
  frameWork(): { frames: number; worst: number; sizes: number[]; now: number };
}

export interface GraphHandle extends GraphGeometry {
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
  /** A layout, a node or viewport animation, or a label pass is pending. */
  busy(): boolean;
  /** Stops a large layout running on the layout worker; the drawing stays as it was. */
  cancelLayout(): void;
  onViewport(cb: () => void): void;
  /** Gives the keyboard to the graph (after a search pick, for instance). */
  focusCanvas(): void;
}

const round = (r: Rect): Rect => ({ x1: r.x1, y1: r.y1, x2: r.x2, y2: r.y2 });

export function geometryOf(getCy: () => Core): GraphGeometry {
  const drawnNode = (id: string): NodeSingular | null => {
    const n = getCy().getElementById(id);
    return n.nonempty() && n.isNode() && !n.hasClass('filtered') ? (n as NodeSingular) : null;
  };
  return {
    drawnIds: () =>
      getCy()
        .nodes()
        .not('.filtered')
        .map((n) => n.id()),
    nodeBox: (id) => {
      const n = drawnNode(id);
      return n ? round(nodeRect(n)) : null;
    },
    labelBox: (id) => {
      const n = drawnNode(id);
      const r = n ? visibleLabelRect(n) : null;
      return r ? round(r) : null;
    },
    viewport: () => ({ width: getCy().width(), height: getCy().height() }),
    labelBoxes: () =>
      getCy()
        .elements()
        .not('.filtered')
        .toArray()
        .flatMap((el) => {
          const r = visibleLabelRect(el as NodeSingular | EdgeSingular);
          return r ? [{ id: el.id(), edge: el.isEdge(), box: round(r) }] : [];
        }),
    disputes: () => ({
      handles: getCy()
        .nodes('.claim-handle[doubts > 0]')
        .map((n) => n.id()),
      claims: getCy()
        .edges('.claim-edge[stance = "cannot-verify"], .claim-edge[stance = "denies"]')
        .map((e) => e.id()),
    }),
    claimsDrawn: () => getCy().edges('.claim-edge').length,
    frameWork: () => frameWork(getCy()),
    claimMarks: () => ({
      possibly: getCy().edges('.claim-edge.possibly').length,
      doubted: getCy().nodes('.claim-handle[doubts > 0]').length,
    }),
    bundles: () =>
      getCy()
        .edges('.bundle')
        .not('.filtered')
        .map((e) => ({
          id: e.id(),
          members: [...(e.data('members') as string[])],
          mid: { ...(e as EdgeSingular).renderedMidpoint() },
        })),
  };
}
