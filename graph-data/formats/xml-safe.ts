// Safe XML reading for the importers: refuses DTDs, entity declarations and foreign encodings before
// parsing, then streams the text through saxes with depth, element-count and time limits, keeping
// only the subtrees a format asks for (a <node>, an <edge>), so memory follows the graph, not the file.
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { ClaimscapeError } from '../model/errors.ts';
import type { ParseContext } from './format.ts';
import { createDeadline, type Deadline } from './deadline.ts';
import { lineColumn } from './json-safe.ts';
import { guardText } from './text-guard.ts';

export interface XmlElement {
  /** Qualified name as written, e.g. `y:NodeLabel`. */
  name: string;
  local: string;
  /** Namespace URI ('' when none). */
  uri: string;
  /** Attributes by qualified name; a Map, so names like `__proto__` are harmless. */
  attrs: Map<string, string>;
  children: XmlElement[];
  /** Character data directly inside this element (text and CDATA), untrimmed. */
  text: string;
  line: number;
  column: number;
}

export interface XmlVisitor {
  /** Every element not inside a kept subtree; return true to keep this one's subtree. */
  open(el: XmlElement, ancestors: readonly XmlElement[]): boolean;
  /** A kept subtree, complete. */
  close(el: XmlElement, ancestors: readonly XmlElement[]): void;
}

const ACCEPTED_ENCODINGS = new Set(['utf-8', 'utf8', 'us-ascii', 'ascii']);
/** Text is fed to saxes in slices so the clock is read even inside one huge element. */
const CHUNK = 1 << 16;
/** XML elements allowed per graph element: data, labels and yEd graphics add up, but not without end. */
const ELEMENTS_PER_ITEM = 64;

/** Refuses what must never reach a parser: DTDs and entity declarations (billion laughs, XXE), other encodings. */
export function guardXml(text: string, ctx: ParseContext): string {
  const file = ctx.fileName;
  const body = guardText(text, file, ctx.limits);
  const decl = /^\s*<\?xml\s[^>]*?\bencoding\s*=\s*(["'])([^"']*)\1/.exec(body);
  if (decl && !ACCEPTED_ENCODINGS.has((decl[2] ?? '').trim().toLowerCase())) {
    const at = lineColumn(body, decl.index + decl[0].length - (decl[2] ?? '').length - 1);
    throw new ClaimscapeError('invalid-format', `the file declares the encoding "${decl[2]}"; only UTF-8 is accepted`, {
      file,
      ...at,
      value: decl[2] ?? '',
    });
  }
  const dtd = /<!\s*(DOCTYPE|ENTITY)/i.exec(body);
  if (dtd) {
    throw new ClaimscapeError('forbidden', `XML with a <!${(dtd[1] ?? '').toUpperCase()} declaration is refused (entity expansion and external entities)`, {
      file,
      ...lineColumn(body, dtd.index),
    });
  }
  return body;
}

interface Frame {
  el: XmlElement;
  kept: boolean;
  root: boolean;
}

/** Streams guarded XML text through saxes; errors carry file, line and column. */
export function walkXml(body: string, ctx: ParseContext, visitor: XmlVisitor): void {
  const file = ctx.fileName;
  const { maxDepth, maxElements } = ctx.limits;
  const cap = Math.max(maxElements * ELEMENTS_PER_ITEM, 10_000);
  const deadline = createDeadline(file, ctx.limits);
  const parser = new SaxesParser({ xmlns: true, position: true, resolvePrefix: (p: string) => `urn:x-unbound:${p}` });
  const stack: Frame[] = [];
  const path: XmlElement[] = [];
  let count = 0;
  let start = { line: 1, column: 1 };
  const where = () => ({ file, line: parser.line, column: parser.column });
  parser.on('error', (err) => {
    throw new ClaimscapeError('parse-error', `not well-formed XML: ${err.message.replace(/^.*?\d+:\d+:\s*/, '')}`, where());
  });
  parser.on('opentagstart', (tag) => {
    start = { line: parser.line, column: Math.max(1, parser.column - tag.name.length - 1) };
  });
  parser.on('opentag', (tag) => {
    if (stack.length + 1 > maxDepth) throw new ClaimscapeError('too-deep', `elements nested deeper than ${maxDepth} levels`, { file, ...start });
    if (++count > cap) throw new ClaimscapeError('too-large', `more than ${cap} XML elements`, { file, ...start });
    if ((count & 1023) === 0) deadline.check(start);
    const el = toElement(tag as SaxesTagNS, start);
    const parent = stack[stack.length - 1];
    if (parent?.kept) {
      parent.el.children.push(el);
      stack.push({ el, kept: true, root: false });
    } else {
      const keep = visitor.open(el, path);
      stack.push({ el, kept: keep, root: keep });
    }
    path.push(el);
  });
  const onText = (text: string) => {
    const top = stack[stack.length - 1];
    if (top?.kept) top.el.text += text;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    const frame = stack.pop();
    path.pop();
    if (frame?.root) visitor.close(frame.el, path);
  });
  feed(parser, body, deadline);
}

interface Writable {
  write(chunk: string): unknown;
  close(): unknown;
  line: number;
  column: number;
}

function feed(parser: Writable, body: string, deadline: Deadline): void {
  for (let i = 0; i < body.length; ) {
    let end = Math.min(body.length, i + CHUNK);
    const last = body.charCodeAt(end - 1);
    if (end < body.length && last >= 0xd800 && last <= 0xdbff) end--;
    parser.write(body.slice(i, end));
    deadline.check({ line: parser.line, column: parser.column });
    i = end;
  }
  parser.close();
}

function toElement(tag: SaxesTagNS, at: { line: number; column: number }): XmlElement {
  const attrs = new Map<string, string>();
  for (const a of Object.values(tag.attributes)) attrs.set(a.name, a.value);
  return { name: tag.name, local: tag.local, uri: tag.uri, attrs, children: [], text: '', line: at.line, column: at.column };
}

/** An element's own character data followed by its descendants' (data values hold only text). */
export function textContent(el: XmlElement): string {
  if (el.children.length === 0) return el.text;
  let out = el.text;
  for (const c of el.children) out += textContent(c);
  return out;
}

/** Children (or, with deep, descendants) whose local name matches. */
export function findAll(el: XmlElement, local: string, deep = false): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) {
    if (c.local === local) out.push(c);
    if (deep) out.push(...findAll(c, local, true));
  }
  return out;
}
