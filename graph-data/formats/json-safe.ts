// Parses untrusted JSON text with limits (size, encoding and binary garbage through text-guard;
// depth, element count) and refuses keys that could poison prototypes. Errors say where.
import { ClaimscapeError } from '../model/errors.ts';
import type { ImportLimits } from './format.ts';
import { findJsonErrorOffset } from './json-locate.ts';
import { LONE_SURROGATE, guardText, lineColumn } from './text-guard.ts';

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function parseJsonText(text: string, file: string, limits: ImportLimits): unknown {
  const body = guardText(text, file, limits);
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
  const what = truncated
    ? 'the JSON ends too early (truncated file?)'
    : `not valid JSON: ${msg.replace(/, ".*$/s, '').replace(/ in JSON at position.*$/s, '')}`;
  return new ClaimscapeError('parse-error', what, { file, ...where });
}

/** Walks the parsed tree once, iteratively, so hostile nesting cannot blow the stack. */
function checkTree(root: unknown, file: string, limits: ImportLimits): void {
  const stack: { v: unknown; path: string; depth: number }[] = [{ v: root, path: '$', depth: 0 }];
  let count = 0;
  while (stack.length) {
    const { v, path, depth } = stack.pop() as { v: unknown; path: string; depth: number };
    if (typeof v === 'string' && LONE_SURROGATE.test(v)) throw loneSurrogate(file, path);
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
      if (LONE_SURROGATE.test(key)) throw loneSurrogate(file, path);
      if (FORBIDDEN_KEYS.has(key)) {
        throw new ClaimscapeError('forbidden', `the key "${key}" is not allowed`, { file, path: `${path}.${key}` });
      }
      stack.push({ v: (v as Record<string, unknown>)[key], path: `${path}.${key}`, depth: depth + 1 });
    }
  }
}

/** A `\\ud800` escape decodes to half a character that no database or UTF-8 file can hold. */
function loneSurrogate(file: string, path: string): ClaimscapeError {
  return new ClaimscapeError('invalid-format', 'a string holds a lone UTF-16 surrogate (a \\uD800-\\uDFFF escape)', {
    file,
    path,
  });
}
