// `claimscape stats`: counts by kind and by status, read-only.
import { openExisting } from '../services/database-service.ts';
import { createGraphService } from '../services/graph-service.ts';
import { DB_HELP, defineCommand } from './command.ts';
import { printStats } from './print.ts';

export const statsCommand = defineCommand({
  name: 'stats',
  help: `claimscape stats [--json]\n  Counts of entities, relations, claims, sources and aliases, by kind and by status.\n${DB_HELP}`,
  flags: { json: { type: 'boolean' } },
  run({ values, db: file }, io) {
    const db = openExisting(file, 'read');
    try {
      const c = createGraphService(db).counts();
      if (values.json) io.out(JSON.stringify(c, null, 2));
      else printStats(file, c, io);
      return 0;
    } finally {
      db.close();
    }
  },
});
