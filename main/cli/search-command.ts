// `claimscape search`: entities and claims matching a text, read-only.
import { openExisting } from '../services/database-service.ts';
import { createGraphService } from '../services/graph-service.ts';
import { callArgs, DB_HELP, defineCommand, need, numberFlag } from './command.ts';
import { printSearch } from './print.ts';

export const searchCommand = defineCommand({
  name: 'search',
  help: `claimscape search <text> [--limit N] [--json]\n  Finds entities by label, alias or description (any language, ignoring case and accents), and claims.\n  --limit 1-100 (default 20).\n${DB_HELP}`,
  flags: { limit: { type: 'string' }, json: { type: 'boolean' } },
  run({ values, positionals, db: file }, io) {
    const text = need(positionals, 1, 'the text to search for').join(' ');
    const args = callArgs(
      'search:run',
      { text, limit: numberFlag(values.limit) },
      { text: 'the search text', limit: '--limit' },
      values,
    );
    const db = openExisting(file, 'read');
    try {
      const r = createGraphService(db).search(args.text, args.limit ?? 20);
      if (values.json) io.out(JSON.stringify(r, null, 2));
      else printSearch(r, io);
      return r.entities.length || r.claims.length ? 0 : 3;
    } finally {
      db.close();
    }
  },
});
