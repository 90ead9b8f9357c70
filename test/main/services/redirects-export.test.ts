// Redirects in Claimscape JSON: an export after a merge lists the merged-away id, streamed exactly as
// serialised; importing it elsewhere keeps the redirect; a file naming the merged-away id reaches the
// kept entity; the file's own redirects are followed; a redirect to nowhere changes nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../../graph-data/model/types.ts';
import { bulkImportDocument } from '../../../main/db/bulk-import.ts';
import { createLookupRepo } from '../../../main/db/lookup-repo.ts';
import { createEditService } from '../../../main/services/edit-service.ts';
import { exportToFile } from '../../../main/services/export-file.ts';
import { createExportService } from '../../../main/services/export-service.ts';
import { createImportService } from '../../../main/services/import-service.ts';
import { seededDb, snapshot, tmpDir } from '../../helpers/tmp.ts';

const dir = tmpDir();
const claim = {
  predicate: 'deploys-forces-to',
  object: 'russia',
  claimant: 'ukraine',
  stance: 'asserts' as const,
  source: 'zelensky-2024-10-16-statement',
};

function mergedDb(name: string) {
  const { db, file } = seededDb(dir, name);
  const edits = createEditService(db);
  const dup = edits.createEntity({ kind: 'country', label: 'DPRK (dup)' }).id;
  edits.addClaim({ ...claim, subject: dup, predicate: 'cooperates-with', force: true });
  edits.merge('north-korea', dup);
  return { db, file, dup };
}

const importText = (db: ReturnType<typeof seededDb>['db'], name: string, doc: unknown) => {
  const importer = createImportService(db);
  return importer.importParsed(importer.parseText(name, JSON.stringify(doc)));
};

describe('redirects in Claimscape JSON', () => {
  it('are exported after a merge (streamed as serialised) and kept by an import into another database', async () => {
    const { db, file, dup } = mergedDb('merged.db');
    const text = createExportService(db).serialize({ kind: 'all' }, 'claimscape')[0]!.text;
    const doc = JSON.parse(text) as GraphDocument;
    expect(doc.redirects).toEqual([{ from: dup, to: 'north-korea' }]);
    const focus = createExportService(db).document({ kind: 'focus', ids: ['north-korea'], depth: 0 });
    expect(focus.redirects).toEqual([{ from: dup, to: 'north-korea' }]);
    const out = join(dir, 'merged.claimscape.json');
    await exportToFile(file, { scope: { kind: 'all' }, format: 'claimscape' }, out);
    expect(readFileSync(out, 'utf8')).toBe(text);

    const other = seededDb(dir, 'other.db', true).db;
    importText(other, 'merged.claimscape.json', doc);
    expect(createLookupRepo(other).entityIdByName(dup)).toBe('north-korea');
    expect(createExportService(other).serialize({ kind: 'all' }, 'claimscape')[0]!.text).toBe(text);
    const bulk = seededDb(dir, 'bulk.db', true).db;
    bulkImportDocument(bulk, doc);
    expect(createLookupRepo(bulk).entityIdByName(dup)).toBe('north-korea');
  });

  it('lead a file that still names the merged-away id to the kept entity', () => {
    const { db, dup } = mergedDb('older-file.db');
    const before = db.prepare("SELECT label FROM entities WHERE id = 'north-korea'").pluck().get();
    importText(db, 'older.claimscape.json', {
      format: 'claimscape',
      version: 1,
      sources: [],
      entities: [
        { id: dup, kind: 'country', label: 'DPRK (dup)', aliases: [{ text: 'Korut', lang: 'id', form: 'name' }] },
      ],
      relations: [{ id: 'old-rel', subject: dup, predicate: 'supports', object: 'russia' }],
      claims: [
        {
          id: 'old-claim',
          relation: 'old-rel',
          claimant: 'ukraine',
          stance: 'asserts',
          source: claim.source,
          stated: '2024-10',
        },
      ],
    });
    expect(db.prepare('SELECT count(*) FROM entities WHERE id = ?').pluck().get(dup)).toBe(0);
    expect(db.prepare("SELECT label FROM entities WHERE id = 'north-korea'").pluck().get()).toBe(before);
    // The relation became North Korea's own 'supports Russia' (the seed has it): the claim joined it.
    const subjectOfClaim = `SELECT s.id FROM claims c JOIN relations r ON r.rid = c.rid
      JOIN entities s ON s.eid = r.subject WHERE c.id = 'old-claim'`;
    expect(db.prepare(subjectOfClaim).pluck().get()).toBe('north-korea');
    expect(db.prepare("SELECT count(*) FROM relations WHERE id = 'old-rel'").pluck().get()).toBe(0);
    const aliases = db
      .prepare("SELECT text FROM aliases a JOIN entities e ON e.eid = a.eid WHERE e.id = 'north-korea'")
      .pluck()
      .all();
    expect(aliases).toEqual(expect.arrayContaining(['DPRK (dup)', 'Korut']));
  });

  it("follow the file's own redirects, and refuse one that leads nowhere without changing anything", () => {
    const { db } = seededDb(dir, 'own.db');
    const base = { format: 'claimscape', version: 1, sources: [], entities: [], claims: [] };
    importText(db, 'own.claimscape.json', {
      ...base,
      relations: [{ id: 'via-old-id', subject: 'nk-old', predicate: 'cooperates-with', object: 'japan' }],
      redirects: [{ from: 'nk-old', to: 'north-korea' }],
    });
    expect(createLookupRepo(db).entityIdByName('nk-old')).toBe('north-korea');
    const subject = "SELECT s.id FROM relations r JOIN entities s ON s.eid = r.subject WHERE r.id = 'via-old-id'";
    expect(db.prepare(subject).pluck().get()).toBe('north-korea');
    const snap = snapshot(db);
    expect(() =>
      importText(db, 'bad.claimscape.json', { ...base, relations: [], redirects: [{ from: 'x-old', to: 'nowhere' }] }),
    ).toThrow(
      expect.objectContaining({
        code: 'validation-error',
        where: expect.objectContaining({ path: '$.redirects[0].to' }),
      }),
    );
    expect(snapshot(db)).toBe(snap);
  });
});
