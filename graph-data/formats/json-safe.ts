// Parses untrusted JSON text with limits: size, emptiness, binary garbage, depth, element count,
// and keys that could poison prototypes. Errors name the file, line/column or JSON path.
import { ClaimscapeError } from '../model/errors.ts';
import type { ImportLimits } from './format.ts';
import { findJsonErrorOffset } from './json-locate.ts';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Rejects empty, oversized and binary text before any parser sees it. */
export function checkText(text: string, file: string, limits: ImportLimits): void {
  if (text.length * 3 > limits.maxBytes && utf8Length(text) > limits.maxBytes) {
    throw new ClaimscapeError('too-large', `the file is larger than the limit of ${limits.maxBytes} bytes`, { file });
  }
  if (text.trim() === '') throw new ClaimscapeError('invalid-format', 'the file is empty', { file });
  const nul = text.indexOf('\u0000');
  if (nul >= 0) {
    const { line, column } = lineColumn(text, nul);
    throw new ClaimscapeError('invalid-format', 'the file holds binary data (a NUL byte), not text', {
      file,
      line,
      column,
    });
  }
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) {
    const { line, column } = lineColumn(text, bad);
    throw new ClaimscapeError('invalid-format', 'the file is not valid UTF-8 text', { file, line, column });
  }
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      last = i;
    }
  }
  return { line, column: offset - last };
}

export function parseJsonText(text: string, file: string, limits: ImportLimits): unknown {
  checkText(text, file, limits);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (e) {
    throw jsonSyntaxError(body, file, e);
  }
  checkTree(value, file, limits);
  return value;
}

function jsonSyntaxError(text: string, file: string, e: unknown): ClaimscapeError {
  const msg = e instanceof Error ? e.message : String(e);
  const pos = /position (\d+)/.exec(msg);
  const offset = pos ? Number(pos[1]) : findJsonErrorOffset(text);
  const where = lineColumn(text, offset < 0 ? text.length : offset);
  const truncated = offset >= text.length || /end of (JSON )?input|Unterminated/i.test(msg);
  const what = truncated ? 'the JSON ends too early (truncated file?)' : `not valid JSON: ${msg.replace(/, ".*$/s, '').replace(/ in JSON at position.*$/s, '')}`;
  return new ClaimscapeError('parse-error', what, { file, ...where });
}

/** Walks the parsed tree once, iteratively, so hostile nesting cannot blow the stack. */
function checkTree(root: unknown, file: string, limits: ImportLimits): void {
  const stack: { v: unknown; path: string; depth: number }[] = [{ v: root, path: '$', depth: 0 }];
  let count = 0;
  while (stack.length) {
    const { v, path, depth } = stack.pop() as { v: unknown; path: string; depth: number };
    if (v === null || typeof v !== 'object') continue;
    if (depth > limits.maxDepth) {
      throw new ClaimscapeError('too-deep', `nesting deeper than ${limits.maxDepth} levels`, { file, path });
    }
    if (++count > limits.maxElements) {
      throw new ClaimscapeError('too-large', `more than ${limits.maxElements} elements`, { file, path });
    }
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ v: v[i], path: `${path}[${i}]`, depth: depth + 1 });
      continue;
    }
    for (const key of Object.keys(v)) {
      if (FORBIDDEN_KEYS.has(key)) {
        throw new ClaimscapeError('forbidden', `the key "${key}" is not allowed`, { file, path: `${path}.${key}` });
      }
      stack.push({ v: (v as Record<string, unknown>)[key], path: `${path}.${key}`, depth: depth + 1 });
    }
  }
}
