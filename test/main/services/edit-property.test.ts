// Property: any sequence of edits, merges and deletes, then undo of all of them, gives back the
// same exported Claimscape JSON (and the same rows, derived values and search index).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openOrCreate } from '../../../main/services/database-service.ts';
import { createEditService } from '../../../main/services/edit-service.ts';
import { createExportService } from '../../../main/services/export-service.ts';
import { createHistoryService } from '../../../main/services/history-service.ts';
import { isClaimscapeError } from '../../../graph-data/model/errors.ts';
import { STANCES } from '../../../graph-data/model/types.ts';
import { fullDump } from '../../helpers/dump.ts';

const ENTITIES = [
  'north-korea',
  'russia',
  'ukraine',
  'nato',
  'mark-rutte',
  'kn-23',
  'south-korea-nis',
  'new-0',
  'new-1',
];
const PREDICATES = ['supports', 'condemns', 'cooperates-with', 'deploys-forces-to', 'supplies'];
const SOURCES = ['rferl-2024-10-nk-troops', 'zelensky-2024-10-16-statement', 'new-src'];
const ent = fc.constantFrom(...ENTITIES);

const op = fc.oneof(
  fc.record({
    t: fc.constant('entity'),
    label: fc.constantFrom('Korea Utara', 'Rusia', 'Kim', 'Satgas'),
    n: fc.nat(1),
  }),
  fc.record({
    t: fc.constant('edit'),
    id: ent,
    label: fc.constantFrom('Negara X', 'Pihak Y'),
    alias: fc.constantFrom('Alias A', 'Alias B'),
  }),
  fc.record({ t: fc.constant('delete'), id: ent, withClaims: fc.boolean() }),
  fc.record({ t: fc.constant('source'), title: fc.constantFrom('Laporan Antara', 'Wire copy') }),
  fc.record({
    t: fc.constant('claim'),
    subject: ent,
    object: ent,
    claimant: ent,
    predicate: fc.constantFrom(...PREDICATES),
    stance: fc.constantFrom(...STANCES),
    source: fc.constantFrom(...SOURCES),
  }),
  fc.record({ t: fc.constant('claim-edit'), k: fc.nat(80), stance: fc.constantFrom(...STANCES), object: ent }),
  fc.record({ t: fc.constant('claim-delete'), k: fc.nat(80) }),
  fc.record({ t: fc.constant('merge'), keep: ent, drop: ent }),
  fc.record({ t: fc.constant('undo') }),
);

describe('edit history property', () => {
  it('random edits, merges and deletes, then undo all: the same export', () => {
    const { db } = openOrCreate(':memory:');
    const exportAll = () => createExportService(db).serialize({ kind: 'all' }, 'claimscape')[0]?.text;
    const history = createHistoryService(db);
    const edits = createEditService(db, history);
    let applied = 0;
    const claimIds = () => db.prepare('SELECT id FROM claims ORDER BY cid').pluck().all() as string[];
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 25 }), (ops) => {
        const before = exportAll();
        const dump = fullDump(db);
        for (const o of ops) {
          try {
            apply(o);
            applied++;
          } catch (e) {
            if (!isClaimscapeError(e)) throw e;
          }
        }
        while (history.list(1).undo) history.undo();
        expect(exportAll()).toBe(before);
        expect(fullDump(db)).toBe(dump);
      }),
      { numRuns: 20, seed: 8 },
    );
    expect(applied).toBeGreaterThan(60); // most operations really ran, not just failed

    function apply(o: Record<string, unknown> & { t: string }): void {
      const s = (k: string) => String(o[k]);
      const pickClaim = () => claimIds()[Number(o['k']) % Math.max(1, claimIds().length)] ?? 'none';
      if (o.t === 'entity')
        edits.createEntity({ kind: 'organisation', label: s('label'), id: `new-${String(o['n'])}` });
      else if (o.t === 'edit')
        edits.updateEntity({ id: s('id'), label: s('label'), addAliases: [{ text: s('alias'), lang: 'id' }] });
      else if (o.t === 'delete') edits.deleteEntity(s('id'), o['withClaims'] === true);
      else if (o.t === 'source') edits.createSource({ title: s('title'), id: 'new-src', language: 'id' });
      else if (o.t === 'claim')
        edits.addClaim({
          subject: s('subject'),
          object: s('object'),
          claimant: s('claimant'),
          predicate: s('predicate'),
          stance: o['stance'] as 'asserts',
          source: s('source'),
          stated: '2024-10',
          force: true,
        });
      else if (o.t === 'claim-edit')
        edits.updateClaim({ id: pickClaim(), stance: o['stance'] as 'asserts', object: s('object'), force: true });
      else if (o.t === 'claim-delete') edits.deleteClaim(pickClaim());
      else if (o.t === 'merge') edits.merge(s('keep'), s('drop'), true);
      else if (o.t === 'undo' && history.list(1).undo) history.undo();
    }
  });
});
