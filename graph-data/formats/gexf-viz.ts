// GEXF's viz module (colour, size, position, shape, thickness) as flat attributes and back.
import type { AttributeValue } from '../model/types.ts';
import type { Bag } from './attribute-roles.ts';
import { findAll, type XmlElement } from './xml-safe.ts';

/** viz:color → viz_color `#rrggbb` (viz_alpha when not opaque), viz:position → x, y (z), viz:size → viz_size. */
export function readViz(el: XmlElement, bag: Bag): void {
  const color = findAll(el, 'color').find(isViz);
  if (color) readColor(color, bag);
  const position = findAll(el, 'position').find(isViz);
  if (position) {
    for (const axis of ['x', 'y', 'z'] as const) {
      const v = Number(position.attrs.get(axis));
      if (position.attrs.has(axis) && Number.isFinite(v) && !(axis === 'z' && v === 0)) bag.set(axis, v);
    }
  }
  for (const [local, name] of [
    ['size', 'viz_size'],
    ['thickness', 'viz_thickness'],
  ] as const) {
    const v = Number(findAll(el, local).find(isViz)?.attrs.get('value'));
    if (Number.isFinite(v)) bag.set(name, v);
  }
  const shape = findAll(el, 'shape').find(isViz)?.attrs.get('value');
  if (shape) bag.set('viz_shape', shape);
}

function isViz(el: XmlElement): boolean {
  return el.uri.includes('viz') || el.name.startsWith('viz:');
}

function readColor(el: XmlElement, bag: Bag): void {
  const hex = el.attrs.get('hex');
  if (hex && /^#?[0-9a-f]{6}$/i.test(hex)) {
    bag.set('viz_color', `#${hex.replace('#', '').toLowerCase()}`);
  } else {
    const rgb = ['r', 'g', 'b'].map((c) => clampByte(Number(el.attrs.get(c))));
    if (rgb.every((n) => n !== null))
      bag.set('viz_color', `#${rgb.map((n) => (n ?? 0).toString(16).padStart(2, '0')).join('')}`);
  }
  const a = Number(el.attrs.get('a'));
  if (el.attrs.has('a') && Number.isFinite(a) && a !== 1) bag.set('viz_alpha', a);
}

function clampByte(n: number): number | null {
  return Number.isInteger(n) && n >= 0 && n <= 255 ? n : null;
}

/** The viz values an entity's attributes can give: what is not representable stays an attribute. */
export function vizOf(attributes: Record<string, AttributeValue> | undefined): {
  color?: [number, number, number];
  x?: number;
  y?: number;
  size?: number;
} {
  const out: { color?: [number, number, number]; x?: number; y?: number; size?: number } = {};
  const a = attributes ?? {};
  const c = Object.hasOwn(a, 'viz_color') ? a['viz_color'] : undefined;
  if (typeof c === 'string' && isVizColor(c)) {
    const h = c.slice(1);
    out.color = [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
  }
  const x = Object.hasOwn(a, 'x') ? a['x'] : undefined;
  const y = Object.hasOwn(a, 'y') ? a['y'] : undefined;
  if (typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y))
    Object.assign(out, { x, y });
  const s = Object.hasOwn(a, 'viz_size') ? a['viz_size'] : undefined;
  if (typeof s === 'number' && Number.isFinite(s) && s >= 0) out.size = s;
  return out;
}

/** Only lowercase `#rrggbb` survives a trip through viz:color unchanged. */
export function isVizColor(v: AttributeValue): boolean {
  return typeof v === 'string' && /^#[0-9a-f]{6}$/.test(v);
}
