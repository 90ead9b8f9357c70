// What a CLI verb is (name, help, flags, run) and the helpers every verb uses: flag parsing, and
// checking the flags against the contract's zod schemas so bad values give `bad-argument`.
import { parseArgs } from 'node:util';
import type { z } from 'zod';
import type { ApiArgs, ApiName } from '../../graph-data/contract/api.ts';
import { checkArgs } from '../../graph-data/contract/check-args.ts';
import { ClaimscapeError } from '../../graph-data/model/errors.ts';
import { defaultDatabasePath } from '../services/database-service.ts';

export interface CliIO {
  out(line: string): void;
  err(line: string): void;
  /** Raw text; may return a promise that settles once the stream drained (long exports wait on it). */
  write(text: string | Uint8Array): void | Promise<void>;
}

/** A flag as node:util parseArgs declares it. */
export type FlagSpec = { type: 'string' | 'boolean'; multiple?: boolean };
export type Flags = Record<string, FlagSpec>;

type FlagValue<S extends FlagSpec> = S['type'] extends 'boolean'
  ? S['multiple'] extends true
    ? boolean[]
    : boolean
  : S['multiple'] extends true
    ? string[]
    : string;
export type FlagValues<F extends Flags> = { [K in keyof F]?: FlagValue<F[K]> };

export interface CommandInput<F extends Flags> {
  values: FlagValues<F>;
  positionals: string[];
  /** The database file: --db, else CLAIMSCAPE_DB, else the per-user default. */
  db: string;
}

export interface Command {
  name: string;
  /** First line: the usage (`claimscape <name> ...`); then what it does. */
  help: string;
  run(args: string[], io: CliIO): Promise<number> | number;
}

export const DB_HELP = `  --db <file>   database file (default: ${defaultDatabasePath()})`;

/**
 * Declares a verb: its flags (every verb also takes --db) and a run function that receives them
 * parsed. Register the result with one line in main/cli/commands.ts.
 */
export function defineCommand<F extends Flags>(spec: {
  name: string;
  help: string;
  flags: F;
  run(input: CommandInput<F>, io: CliIO): Promise<number> | number;
}): Command {
  return {
    name: spec.name,
    help: spec.help,
    run(args, io) {
      const { values, positionals } = parseFlags(args, spec.flags);
      const db = typeof values['db'] === 'string' ? values['db'] : defaultDatabasePath();
      return spec.run({ values: values as FlagValues<F>, positionals, db }, io);
    },
  };
}

function parseFlags(args: string[], flags: Flags) {
  try {
    const options = { db: { type: 'string' }, ...flags } as const;
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new ClaimscapeError('bad-argument', (e as Error).message);
  }
}

export function need(positionals: string[], n: number, what: string): string[] {
  if (positionals.length < n) throw new ClaimscapeError('bad-argument', `missing ${what}`);
  return positionals;
}

/** A numeric flag as the schema sees it: absent stays absent, anything else becomes a number (maybe NaN). */
export function numberFlag(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  return v.trim() === '' ? Number.NaN : Number(v);
}

/**
 * Checks arguments built from flags with the contract's schema for `call`, exactly as IPC and
 * HTTP do; a failure names the flag (`flagOf` maps argument fields to flags) and the value given.
 */
export function callArgs<K extends ApiName>(
  call: K,
  args: Record<string, unknown>,
  flagOf: Record<string, string>,
  raw: Record<string, unknown> = {},
): ApiArgs<K> {
  const r = checkArgs(call, args);
  if (r.ok) return r.data;
  // The most specific field that has a flag: `scope.depth` is --depth, not the scope as a whole.
  const field = [...r.path].reverse().find((p): p is string => typeof p === 'string' && p in flagOf);
  const flag = field ? flagOf[field] : undefined;
  const given = field !== undefined ? raw[field] : undefined;
  throw new ClaimscapeError('bad-argument', `${flag ? `${flag}: ` : ''}${r.message}`, {
    ...(typeof given === 'string' ? { value: given } : {}),
  });
}

/** Checks a flag that no call of the contract carries (such as --port) with its own zod schema. */
export function checkFlag<T>(schema: z.ZodType<T>, value: unknown, flag: string, raw?: string): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  throw new ClaimscapeError('bad-argument', `${flag}: ${r.error.issues[0]?.message ?? 'invalid value'}`, {
    ...(raw !== undefined ? { value: raw } : {}),
  });
}
