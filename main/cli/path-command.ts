// `claimscape path`: the shortest path between two entities, optionally through some statuses only.
import { STATUSES } from '../../graph-data/model/types.ts';
import { openExisting } from '../services/database-service.ts';
import { createGraphService } from '../services/graph-service.ts';
import { callArgs, DB_HELP, defineCommand, need } from './command.ts';
import { printPath } from './print.ts';
import { AS_OF_FLAG_OF, AS_OF_FLAGS, AS_OF_HELP, asOfArgs, toAsOf } from './as-of-flags.ts';

export const pathCommand = defineCommand({
  name: 'path',
  help: `claimscape path <from> <to> [--status ${STATUSES.join(',')}] [--json] [--through-claims] [--as-of DATE]\n  Shortest path between two entities, optionally only through relations of the given statuses.\n  --through-claims  a path may also step from a claimant to a relation it spoke about\n${AS_OF_HELP}\n${DB_HELP}`,
  flags: {
    status: { type: 'string', multiple: true },
    json: { type: 'boolean' },
    'through-claims': { type: 'boolean' },
    ...AS_OF_FLAGS,
  },
  run({ values, positionals, db: file }, io) {
    const [from, to] = need(positionals, 2, 'the two entities') as [string, string];
    const statuses = (values.status ?? [])
      .flatMap((s) => s.split(','))
      .map((s) => s.trim())
      .filter(Boolean);
    const filter = statuses.length ? { statuses } : undefined;
    // Checked before opening the database, with placeholder ids: only the flags are in question here.
    const asOf = asOfArgs(values);
    callArgs(
      'graph:path',
      { from: 'a', to: 'b', filter, ...asOf },
      { filter: '--status', ...AS_OF_FLAG_OF },
      { filter: statuses.join(','), ...asOf },
    );
    const db = openExisting(file, 'read');
    try {
      const g = createGraphService(db);
      const through = values['through-claims'] ?? false;
      const args = callArgs(
        'graph:path',
        { from: g.resolve(from), to: g.resolve(to), filter, ...asOf, throughClaims: through },
        {},
      );
      const r = g.path(args.from, args.to, args.filter ?? {}, toAsOf(args), args.throughClaims ?? false);
      if (values.json) io.out(JSON.stringify(r, null, 2));
      else printPath(r, io);
      return r.found ? 0 : 3;
    } finally {
      db.close();
    }
  },
});
