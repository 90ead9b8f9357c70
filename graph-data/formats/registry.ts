// Every file format as data: the CLI, the import dialog and the export menu all read this list.
import type { GraphFormat } from './format.ts';
import { claimscapeJsonFormat } from './claimscape-json.ts';

export const FORMATS: readonly GraphFormat[] = [claimscapeJsonFormat];

export function findFormat(id: string): GraphFormat | undefined {
  return FORMATS.find((f) => f.id === id);
}

/** Picks a format from the file name's extension, then from the head of its text. */
export function detectFormat(fileName: string, head: string): GraphFormat | undefined {
  const lower = fileName.toLowerCase();
  const byExt = FORMATS.filter((f) => f.extensions.some((e) => lower.endsWith(`.${e}`)));
  if (byExt.length === 1) return byExt[0];
  const pool = byExt.length ? byExt : FORMATS;
  return pool.find((f) => f.sniff(head));
}
