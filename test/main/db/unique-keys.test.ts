// Migration 13 (unique-indexes.ts) turns the UNIQUE constraints on entity ids, relation ids and
// relation triples into named unique indexes, and an import into an empty store builds them at the
// end: a file from schema 12 must come out like a new file, with its rows and its uniqueness.
import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { foldName } from '../../../graph-data/model/fold.ts';
import type { GraphDocument } from '../../../graph-data/model/types.ts';
import { bulkImportDocument } from '../../../main/db/bulk-import.ts';
import { MIGRATIONS } from '../../../main/db/migrations.ts';
import { openDatabase, type Db } from '../../../main/db/open.ts';
import { seededDb, snapshot, tmpDir } from '../../helpers/tmp.ts';
import { generatedDoc } from '../../helpers/synthetic.ts';

const dir = tmpDir();

/** A file as schema 12 left it, with a few rows; `edit` may change the SQL of migration 1. */
function schema12(name: string, edit: (sql: string) => string = (s) => s): string {
  const file = join(dir, name);
  const db = new Database(file);
  db.function('fold_name', { deterministic: true }, (s: unknown) => foldName(String(s)));
  for (const [i, m] of MIGRATIONS.slice(0, 12).entries()) db.exec(i === 0 ? edit(m as string) : (m as string));
  db.exec(`INSERT INTO kinds VALUES ('country', 'Country', 'ellipse', '#000', 'c');
    INSERT INTO predicates VALUES ('allied-with', 'allied with', 'allied with', 1, '[]', '[]');
    INSERT INTO entities (id, kind, label) VALUES ('kp', 'country', 'North Korea'), ('ru', 'country', 'Russia');
    INSERT INTO relations (id, subject, predicate, object) VALUES ('r1', 1, 'allied-with', 2);`);
  db.pragma('user_version = 12');
  db.close();
  return file;
}

const schemaOf = (db: Db) =>
  db
    .prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY name')
    .all()
    .map((r) => JSON.stringify(r));

describe('entity and relation keys as named unique indexes', () => {
  it('turns a schema 12 file into what a new file is, keeping its rows and their uniqueness', () => {
    const db = openDatabase(schema12('old.db'));
    const fresh = openDatabase(join(dir, 'new.db'));
    expect(schemaOf(db)).toEqual(schemaOf(fresh));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const names = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL").pluck().all();
    expect(names).toEqual(expect.arrayContaining(['entities_id', 'relations_id', 'relations_triple']));
    expect(
      db.prepare("SELECT count(*) FROM sqlite_schema WHERE name LIKE 'sqlite_autoindex_entities%'").pluck().get(),
    ).toBe(0);
    expect(db.prepare('SELECT id, label FROM entities ORDER BY eid').raw().all()).toEqual([
      ['kp', 'North Korea'],
      ['ru', 'Russia'],
    ]);
    expect(() => db.exec("INSERT INTO entities (id, kind, label) VALUES ('kp', 'country', 'Again')")).toThrow(
      /UNIQUE constraint failed: entities.id/,
    );
    expect(() =>
      db.exec("INSERT INTO relations (id, subject, predicate, object) VALUES ('r2', 1, 'allied-with', 2)"),
    ).toThrow(/UNIQUE constraint failed: relations.subject/);
    db.exec(
      "INSERT INTO entities (id, kind, label) VALUES ('kp', 'country', 'DPRK') ON CONFLICT(id) DO UPDATE SET label = excluded.label",
    );
    expect(db.prepare("SELECT label FROM entities WHERE id = 'kp'").pluck().get()).toBe('DPRK');
    db.close();
    fresh.close();
  });

  it('stops on a table it does not recognise and leaves the file as it was', () => {
    const file = schema12('odd.db', (sql) => sql.replace('id TEXT NOT NULL UNIQUE,', 'id TEXT UNIQUE NOT NULL,'));
    const raw = new Database(file, { readonly: true });
    const before = schemaOf(raw);
    raw.close();
    expect(() => openDatabase(file)).toThrow(/schema upgrade 13 stopped, nothing changed: the definition of entities/);
    const after = new Database(file, { readonly: true });
    expect(schemaOf(after)).toEqual(before);
    expect(after.pragma('user_version', { simple: true })).toBe(12);
    after.close();
  });
});

describe('an import into an empty store without key indexes while rows stream in', () => {
  const doc = generatedDoc(120);

  it('updates an entity that comes again by its rowid, as the upsert by id does', () => {
    const e = doc.entities[3]!;
    const again = { ...e, label: `${e.label} Again`, description: 'said again later' };
    const { db } = seededDb(dir, 'again.db', true);
    const report = bulkImportDocument(db, { ...doc, entities: [...doc.entities, again, again] });
    expect(report.updated).toBe(1);
    expect(db.prepare('SELECT label, description FROM entities WHERE id = ?').get(e.id)).toEqual({
      label: again.label,
      description: again.description,
    });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('names a triple that came twice under two ids, and writes nothing', () => {
    const r = doc.relations[9]!;
    const clash: GraphDocument = { ...doc, relations: [...doc.relations, { ...r, id: 'r-twice' }] };
    const { db } = seededDb(dir, 'twice.db', true);
    const before = snapshot(db);
    expect(() => bulkImportDocument(db, clash)).toThrow(
      expect.objectContaining({
        code: 'conflict',
        detail: `the same triple already exists as relation "${r.id}"`,
        where: expect.objectContaining({ path: 'relation r-twice.id' }),
      }),
    );
    expect(snapshot(db)).toBe(before);
  });
});
