// Validates one call's arguments against ARG_SCHEMAS: the same check, and the same wording, for
// IPC, HTTP and the CLI (which maps the failing field back to its flag).
import type { ApiArgs, ApiName } from './api.ts';
import { ARG_SCHEMAS } from './schemas.ts';

export type ArgsCheck<K extends ApiName> =
  { ok: true; data: ApiArgs<K> } | { ok: false; message: string; path: (string | number)[] };

export function checkArgs<K extends ApiName>(name: K, args: unknown): ArgsCheck<K> {
  const parsed = ARG_SCHEMAS[name].safeParse(args ?? {});
  if (parsed.success) return { ok: true, data: parsed.data as ApiArgs<K> };
  const issue = parsed.error.issues[0];
  return {
    ok: false,
    message: issue?.message ?? 'invalid arguments',
    path: (issue?.path ?? []).filter((p): p is string | number => typeof p !== 'symbol'),
  };
}
