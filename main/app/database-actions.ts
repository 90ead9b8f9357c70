// File-menu actions on databases: New (an empty database, vocabulary only), Open, Open recent.
// Failures are shown in an error box and leave the current database open.
import { existsSync } from 'node:fs';
import type { DatabaseSession } from './database-session.ts';
import { chooseDatabaseToOpen, chooseNewDatabaseFile, showError, type DialogContext } from './dialogs.ts';
import type { RecentStore } from './recent.ts';

export interface DatabaseActionsDeps {
  session: DatabaseSession;
  recent: RecentStore;
  dialogs: DialogContext;
  /** The recent list changed: rebuild the menu. */
  onRecentChanged(): void;
}

export interface DatabaseActions {
  newDatabase(): Promise<void>;
  openDatabase(): Promise<void>;
  openRecent(file: string): void;
  clearRecent(): void;
}

const describe = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function createDatabaseActions(d: DatabaseActionsDeps): DatabaseActions {
  function switchTo(file: string, empty: boolean): boolean {
    try {
      // Opening never seeds: demo data must not be written into a file the user chose.
      d.session.open(file, { empty });
    } catch (e) {
      showError('Could not open the database', `${file}\n\n${describe(e)}`);
      return false;
    }
    d.recent.add(file);
    d.onRecentChanged();
    return true;
  }
  return {
    async newDatabase() {
      const file = await chooseNewDatabaseFile(d.dialogs);
      if (file !== null) switchTo(file, true);
    },
    async openDatabase() {
      const file = await chooseDatabaseToOpen(d.dialogs);
      if (file !== null) switchTo(file, true);
    },
    openRecent(file) {
      if (existsSync(file)) {
        switchTo(file, true);
        return;
      }
      // openOrCreate would silently create a new file where the old one was: refuse instead.
      showError('Database not found', `${file}\n\nIt was moved or deleted, and has been removed from the recent list.`);
      d.recent.remove(file);
      d.onRecentChanged();
    },
    clearRecent() {
      d.recent.clear();
      d.onRecentChanged();
    },
  };
}
