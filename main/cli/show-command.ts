// `claimscape show`: one entity with its aliases, relations and claims, read-only.
import { openExisting } from '../services/database-service.ts';
import { createGraphService } from '../services/graph-service.ts';
import { callArgs, DB_HELP, defineCommand, need } from './command.ts';
import { printEntity } from './print.ts';

export const showCommand = defineCommand({
  name: 'show',
  help: `claimscape show <entity> [--json]\n  Shows an entity (by id, label or alias): aliases, attributes, relations with status, and claims.\n${DB_HELP}`,
  flags: { json: { type: 'boolean' } },
  run({ values, positionals, db: file }, io) {
    const name = need(positionals, 1, 'the entity to show').join(' ');
    const db = openExisting(file, 'read');
    try {
      const g = createGraphService(db);
      const args = callArgs('entity:get', { id: g.resolve(name) }, { id: 'the entity' });
      const d = g.entity(args.id);
      if (values.json) io.out(JSON.stringify(d, null, 2));
      else printEntity(d, io);
      return 0;
    } finally {
      db.close();
    }
  },
});
