// `claimscape show`: one entity with its aliases, relations and claims, read-only.
import { openExisting } from '../services/database-service.ts';
import { createGraphService } from '../services/graph-service.ts';
import { callArgs, DB_HELP, defineCommand, need } from './command.ts';
import { printEntity } from './print.ts';
import { AS_OF_FLAG_OF, AS_OF_FLAGS, AS_OF_HELP, asOfArgs, toAsOf } from './as-of-flags.ts';

export const showCommand = defineCommand({
  name: 'show',
  help: `claimscape show <entity> [--json] [--as-of DATE]\n  Shows an entity (by id, label or alias): aliases, attributes, relations with status, and claims.\n${AS_OF_HELP}\n${DB_HELP}`,
  flags: { json: { type: 'boolean' }, ...AS_OF_FLAGS },
  run({ values, positionals, db: file }, io) {
    const name = need(positionals, 1, 'the entity to show').join(' ');
    const db = openExisting(file, 'read');
    try {
      const g = createGraphService(db);
      const raw = asOfArgs(values);
      const args = callArgs('entity:get', { id: g.resolve(name), ...raw }, { id: 'the entity', ...AS_OF_FLAG_OF }, raw);
      const d = g.entity(args.id, toAsOf(args));
      if (values.json) io.out(JSON.stringify(d, null, 2));
      else printEntity(d, io);
      return 0;
    } finally {
      db.close();
    }
  },
});
