// What an ingestion commit keeps beyond the edit path's fields: the article's text, its SHA-256,
// how it was read and when, and each claim's excerpt offsets and confidence. Run inside the
// commit's batch, so the history triggers record these changes in the same undoable entry.
import type { Db } from './open.ts';

export function createIngestExtrasRepo(db: Db) {
  const source = db.prepare(
    'UPDATE sources SET text = ?, sha256 = ?, format = ?, retrieved = coalesce(retrieved, ?) WHERE id = ?',
  );
  const claim = db.prepare('UPDATE claims SET loc_start = ?, loc_end = ?, confidence = ? WHERE id = ?');
  return {
    sourceText(id: string, v: { text: string; sha256: string; format: string; retrieved: string }): void {
      source.run(v.text, v.sha256, v.format, v.retrieved, id);
    },
    claimExtras(id: string, v: { start: number | null; end: number | null; confidence: number | null }): void {
      claim.run(v.start, v.end, v.confidence, id);
    },
  };
}
