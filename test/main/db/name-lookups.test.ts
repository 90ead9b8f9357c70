// Names to entities, equal but for ASCII case (SQLite's NOCASE), answered through the folded-name
// indexes (lookup-repo.ts, ingest-lookup-repo.ts): the same matches as a NOCASE comparison, never a
// scan of every label or alias, and no NOCASE alias index kept beside the folded one (migration 14).
import { describe, expect, it } from 'vitest';
import { createLookupRepo, nocaseMatch } from '../../../main/db/lookup-repo.ts';
import { createIngestLookupRepo } from '../../../main/db/ingest-lookup-repo.ts';
import { createEditService } from '../../../main/services/edit-service.ts';
import { createHistoryService } from '../../../main/services/history-service.ts';
import { seededDb, tmpDir } from '../../helpers/tmp.ts';

describe('name lookups', () => {
  const { db } = seededDb(tmpDir(), 'names.db');
  const edits = createEditService(db, createHistoryService(db));
  const rocket = edits.createEntity({
    kind: 'weapon-system',
    label: 'Roket Hwasong Uji',
    aliases: [{ text: 'Hwasŏng uji', lang: 'ko' }],
  }).id;
  const lookup = createLookupRepo(db);
  const ingest = createIngestLookupRepo(db);

  it('finds a label or alias equal but for ASCII case, and nothing merely equal once folded', () => {
    expect(lookup.entityIdByName('ROKET HWASONG UJI')).toBe(rocket);
    expect(lookup.entityIdByLabel('roket hwasong uji')).toBe(rocket);
    expect(lookup.entityIdByName('HWASŏNG UJI')).toBe(rocket);
    // Folded, "Hwasong uji" equals the alias; NOCASE tells the accent apart, as it always did.
    expect(lookup.entityIdByName('Hwasong uji')).toBeUndefined();
    expect(lookup.entityIdByLabel('Roket-Hwasong-Uji')).toBeUndefined();
    const hits = ingest.exact(['hwasŏng UJI', 'Hwasong uji']);
    expect(hits.get('hwasŏng UJI')?.map((h) => h.entity)).toEqual([rocket]);
    expect(hits.has('Hwasong uji')).toBe(false);
  });

  it('searches the folded-name indexes instead of reading every label or alias', () => {
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ a: 'x' }) as { detail: string }[]).map((r) => r.detail);
    const label = plan(`SELECT eid FROM entities WHERE ${nocaseMatch('label', '@a')}`);
    const alias = plan(`SELECT eid FROM aliases a WHERE ${nocaseMatch('a.text', '@a')}`);
    expect(label.join()).toContain('USING INDEX entities_folded');
    expect(alias.join()).toContain('aliases_folded');
    expect([...label, ...alias].filter((d) => d.startsWith('SCAN'))).toEqual([]);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'aliases_text'").pluck().get()).toBe(0);
  });
});
