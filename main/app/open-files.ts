// Files the OS hands the app (a double-clicked .claimscape.json): on Windows and Linux they arrive
// as command-line arguments, of this launch or of a second one; on macOS as 'open-file' events.
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The extension electron-builder.yml associates with the app. */
export const ASSOCIATED_EXTENSION = '.claimscape.json';

export function isAssociatedFile(path: string): boolean {
  return path.toLowerCase().endsWith(ASSOCIATED_EXTENSION);
}

/**
 * The .claimscape.json paths among command-line arguments, made absolute against `cwd`. Linux
 * desktop entries (Exec=… %U) may pass file:// URLs instead of paths.
 */
export function associatedFiles(argv: readonly string[], cwd: string): string[] {
  return argv
    .filter((a) => !a.startsWith('-') && isAssociatedFile(a))
    .map((a) => (a.startsWith('file://') ? fileURLToPath(a) : isAbsolute(a) ? a : resolve(cwd, a)));
}

export interface FileOpener {
  /** Files to open: imported now when the app is ready, or queued until it is. */
  open(files: readonly string[]): void;
  /** The app is ready: import what was queued, in order. */
  ready(): void;
}

/** Imports one file at a time, in the order the OS sent them. */
export function createFileOpener(importFile: (file: string) => Promise<void>): FileOpener {
  const queue: string[] = [];
  let isReady = false;
  let running: Promise<void> = Promise.resolve();
  const drain = (): void => {
    for (const file of queue.splice(0))
      running = running
        .then(() => importFile(file))
        .catch((e: unknown) => console.error(`claimscape: could not open ${file}:`, e));
  };
  return {
    open(files) {
      queue.push(...files);
      if (isReady) drain();
    },
    ready() {
      isReady = true;
      drain();
    },
  };
}
