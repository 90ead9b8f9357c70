// Statement shapes for bulk writes. Binding and stepping cost per statement and per parameter, so
// rows go out as multi-row INSERTs of the same column set, and NULL columns are left out of the
// statement (omitted columns take their default, NULL, also on the upsert's update path).
import type Database from 'better-sqlite3';
import type { Db } from './open.ts';

/** Rows per multi-row INSERT: past ~32 the gain flattens and statements get long. */
const ROWS_PER_STATEMENT = 32;

export interface Batcher {
  /** Buffers a row; `key` (e.g. the record id) forces a flush when the same key is already pending. */
  add(values: unknown[], key?: string): void;
  flush(): void;
}

function maskOf(values: readonly unknown[]): number {
  let mask = 0;
  for (let i = 0; i < values.length; i++) if (values[i] !== null) mask |= 1 << i;
  return mask;
}

function statementSql(verb: string, cols: readonly string[], mask: number, rows: number, tail: string): string {
  const used = cols.filter((_, i) => mask & (1 << i));
  const tuple = `(?${', ?'.repeat(used.length - 1)})`;
  return `${verb} (${used.join(', ')}) VALUES ${Array(rows).fill(tuple).join(', ')} ${tail}`;
}

/**
 * Buffers rows per column set and writes them ROWS_PER_STATEMENT at a time. When a multi-row
 * statement fails, `recover` (if given) gets its rows and the error: it writes what the statement
 * did not (then the batches go on) or throws (typically naming the exact row).
 */
export function createBatcher(
  db: Db,
  verb: string,
  cols: readonly string[],
  tail: string,
  onChanges?: (changes: number) => void,
  recover?: (rows: unknown[][], error: unknown) => void,
): Batcher {
  const pending = new Map<number, unknown[][]>();
  const statements = new Map<number, Database.Statement>();
  /** Keys of the rows still buffered, all column sets together and per column set. */
  const pendingKeys = new Set<string>();
  const keysOf = new Map<number, string[]>();

  function write(mask: number, rows: unknown[][]): void {
    const full = rows.length === ROWS_PER_STATEMENT;
    let st = full ? statements.get(mask) : undefined;
    if (!st) {
      st = db.prepare(statementSql(verb, cols, mask, rows.length, tail));
      if (full) statements.set(mask, st);
    }
    const flat: unknown[] = [];
    for (const r of rows) for (const v of r) if (v !== null) flat.push(v);
    let changes: number;
    try {
      changes = st.run(flat).changes;
    } catch (e) {
      if (!recover) throw e;
      return recover(rows, e);
    }
    onChanges?.(changes);
  }

  function flush(): void {
    for (const [mask, rows] of pending) if (rows.length) write(mask, rows);
    pending.clear();
    pendingKeys.clear();
    keysOf.clear();
  }

  return {
    add(values, key) {
      const mask = maskOf(values);
      let rows = pending.get(mask);
      if (key !== undefined) {
        if (pendingKeys.has(key)) {
          flush();
          rows = undefined;
        }
        pendingKeys.add(key);
        let mine = keysOf.get(mask);
        if (!mine) keysOf.set(mask, (mine = []));
        mine.push(key);
      }
      if (!rows) pending.set(mask, (rows = []));
      rows.push(values);
      if (rows.length === ROWS_PER_STATEMENT) {
        pending.set(mask, []);
        const mine = keysOf.get(mask);
        if (mine) {
          for (const k of mine) pendingKeys.delete(k);
          mine.length = 0;
        }
        write(mask, rows);
      }
    },
    flush,
  };
}

/** A single-row INSERT ... `tail` (an upsert clause), prepared once per set of non-null columns. */
export function createUpsert(db: Db, table: string, cols: readonly string[], tail: string) {
  const cache = new Map<number, Database.Statement>();
  return (values: unknown[]): Database.RunResult => {
    const mask = maskOf(values);
    let st = cache.get(mask);
    if (!st) cache.set(mask, (st = db.prepare(statementSql(`INSERT INTO ${table}`, cols, mask, 1, tail))));
    return st.run(values.filter((v) => v !== null));
  };
}
