// SQLite's own failures that a user can act on, turned into stable codes: a busy database (another
// writer holds the lock) and a read-only place. Anything else is passed on unchanged.
import { ClaimscapeError, isClaimscapeError } from '../../graph-data/model/errors.ts';

const BUSY = 'the database is busy: another program or import is writing to it; try again when it has finished';
const READ_ONLY = 'the database cannot be written here (a read-only file or folder); nothing was changed';

export function asDbError(e: unknown, file?: string): unknown {
  if (isClaimscapeError(e)) return e;
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return e;
  const where = file ? { file } : {};
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return new ClaimscapeError('busy', BUSY, where);
  if (code.startsWith('SQLITE_READONLY')) return new ClaimscapeError('read-only', READ_ONLY, where);
  return e;
}
