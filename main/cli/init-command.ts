// `claimscape init`: the one command that creates a database.
import { createDatabase } from '../services/database-service.ts';
import { createGraphService } from '../services/graph-service.ts';
import { DB_HELP, defineCommand } from './command.ts';

export const initCommand = defineCommand({
  name: 'init',
  help: `claimscape init [--empty] [--db <file>]\n  Creates a database filled with the seed graph, or an empty one with --empty.\n  Refuses to touch a file that already exists. The only command that creates a database.\n${DB_HELP}`,
  flags: { empty: { type: 'boolean' } },
  run({ values, db: file }, io) {
    const db = createDatabase(file, { empty: values.empty ?? false });
    try {
      const c = createGraphService(db).counts();
      io.out(`created ${file}: ${c.entities} entities, ${c.relations} relations, ${c.claims} claims`);
      return 0;
    } finally {
      db.close();
    }
  },
});
