// Drafts of ingestion review queues: the article text and the review state (JSON), kept until the
// queue is committed or discarded, so closing the app loses nothing.
import type { Db } from './open.ts';

export interface DraftRow {
  id: string;
  title: string;
  text: string;
  state: string;
  created: string;
  updated: string;
}

export function createIngestDraftsRepo(db: Db) {
  const q = {
    upsert: db.prepare(
      `INSERT INTO ingest_drafts (id, title, text, state, created, updated) VALUES (@id, @title, @text, @state, @now, @now)
       ON CONFLICT(id) DO UPDATE SET title = excluded.title, text = excluded.text, state = excluded.state, updated = excluded.updated`,
    ),
    list: db.prepare(
      'SELECT id, title, length(text) AS characters, created, updated FROM ingest_drafts ORDER BY updated DESC LIMIT ?',
    ),
    get: db.prepare('SELECT id, title, text, state, created, updated FROM ingest_drafts WHERE id = ?'),
    remove: db.prepare('DELETE FROM ingest_drafts WHERE id = ?'),
  };
  return {
    save: (d: { id: string; title: string; text: string; state: string }, now: string) => q.upsert.run({ ...d, now }),
    list: (limit: number) =>
      q.list.all(limit) as { id: string; title: string; characters: number; created: string; updated: string }[],
    get: (id: string) => q.get.get(id) as DraftRow | undefined,
    remove: (id: string) => q.remove.run(id).changes > 0,
  };
}

export type IngestDraftsRepo = ReturnType<typeof createIngestDraftsRepo>;
