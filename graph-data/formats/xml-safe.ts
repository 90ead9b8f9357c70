// Safe XML reading for the importers: refuses DTDs, entity declarations and foreign encodings before
// parsing, then streams the text through saxes with depth, element-count and time limits, keeping
// only the subtrees a format asks for (a <node>, an <edge>), so memory follows the graph, not the file.
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { ClaimscapeError } from '../model/errors.ts';
import type { ParseContext } from './format.ts';
import { createDeadline, type Deadline } from './deadline.ts';
import { guardText, lineColumn } from './text-guard.ts';

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
    throw new ClaimscapeError(
      'forbidden',
      `XML with a <!${(dtd[1] ?? '').toUpperCase()} declaration is refused (entity expansion and external entities)`,
      {
        file,
        ...lineColumn(body, dtd.index),
      },
    );
  }
  return body;
}

interface Frame {
  el: XmlElement;
  kept: boolean;
  root: boolean;
}

/** The walk's state: open elements, and the kept subtrees being built. */
class Walk {
  readonly stack: Frame[] = [];
  readonly path: XmlElement[] = [];
  private count = 0;
  private readonly cap: number;
  private readonly deadline: Deadline;
  private readonly ctx: ParseContext;
  private readonly visitor: XmlVisitor;

  constructor(ctx: ParseContext, visitor: XmlVisitor) {
    this.ctx = ctx;
    this.visitor = visitor;
    this.cap = Math.max(ctx.limits.maxElements * ELEMENTS_PER_ITEM, 10_000);
    this.deadline = createDeadline(ctx.fileName, ctx.limits);
  }

  open(tag: SaxesTagNS, at: { line: number; column: number }): void {
    const file = this.ctx.fileName;
    const { maxDepth } = this.ctx.limits;
    if (this.stack.length + 1 > maxDepth)
      throw new ClaimscapeError('too-deep', `elements nested deeper than ${maxDepth} levels`, { file, ...at });
    if (++this.count > this.cap)
      throw new ClaimscapeError('too-large', `more than ${this.cap} XML elements`, { file, ...at });
    if ((this.count & 1023) === 0) this.deadline.check(at);
    const el = toElement(tag, at);
    const parent = this.stack[this.stack.length - 1];
    if (parent?.kept) {
      parent.el.children.push(el);
      this.stack.push({ el, kept: true, root: false });
    } else {
      const keep = this.visitor.open(el, this.path);
      this.stack.push({ el, kept: keep, root: keep });
    }
    this.path.push(el);
  }

  text(text: string): void {
    const top = this.stack[this.stack.length - 1];
    if (top?.kept) top.el.text += text;
  }

  close(): void {
    const frame = this.stack.pop();
    this.path.pop();
    if (frame?.root) this.visitor.close(frame.el, this.path);
  }

  run(parser: Writable, body: string): void {
    feed(parser, body, this.deadline);
  }
}

/** Streams guarded XML text through saxes; errors carry file, line and column. */
export function walkXml(body: string, ctx: ParseContext, visitor: XmlVisitor): void {
  const walk = new Walk(ctx, visitor);
  const parser = new SaxesParser({ xmlns: true, position: true, resolvePrefix: (p: string) => `urn:x-unbound:${p}` });
  let start = { line: 1, column: 1 };
  parser.on('error', (err) => {
    const message = `not well-formed XML: ${err.message.replace(/^.*?\d+:\d+:\s*/, '')}`;
    throw new ClaimscapeError('parse-error', message, { file: ctx.fileName, line: parser.line, column: parser.column });
  });
  parser.on('opentagstart', (tag) => {
    start = { line: parser.line, column: Math.max(1, parser.column - tag.name.length - 1) };
  });
  parser.on('opentag', (tag) => walk.open(tag as SaxesTagNS, start));
  parser.on('text', (t) => walk.text(t));
  parser.on('cdata', (t) => walk.text(t));
  parser.on('closetag', () => walk.close());
  walk.run(parser, body);
}

interface Writable {
  write(chunk: string): unknown;
  close(): unknown;
  line: number;
  column: number;
}

function feed(parser: Writable, body: string, deadline: Deadline): void {
  for (let i = 0; i < body.length;) {
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
  return {
    name: tag.name,
    local: tag.local,
    uri: tag.uri,
    attrs,
    children: [],
    text: '',
    line: at.line,
    column: at.column,
  };
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
