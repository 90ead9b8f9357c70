// Class changes that restyle only what changed. Cytoscape's toggleClass(cls, on), addClass and
// removeClass count every element they are given as changed, even one that already had (or
// lacked) the class, and the next frame recomputes its style: over a whole graph of 2,000+
// elements that is 100-250 ms each time (the declutter and every view sync did it).
import type { CollectionArgument, SingularElementArgument } from 'cytoscape';

interface Elements<E> {
  forEach(each: (el: E) => void): unknown;
}

/** Gives `cls` to the elements for which `want` is true and takes it from the others. */
export function setClass<E extends SingularElementArgument>(
  eles: Elements<E>,
  cls: string,
  want: (el: E) => boolean,
): void {
  const add: E[] = [];
  const drop: E[] = [];
  eles.forEach((el) => {
    const on = want(el);
    if (on !== el.hasClass(cls)) (on ? add : drop).push(el);
  });
  // cy.collection takes an array of elements (its typings list only definitions).
  if (add[0])
    add[0]
      .cy()
      .collection(add as unknown as CollectionArgument)
      .addClass(cls);
  if (drop[0])
    drop[0]
      .cy()
      .collection(drop as unknown as CollectionArgument)
      .removeClass(cls);
}
