// The repositories of a connection, built once: their statements are prepared the first time a
// service asks and shared by every service on that connection afterwards.
import type { Db } from './open.ts';

const built = new WeakMap<Db, Map<(db: Db) => unknown, unknown>>();

/** `create(db)` the first time for this connection, the same object ever after. */
export function repoOf<T>(db: Db, create: (db: Db) => T): T {
  let repos = built.get(db);
  if (!repos) built.set(db, (repos = new Map()));
  if (!repos.has(create)) repos.set(create, create(db));
  return repos.get(create) as T;
}
