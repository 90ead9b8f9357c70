// The `claimscape` command line: the same services as the desktop app, over argv.
// Exit 0 on success; otherwise one line on stderr and a non-zero code.
import { isClaimscapeError } from '../../graph-data/model/errors.ts';
import { asUserError } from '../services/database-service.ts';
import { COMMANDS, usage, type CliIO } from './commands.ts';

export async function main(argv: string[], io: CliIO = defaultIO()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`claimscape: unknown command "${name}"; run claimscape --help`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(command.help);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (caught) {
    const e = asUserError(caught);
    const msg = isClaimscapeError(e) ? `${e.message} [${e.code}]` : e instanceof Error ? e.message : String(e);
    io.err(`claimscape ${name}: ${msg.replace(/\s*\n\s*/g, ' ')}`);
    return isClaimscapeError(e) && e.code === 'not-found' ? 3 : 1;
  }
}

function defaultIO(): CliIO {
  // A closed pipe (`claimscape stats | head`) ends output quietly instead of crashing.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
  });
  return {
    out: (s) => process.stdout.write(`${s}\n`),
    err: (s) => process.stderr.write(`${s}\n`),
    write: (s) => (process.stdout.write(s) ? undefined : new Promise<void>((r) => process.stdout.once('drain', r))),
  };
}
