// Errors that cross every boundary as stable codes; wording may change, codes may not.
export const ERROR_CODES = [
  'bad-argument',
  'not-found',
  'parse-error',
  'invalid-format',
  'unsupported-version',
  'validation-error',
  'too-large',
  'too-deep',
  'timeout',
  'cancelled',
  'forbidden',
  'db-too-new',
  'conflict',
  'internal',
  /** Another connection holds the write lock longer than the busy timeout. */
  'busy',
  /** The database (or its folder) cannot be written: a read-only place. */
  'read-only',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorWhere {
  file?: string;
  line?: number;
  column?: number;
  /** JSON path such as `$.claims[3].stance`, or a CSV field name. */
  path?: string;
  value?: string;
}

export class ClaimscapeError extends Error {
  readonly code: ErrorCode;
  readonly where: ErrorWhere;
  /** The message without its location prefix. */
  readonly detail: string;
  constructor(code: ErrorCode, message: string, where: ErrorWhere = {}) {
    super(formatMessage(message, where));
    this.detail = message;
    this.name = 'ClaimscapeError';
    this.code = code;
    this.where = where;
  }
}

function formatMessage(message: string, w: ErrorWhere): string {
  const at: string[] = [];
  if (w.file) at.push(w.file);
  if (w.line !== undefined) at.push(`line ${w.line}${w.column !== undefined ? `, column ${w.column}` : ''}`);
  if (w.path) at.push(w.path);
  const where = at.length ? `${at.join(': ')}: ` : '';
  const value = w.value !== undefined ? ` (value: ${JSON.stringify(clip(w.value))})` : '';
  return `${where}${message}${value}`;
}

function clip(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

export function isClaimscapeError(e: unknown): e is ClaimscapeError {
  return e instanceof ClaimscapeError;
}

/** Ids are letters, digits, `_` and `-` only: never quotes, selector or path characters. */
export const ID_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}_-]{0,199}$/u;
export function isValidId(v: unknown): v is string {
  return typeof v === 'string' && ID_PATTERN.test(v) && v !== '__proto__' && v !== 'constructor' && v !== 'prototype';
}
