// Migration 13: the keys of entities and relations (their ids, and a relation's triple) were UNIQUE
// constraints of their tables, so SQLite kept their indexes up to date row by row in every import.
// As named unique indexes they are set aside by an import into an empty store and built once at the
// end like the other indexes (a sort instead of a million inserts at random places; the importer's
// own maps keep ids unique meanwhile, and the triple index, when built, reports any clash).
//
// The indexes on disk stay as they are: a UNIQUE constraint's automatic index holds exactly the keys
// of a CREATE UNIQUE INDEX over the same columns, so only their definitions in sqlite_schema change,
// by SQLite's documented procedure for changes that leave the stored content alone (writable_schema
// inside the migration's transaction, schema version bumped). Any definition not as expected stops
// the migration, and its transaction leaves the file as it was.
import type Database from 'better-sqlite3';

/** The connection (typed here, not imported from open.ts, which runs the migrations). */
type Db = Database.Database;

interface NamedKey {
  table: string;
  columns: readonly string[];
  name: string;
}

export const NAMED_KEYS: readonly NamedKey[] = [
  { table: 'entities', columns: ['id'], name: 'entities_id' },
  { table: 'relations', columns: ['id'], name: 'relations_id' },
  { table: 'relations', columns: ['subject', 'predicate', 'object'], name: 'relations_triple' },
];

/** Each table's definition loses its UNIQUE clauses; each pattern must occur exactly once. */
const TABLE_EDITS: Record<string, readonly (readonly [RegExp, string])[]> = {
  entities: [[/\bid TEXT NOT NULL UNIQUE,/g, 'id TEXT NOT NULL,']],
  relations: [
    [/\bid TEXT NOT NULL UNIQUE,/g, 'id TEXT NOT NULL,'],
    [/,\s*UNIQUE \(subject, predicate, object\)/g, ''],
  ],
};

const keyColumns = (db: Db, index: string): string =>
  (db.pragma(`index_xinfo("${index}")`) as { name: string; key: number }[])
    .filter((c) => c.key)
    .map((c) => c.name)
    .join(',');

const stop = (what: string): never => {
  throw new Error(`schema upgrade 13 stopped, nothing changed: ${what}`);
};

function editedTable(db: Db, table: string): string {
  const found = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?").pluck().get(table);
  if (typeof found !== 'string') return stop(`no table ${table}`);
  let sql = found;
  for (const [pattern, to] of TABLE_EDITS[table] ?? []) {
    if ((sql.match(pattern) ?? []).length !== 1) stop(`the definition of ${table} is not the expected one`);
    sql = sql.replace(pattern, to);
  }
  return sql;
}

/** Whether the file already has the named keys (a file made by this version and set back, as tests do). */
const named = (db: Db): boolean =>
  NAMED_KEYS.every((k) => {
    const ix = (db.pragma(`index_list(${k.table})`) as { name: string; unique: number }[]).find(
      (i) => i.name === k.name,
    );
    return ix?.unique === 1 && keyColumns(db, k.name) === k.columns.join(',');
  });

export function nameUniqueKeys(db: Db): void {
  if (named(db)) return;
  const autos = db
    .prepare(
      `SELECT name, tbl_name AS tbl FROM sqlite_schema
       WHERE type = 'index' AND sql IS NULL AND tbl_name IN ('entities', 'relations')`,
    )
    .all() as { name: string; tbl: string }[];
  const renames = NAMED_KEYS.map((k) => {
    const auto = autos.find((a) => a.tbl === k.table && keyColumns(db, a.name) === k.columns.join(','));
    return auto ? ([auto.name, k] as const) : stop(`no unique key on ${k.table}(${k.columns.join(', ')})`);
  });
  const tables = Object.keys(TABLE_EDITS).map((t) => [t, editedTable(db, t)] as const);
  const version = db.pragma('schema_version', { simple: true }) as number;
  db.unsafeMode(true);
  try {
    db.pragma('writable_schema = ON');
    const setTable = db.prepare("UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = ?");
    for (const [t, sql] of tables) setTable.run(sql, t);
    const setIndex = db.prepare("UPDATE sqlite_schema SET name = ?, sql = ? WHERE type = 'index' AND name = ?");
    for (const [auto, k] of renames)
      setIndex.run(k.name, `CREATE UNIQUE INDEX ${k.name} ON ${k.table}(${k.columns.join(', ')})`, auto);
    db.pragma(`schema_version = ${version + 1}`);
  } finally {
    db.pragma('writable_schema = RESET');
    db.unsafeMode(false);
  }
  if (!named(db)) stop('the unique indexes did not come out as expected');
}
