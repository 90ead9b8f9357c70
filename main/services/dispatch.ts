// The one place a transport turns an untrusted (name, args) pair into a response envelope:
// unknown names and invalid arguments are refused, errors cross as stable codes, never stacks.
import { API_NAMES, type ApiHandlers, type ApiName, type ApiResponse } from '../../graph-data/contract/api.ts';
import { ARG_SCHEMAS } from '../../graph-data/contract/schemas.ts';
import { isClaimscapeError } from '../../graph-data/model/errors.ts';

export function isApiName(v: unknown): v is ApiName {
  return typeof v === 'string' && (API_NAMES as readonly string[]).includes(v);
}

export async function dispatch(handlers: ApiHandlers, name: unknown, args: unknown): Promise<ApiResponse<unknown>> {
  if (!isApiName(name))
    return { ok: false, error: { code: 'bad-argument', message: `unknown call: ${String(name).slice(0, 60)}` } };
  const parsed = ARG_SCHEMAS[name].safeParse(args ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    return {
      ok: false,
      error: { code: 'bad-argument', message: `${name}: ${issue?.message ?? 'invalid arguments'}${path}` },
    };
  }
  try {
    const handler = handlers[name] as (a: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (e) {
    if (isClaimscapeError(e)) return { ok: false, error: { code: e.code, message: e.message } };
    // The stack stays in the main process's log; the caller gets a stable code only.
    console.error(`claimscape: ${name} failed:`, e);
    return { ok: false, error: { code: 'internal', message: 'an internal error occurred; see the log' } };
  }
}
