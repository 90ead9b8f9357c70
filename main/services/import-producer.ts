// The reading thread of a large import into an empty store (a `produce` job of the import worker):
// parses the input on a read-only connection of its own, before the writer opens its transaction,
// and hands the records on with what locates their errors (main/services/pipe-producer.ts).
import type { BulkRecord } from '../db/bulk-import.ts';
import { documentRecords } from '../db/bulk-import.ts';
import { openDatabase } from '../db/open.ts';
import type { BulkInput } from './import-runner.ts';
import type { PreparedRecords } from './pipe-producer.ts';
import { documentSize, indexedRecords, inputName, located, ndjsonRecords, parseInput } from './import-records.ts';

export function prepareRecords(dbFile: string, input: BulkInput): PreparedRecords {
  if (input.kind === 'ndjson') {
    const { records, at } = ndjsonRecords(input.path);
    return { records, progress: at };
  }
  const db = openDatabase(dbFile, { readonly: true, mustExist: true });
  let doc;
  try {
    doc = parseInput(db, input);
  } finally {
    db.close();
  }
  if (!doc) throw new Error(`nothing to read in a ${input.kind} input`);
  const seen: Record<string, number> = {};
  let done = 0;
  const total = documentSize(doc);
  const file = inputName(input);
  return {
    records: (function* (): Generator<BulkRecord> {
      for (const r of indexedRecords(documentRecords(doc), seen)) {
        done++;
        yield r;
      }
    })(),
    progress: () => ({ done, total }),
    locate: (e, rec) => located(e, rec.type, seen[rec.type] ?? 0, file),
  };
}
