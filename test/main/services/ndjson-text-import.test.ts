// NDJSON bulk records picked in the app's Import dialog arrive as text through import:preview and
// import:run (main/services/ndjson-records.ts): the same records as a Claimscape JSON file, so the
// same preview and the same store; a record that fails its schema names the file and line, and
// nothing is written.
import { describe, expect, it } from 'vitest';
import { documentRecords } from '../../../main/db/bulk-import.ts';
import { createApiHandlers } from '../../../main/services/api-handlers.ts';
import { dispatch } from '../../../main/services/dispatch.ts';
import { syntheticDocument } from '../../helpers/synthetic.ts';
import { seededDb, snapshot, tmpDir } from '../../helpers/tmp.ts';

const dir = tmpDir();
const doc = syntheticDocument(12, 2, 2, 'kiriman');
const lines = [...documentRecords(doc)].map((r) => JSON.stringify(r));

function handlersOn(name: string) {
  const { db, file } = seededDb(dir, name);
  return {
    db,
    handlers: createApiHandlers(db, { databaseFile: file, saveFile: async () => ({ saved: false, path: null }) }),
  };
}

describe('NDJSON bulk records from the Import dialog', () => {
  it('previews and imports them as the same records in one Claimscape JSON file', async () => {
    const asLines = handlersOn('baris.db');
    const asJson = handlersOn('json.db');
    // Windows line ends and a blank line between records change nothing.
    const text = `${lines.slice(0, 5).join('\r\n')}\r\n\r\n${lines.slice(5).join('\n')}\n`;
    const preview = await dispatch(asLines.handlers, 'import:preview', { name: 'kiriman.ndjson', text });
    expect(preview).toEqual(
      await dispatch(asJson.handlers, 'import:preview', { name: 'kiriman.ndjson', text: JSON.stringify(doc) }),
    );
    expect(preview).toMatchObject({
      ok: true,
      value: { format: 'claimscape', counts: { entities: doc.entities.length, claims: doc.claims.length } },
    });
    const run = await dispatch(asLines.handlers, 'import:run', { name: 'kiriman.ndjson', text });
    expect(run).toMatchObject({ ok: true, value: { entities: doc.entities.length, claims: doc.claims.length } });
    await dispatch(asJson.handlers, 'import:run', { name: 'kiriman.ndjson', text: JSON.stringify(doc) });
    const rows = (db: typeof asLines.db) => db.prepare('SELECT id, label FROM entities ORDER BY id').all();
    expect(rows(asLines.db)).toEqual(rows(asJson.db));
    const claims = (db: typeof asLines.db) => db.prepare('SELECT id, stance FROM claims ORDER BY id').all();
    expect(claims(asLines.db)).toEqual(claims(asJson.db));
  });

  it('shows sample relations by their labels, also for ends already in the store', async () => {
    const { handlers } = handlersOn('label.db');
    const records = [
      { type: 'entity', value: { id: 'pelabuhan-rajin', kind: 'place', label: 'Pelabuhan Rajin', aliases: [] } },
      {
        type: 'relation',
        value: { id: 'rajin-serves-nk', subject: 'pelabuhan-rajin', predicate: 'located-in', object: 'north-korea' },
      },
    ];
    const text = records.map((r) => JSON.stringify(r)).join('\n');
    const preview = await dispatch(handlers, 'import:preview', { name: 'dermaga.jsonl', text });
    expect(preview).toMatchObject({
      ok: true,
      value: { sampleEdges: [{ subject: 'Pelabuhan Rajin', predicate: 'located-in', object: 'North Korea' }] },
    });
  });

  it('names the file and line of a record that fails, and writes nothing', async () => {
    const { db, handlers } = handlersOn('rusak.db');
    const before = snapshot(db);
    const broken = [...lines];
    const at = broken.findIndex((l) => l.includes('"type":"claim"'));
    broken[at] = (broken[at] as string).replace(/"stance":"\w+"/, '"stance":"barangkali"');
    const r = await dispatch(handlers, 'import:run', { name: 'rusak.ndjson', text: broken.join('\n') });
    expect(r).toMatchObject({ ok: false, error: { code: 'validation-error' } });
    expect(r.ok ? '' : r.error.message).toMatch(new RegExp(`^rusak\\.ndjson: line ${at + 1}: stance`));
    expect(snapshot(db)).toBe(before);
  });
});
