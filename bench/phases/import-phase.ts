// Import phase: times the generator alone, then streams the same seeded graph through the bulk
// writer into a fresh database created the way the app creates one (base vocabulary only).
import { rmSync, statSync } from 'node:fs';
import { openOrCreate } from '../../main/services/database-service.ts';
import { bulkImportRecords, type BulkRecord } from '../../main/db/bulk-import.ts';
import { generateGraph } from '../gen/generate.ts';
import { round } from '../stats.ts';

export interface ImportResult {
  rows: number;
  counts: { entities: number; aliases: number; sources: number; relations: number; claims: number };
  gen_s: number;
  import_s: number;
  import_rows_per_s: number;
  /** Rows per second of the writer alone (import time minus generation time). */
  writer_rows_per_s: number;
  phases_ms: Record<string, number>;
  db_bytes: number;
}

export function removeDb(file: string): void {
  for (const x of ['', '-wal', '-shm', '-journal']) rmSync(file + x, { force: true });
}

function rowsOf(r: BulkRecord): number {
  return r.type === 'entity' ? 1 + r.value.aliases.length : r.type === 'vocabulary' ? 0 : 1;
}

export function runImportPhase(dbFile: string, entities: number, seed: number, log: (s: string) => void): ImportResult {
  let t = performance.now();
  let genRows = 0;
  for (const r of generateGraph({ entities, seed })) genRows += rowsOf(r);
  const gen = (performance.now() - t) / 1000;
  log(`generated ${genRows} rows in ${gen.toFixed(1)} s (not written)`);
  removeDb(dbFile);
  const { db } = openOrCreate(dbFile, { empty: true });
  const phases: Record<string, number> = {};
  let phase = 'records';
  t = performance.now();
  let mark = t;
  const report = bulkImportRecords(db, generateGraph({ entities, seed }), (p) => {
    const now = performance.now();
    phases[phase] = Math.round((phases[phase] ?? 0) + now - mark);
    [phase, mark] = [p.phase, now];
  });
  const end = performance.now();
  phases[phase] = Math.round(end - mark);
  const secs = (end - t) / 1000;
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  const bytes = statSync(dbFile).size;
  log(
    `imported ${report.rows} rows in ${secs.toFixed(1)} s: ${Math.round(report.rows / secs)} rows/s; db ${(bytes / 2 ** 20).toFixed(0)} MiB`,
  );
  return {
    rows: report.rows,
    counts: {
      entities: report.entities,
      aliases: report.aliases,
      sources: report.sources,
      relations: report.relations,
      claims: report.claims,
    },
    gen_s: round(gen),
    import_s: round(secs),
    import_rows_per_s: Math.round(report.rows / secs),
    writer_rows_per_s: Math.round(report.rows / Math.max(0.001, secs - gen)),
    phases_ms: phases,
    db_bytes: bytes,
  };
}
