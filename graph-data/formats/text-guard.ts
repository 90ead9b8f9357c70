// Checks untrusted text before any parser sees it: size, emptiness, wrong encodings (UTF-16, a
// broken UTF-8 decode) and binary garbage. Shared by the XML and CSV importers.
import { ClaimscapeError } from '../model/errors.ts';
import type { ImportLimits } from './format.ts';

/** How much of the head is inspected for control characters. */
const SAMPLE = 65_536;

/** Returns the text without a UTF-8 byte-order mark, or throws naming the problem and where. */
export function guardText(text: string, file: string, limits: ImportLimits): string {
  if (text.length > limits.maxBytes || (text.length * 3 > limits.maxBytes && utf8Length(text) > limits.maxBytes)) {
    throw new ClaimscapeError('too-large', `the file is larger than the limit of ${limits.maxBytes} bytes`, { file });
  }
  refuseUtf16(text, file);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') throw new ClaimscapeError('invalid-format', 'the file is empty', { file });
  const nul = body.indexOf('\u0000');
  if (nul >= 0) {
    throw new ClaimscapeError('invalid-format', 'the file holds binary data (a NUL byte), not text', {
      file,
      ...lineColumn(body, nul),
    });
  }
  const bad = body.indexOf('\uFFFD');
  if (bad >= 0) {
    throw new ClaimscapeError(
      'invalid-format',
      'the file is not valid UTF-8 (it was decoded with replacement characters)',
      {
        file,
        ...lineColumn(body, bad),
      },
    );
  }
  const lone = body.search(LONE_SURROGATE);
  if (lone >= 0) {
    throw new ClaimscapeError('invalid-format', 'the text holds a lone UTF-16 surrogate, which UTF-8 cannot store', {
      file,
      ...lineColumn(body, lone),
    });
  }
  refuseBinary(body, file);
  return body;
}

/** Half of a surrogate pair on its own: no UTF-8 file holds one, and SQLite would store U+FFFD instead. */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function refuseUtf16(text: string, file: string): void {
  const head = text.slice(0, 2);
  const bom = head === '\uFFFE' || head.startsWith('\uFFFE') || head === '\u00FF\u00FE' || head === '\u00FE\u00FF';
  if (bom || head === '\uFFFD\uFFFD') {
    throw new ClaimscapeError('invalid-format', 'the file is UTF-16 (byte-order mark); save it as UTF-8', {
      file,
      line: 1,
      column: 1,
    });
  }
  // UTF-16 read as UTF-8 puts a NUL beside every ASCII character.
  const sample = text.slice(0, 256);
  let nuls = 0;
  for (let i = 0; i < sample.length; i++) if (sample.charCodeAt(i) === 0) nuls++;
  if (sample.length >= 8 && nuls * 3 >= sample.length) {
    throw new ClaimscapeError('invalid-format', 'the file looks like UTF-16 text; save it as UTF-8', {
      file,
      line: 1,
      column: 1,
    });
  }
}

/** Text files have few control characters; a head full of them is binary garbage. */
function refuseBinary(text: string, file: string): void {
  const n = Math.min(text.length, SAMPLE);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || (c >= 0x7f && c <= 0x9f)) controls++;
  }
  if (controls > 8 && controls * 10 > n) {
    throw new ClaimscapeError('invalid-format', 'the file looks like binary data, not text', { file });
  }
}

/** Bytes the text takes in UTF-8. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** 1-based line and column of an offset; CRLF, LF and a lone CR each end a line. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}
