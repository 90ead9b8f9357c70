// The one place a transport turns an untrusted (name, args) pair into a response envelope:
// unknown names and invalid arguments are refused, errors cross as stable codes, never stacks.
import { API_NAMES, type ApiHandlers, type ApiName, type ApiResponse } from '../../graph-data/contract/api.ts';
import { checkArgs } from '../../graph-data/contract/check-args.ts';
import { basename, isAbsolute } from 'node:path';
import { ClaimscapeError, isClaimscapeError } from '../../graph-data/model/errors.ts';
import { asDbError } from '../db/db-errors.ts';

export function isApiName(v: unknown): v is ApiName {
  return typeof v === 'string' && (API_NAMES as readonly string[]).includes(v);
}

export interface DispatchOptions {
  /** Over HTTP the caller may be a browser: errors name files by their base name, never a server path. */
  hidePaths?: boolean;
  /** How long a call that meets another writer's lock keeps retrying before it answers `busy`. */
  busyWaitMs?: number;
}

/** As long as the CLI waits for a lock (main/db/open.ts BUSY_TIMEOUT_MS). */
export const BUSY_WAIT_MS = 5000;
const BUSY_RETRY_MS = 25;

export async function dispatch(
  handlers: ApiHandlers,
  name: unknown,
  args: unknown,
  opts: DispatchOptions = {},
): Promise<ApiResponse<unknown>> {
  if (!isApiName(name))
    return { ok: false, error: { code: 'bad-argument', message: `unknown call: ${String(name).slice(0, 60)}` } };
  const parsed = checkArgs(name, args);
  if (!parsed.ok) {
    const path = parsed.path.length ? ` at ${parsed.path.join('.')}` : '';
    return { ok: false, error: { code: 'bad-argument', message: `${name}: ${parsed.message}${path}` } };
  }
  const handler = handlers[name] as (a: unknown) => unknown;
  const deadline = Date.now() + (opts.busyWaitMs ?? BUSY_WAIT_MS);
  for (;;) {
    try {
      return { ok: true, value: await handler(parsed.data) };
    } catch (caught) {
      const e = asDbError(caught);
      // Every write is one transaction, rolled back when the lock is refused: trying again is safe,
      // and waiting on a timer keeps the thread answering other calls meanwhile.
      if (isClaimscapeError(e) && e.code === 'busy' && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, BUSY_RETRY_MS));
        continue;
      }
      return failure(name, e, opts);
    }
  }
}

function failure(name: ApiName, e: unknown, opts: DispatchOptions): ApiResponse<unknown> {
  if (isClaimscapeError(e))
    return { ok: false, error: { code: e.code, message: opts.hidePaths ? withoutPaths(e) : e.message } };
  // The stack stays in the main process's log; the caller gets a stable code only.
  console.error(`claimscape: ${name} failed:`, e);
  return { ok: false, error: { code: 'internal', message: 'an internal error occurred; see the log' } };
}

function withoutPaths(e: ClaimscapeError): string {
  if (!e.where.file || !isAbsolute(e.where.file)) return e.message;
  return new ClaimscapeError(e.code, e.detail, { ...e.where, file: basename(e.where.file) }).message;
}
