// The list of recently opened databases behind File ▸ Open recent: at most ten absolute paths,
// newest first, kept in a JSON file whose contents are validated on every read.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { isAbsolute } from 'node:path';

export const MAX_RECENT = 10;
const MAX_PATH = 4096;

export interface RecentStore {
  list(): string[];
  add(file: string): string[];
  remove(file: string): string[];
  clear(): string[];
}

const isPath = (v: unknown): v is string =>
  typeof v === 'string' && v.length > 0 && v.length <= MAX_PATH && !v.includes('\0') && isAbsolute(v);

/** Keeps valid absolute paths only, without duplicates, capped at MAX_RECENT. */
export function parseRecent(raw: unknown): string[] {
  const files = typeof raw === 'object' && raw !== null ? (raw as { files?: unknown }).files : undefined;
  if (!Array.isArray(files)) return [];
  return [...new Set(files.filter(isPath))].slice(0, MAX_RECENT);
}

export function createRecentStore(file: string): RecentStore {
  let files: string[] | null = null;
  const read = (): string[] => {
    if (files === null) {
      try {
        files = parseRecent(JSON.parse(readFileSync(file, 'utf8')));
      } catch {
        files = [];
      }
    }
    return files;
  };
  const write = (next: string[]): string[] => {
    files = next;
    try {
      writeFileSync(`${file}.tmp`, JSON.stringify({ version: 1, files: next }));
      renameSync(`${file}.tmp`, file);
    } catch {
      // The list is a convenience: failing to persist it must not break opening a database.
    }
    return [...next];
  };
  return {
    list: () => [...read()],
    add: (f) => (isPath(f) ? write([f, ...read().filter((x) => x !== f)].slice(0, MAX_RECENT)) : [...read()]),
    remove: (f) => write(read().filter((x) => x !== f)),
    clear: () => write([]),
  };
}
