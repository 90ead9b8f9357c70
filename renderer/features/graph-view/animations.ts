// Animations the graph view starts, counted as running from the moment they are asked for:
// Cytoscape reports an animation only from its next frame, which would let "idle" flicker true.
import type { Core, NodeSingular } from 'cytoscape';

let until = 0;

export function play(target: Core | NodeSingular, props: Record<string, unknown>, duration: number): void {
  until = Math.max(until, performance.now() + duration);
  (target as NodeSingular).animate(props as never, { duration, easing: 'ease-in-out-cubic' });
}

/** An animation started here may still be running (Cytoscape's own flags cover the rest). */
export function animating(): boolean {
  return performance.now() < until;
}

/** Cytoscape or one of its nodes is animating (its own flags). */
export const cyAnimating = (cy: Core): boolean =>
  cy.animated() ||
  cy
    .nodes()
    .toArray()
    .some((n) => n.animated());
