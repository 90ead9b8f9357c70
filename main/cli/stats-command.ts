// `claimscape stats`: counts by kind and by status, read-only.
import { openExisting } from '../services/database-service.ts';
import { createGraphService } from '../services/graph-service.ts';
import { DB_HELP, defineCommand } from './command.ts';
import { printStats } from './print.ts';
import { AS_OF_FLAGS, AS_OF_HELP, asOfFromFlags } from './as-of-flags.ts';

export const statsCommand = defineCommand({
  name: 'stats',
  help: `claimscape stats [--json] [--as-of DATE]\n  Counts of entities, relations, claims, sources and aliases, by kind and by status.\n${AS_OF_HELP}\n${DB_HELP}`,
  flags: { json: { type: 'boolean' }, ...AS_OF_FLAGS },
  run({ values, db: file }, io) {
    const asOf = asOfFromFlags(values);
    const db = openExisting(file, 'read');
    try {
      const c = createGraphService(db).counts(asOf);
      if (values.json) io.out(JSON.stringify(c, null, 2));
      else printStats(file, c, io);
      return 0;
    } finally {
      db.close();
    }
  },
});
