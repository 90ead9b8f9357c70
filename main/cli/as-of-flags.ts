// The `--as-of DATE [--as-of-rule possibly|certainly]` flags shared by show, path, export and stats,
// checked by the contract's `asOf`/`asOfRule` schemas like every other flag.
import { toAsOf, type AsOf } from '../../graph-data/model/as-of.ts';
import { ClaimscapeError } from '../../graph-data/model/errors.ts';
import { callArgs } from './command.ts';

export { toAsOf };

export const AS_OF_FLAGS = {
  'as-of': { type: 'string' },
  'as-of-rule': { type: 'string' },
} as const;

export const AS_OF_FLAG_OF = { asOf: '--as-of', asOfRule: '--as-of-rule' };

export const AS_OF_HELP =
  '  --as-of DATE  the graph as reported by the end of DATE (YYYY, YYYY-MM or YYYY-MM-DD): later claims are left out\n' +
  '  --as-of-rule possibly|certainly   count a partial date that may (default) or must fall by then';

type AsOfValues = { 'as-of'?: string | undefined; 'as-of-rule'?: string | undefined };

/** The flags as the contract's `asOf`/`asOfRule` arguments (absent ones left out). */
export function asOfArgs(values: AsOfValues): { asOf?: string; asOfRule?: string } {
  if (values['as-of-rule'] !== undefined && values['as-of'] === undefined)
    throw new ClaimscapeError('bad-argument', '--as-of-rule needs --as-of');
  return {
    ...(values['as-of'] !== undefined ? { asOf: values['as-of'] } : {}),
    ...(values['as-of-rule'] !== undefined ? { asOfRule: values['as-of-rule'] } : {}),
  };
}

/** Checks the flags alone (for a verb whose call takes no date, such as stats) and returns the date. */
export function asOfFromFlags(values: AsOfValues): AsOf | null {
  const raw = asOfArgs(values);
  const args = callArgs('graph:overview', raw, AS_OF_FLAG_OF, raw);
  return toAsOf(args);
}
