// Committing ingestion proposals: everything accepted is written as one history entry
// "Ingest: <title>", undo takes all of it back, and a commit that fails changes nothing.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkArgs } from '../../../graph-data/contract/check-args.ts';
import { acceptAbove } from '../../../graph-data/ingest/accept.ts';
import { createHistoryService } from '../../../main/services/history-service.ts';
import { commitIngest } from '../../../main/services/ingest-commit.ts';
import { createIngestService } from '../../../main/services/ingest-service.ts';
import { seededDb, snapshot, tmpDir } from '../../helpers/tmp.ts';

const { db } = seededDb(tmpDir());
const text = readFileSync('test/fixtures/ingest/dev/id-penempatan.txt', 'utf8');

function accepted(min = 0.5) {
  const view = createIngestService(db).propose({ text, publisher: 'Kabar Contoh', date: '2024-10-23' });
  const args = checkArgs('ingest:commit', acceptAbove(view, view.text, min));
  if (!args.ok) throw new Error(args.message);
  return args.data;
}

describe('ingest commit', () => {
  it('writes source, entities and claims as one undoable history entry', () => {
    const before = snapshot(db);
    const args = accepted();
    const r = commitIngest(db, args);
    expect(r.historyLabel).toBe('Ingest: Korsel: Ribuan Tentara Korut Berlatih di Timur Jauh Rusia');
    expect(r.entities.map((e) => e.label)).toEqual(
      expect.arrayContaining(['Cho Tae-yong', 'Dmitry Peskov', 'Kabar Contoh']),
    );
    expect(r.claims.length).toBe(args.claims.length);
    const history = createHistoryService(db);
    expect(history.list(1).entries[0]).toMatchObject({ label: r.historyLabel, kind: 'ingest' });
    const row = db.prepare('SELECT count(*) FROM claims WHERE sid = (SELECT sid FROM sources WHERE id = ?)').pluck();
    expect(row.get(r.source)).toBe(r.claims.length);
    history.undo();
    expect(snapshot(db)).toBe(before);
  });

  it('changes nothing when a claim refers to a proposal that was not accepted', () => {
    const before = snapshot(db);
    const args = accepted();
    const broken = { ...args, entities: args.entities.filter((e) => e.label !== 'Dmitry Peskov') };
    expect(() => commitIngest(db, broken)).toThrow(/not accepted/);
    expect(snapshot(db)).toBe(before);
  });

  it('accepts only proposals at or above the confidence asked for', () => {
    const all = accepted(0);
    const strict = accepted(0.7);
    expect(strict.claims.length).toBeLessThan(all.claims.length);
    expect(strict.claims.every((c) => (c.confidence ?? 0) >= 0.7)).toBe(true);
  });
});
