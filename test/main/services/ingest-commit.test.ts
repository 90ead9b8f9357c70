// Committing ingestion proposals: everything accepted is written as one history entry
// "Ingest: <title>", undo takes all of it back, and a commit that fails changes nothing.
import { createHash } from 'node:crypto';
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

  it('keeps the article text, its hash, each excerpt with its offsets and confidence', () => {
    const args = accepted();
    const r = commitIngest(db, args);
    const src = db.prepare('SELECT text, sha256, format, retrieved FROM sources WHERE id = ?').get(r.source) as Record<
      string,
      unknown
    >;
    expect(src['text']).toBe(text);
    expect(src['sha256']).toBe(createHash('sha256').update(text).digest('hex'));
    expect(src['format']).toBe('text');
    expect(String(src['retrieved'])).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const rows = db
      .prepare('SELECT excerpt, loc_start, loc_end, confidence FROM claims WHERE id = ?')
      .all(...r.claims.slice(0, 1)) as { excerpt: string; loc_start: number; loc_end: number; confidence: number }[];
    for (const c of rows) {
      expect(text.slice(c.loc_start, c.loc_end)).toBe(c.excerpt);
      expect(c.confidence).toBeGreaterThan(0);
    }
    const all = db
      .prepare(
        'SELECT count(*) FROM claims WHERE sid = (SELECT sid FROM sources WHERE id = ?) AND loc_start IS NOT NULL AND confidence IS NOT NULL',
      )
      .pluck();
    expect(all.get(r.source)).toBe(r.claims.length);
    createHistoryService(db).undo();
  });

  it('keeps a publisher typed by hand, as a new media outlet that also speaks for the article', () => {
    const before = snapshot(db);
    const args = accepted();
    const ownVoice = args.claims.filter((c) => 'key' in c.claimant && c.claimant.label === 'Kabar Contoh');
    expect(ownVoice.length).toBeGreaterThan(0);
    const typed = { label: 'Warta Tangan' };
    const r = commitIngest(db, {
      ...args,
      entities: args.entities.filter((e) => e.label !== 'Kabar Contoh'),
      source: { ...args.source, publisher: typed },
      claims: args.claims.map((c) => (c.claimant.label === 'Kabar Contoh' ? { ...c, claimant: typed } : c)),
    });
    const pub = db
      .prepare('SELECT e.label, e.kind FROM sources s JOIN entities e ON e.eid = s.publisher WHERE s.id = ?')
      .get(r.source);
    expect(pub).toEqual({ label: 'Warta Tangan', kind: 'media-outlet' });
    const spoken = db
      .prepare(
        'SELECT count(*) FROM claims c JOIN entities e ON e.eid = c.claimant WHERE e.label = ? AND c.sid = (SELECT sid FROM sources WHERE id = ?)',
      )
      .pluck();
    expect(spoken.get('Warta Tangan', r.source)).toBe(ownVoice.length);
    createHistoryService(db).undo();
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
