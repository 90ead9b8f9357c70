// Reads an import file from disk as checked UTF-8 text, refusing oversized or mis-encoded files
// before any parser sees them, and fingerprints it (sha256).
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { ClaimscapeError } from '../../graph-data/model/errors.ts';

export interface InputFile {
  name: string;
  path: string;
  text: string;
  sha256: string;
  bytes: number;
}

export function readInputFile(path: string, maxBytes: number): InputFile {
  const name = basename(path);
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new ClaimscapeError('not-found', 'the file does not exist or cannot be read', { file: path });
  }
  if (size > maxBytes) {
    throw new ClaimscapeError(
      'too-large',
      `the file is ${size} bytes, more than the import limit of ${maxBytes} bytes`,
      { file: name },
    );
  }
  const buf = readFileSync(path);
  return {
    name,
    path,
    text: decodeUtf8(buf, name),
    sha256: createHash('sha256').update(buf).digest('hex'),
    bytes: size,
  };
}

export function decodeUtf8(buf: Uint8Array, file: string): string {
  if (buf.length === 0) throw new ClaimscapeError('invalid-format', 'the file is empty', { file });
  if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff)) {
    throw new ClaimscapeError('invalid-format', 'the file is UTF-16; save it as UTF-8 and import again', { file });
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    const at = firstInvalidUtf8(buf);
    const line = countLines(buf, at);
    throw new ClaimscapeError('invalid-format', `the file is not valid UTF-8 (bad byte at offset ${at})`, {
      file,
      line,
    });
  }
}

function firstInvalidUtf8(buf: Uint8Array): number {
  let lo = 0;
  let hi = buf.length;
  while (hi - lo > 4) {
    const mid = (lo + hi) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  return lo;
}

function countLines(buf: Uint8Array, end: number): number {
  let n = 1;
  for (let i = 0; i < end; i++) if (buf[i] === 10) n++;
  return n;
}

export function sha256Text(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
