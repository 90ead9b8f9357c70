// `claimscape ingest`: an article (text, Markdown or a saved web page; `-` for stdin) into
// proposals: known entities it mentions, new ones it names, claims it reports. Writes nothing
// unless --accept-all, which commits every proposal at or above --min-confidence as one edit.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { MAX_INGEST_FILE_BYTES } from '../../graph-data/contract/ingest-schemas.ts';
import { acceptAbove } from '../../graph-data/ingest/accept.ts';
import { ClaimscapeError } from '../../graph-data/model/errors.ts';
import { openExisting } from '../services/database-service.ts';
import { commitIngest } from '../services/ingest-commit.ts';
import { createIngestService } from '../services/ingest-service.ts';
import { decodeUtf8, readInputFile } from '../services/read-input.ts';
import { callArgs, checkFlag, DB_HELP, defineCommand, need, numberFlag } from './command.ts';
import { printCommit, printProposals, proposalsJson } from './ingest-print.ts';

const FLAGS = {
  lang: { type: 'string' },
  title: { type: 'string' },
  publisher: { type: 'string' },
  url: { type: 'string' },
  date: { type: 'string' },
  'dry-run': { type: 'boolean' },
  json: { type: 'boolean' },
  'accept-all': { type: 'boolean' },
  'min-confidence': { type: 'string' },
} as const;

function readSource(path: string): { name: string; text: string } {
  if (path !== '-') return { name: path, text: readInputFile(path, MAX_INGEST_FILE_BYTES).text };
  const buf = readFileSync(0);
  if (buf.length > MAX_INGEST_FILE_BYTES)
    throw new ClaimscapeError('too-large', `standard input is more than the limit of ${MAX_INGEST_FILE_BYTES} bytes`);
  return { name: 'stdin', text: decodeUtf8(buf, 'stdin') };
}

export const ingestCommand = defineCommand({
  name: 'ingest',
  help: `claimscape ingest <file|-> [--lang en|id] [--title T] [--publisher P] [--url U] [--date D]
                  [--dry-run] [--json] [--accept-all] [--min-confidence X]
  Reads an article (.txt, .md, or .html as a browser saves a page; - reads standard input) and proposes
  the known entities it mentions, the new ones it names and the claims it reports, each with a confidence.
  Nothing is written unless --accept-all, which commits every proposal at or above --min-confidence
  (0-1, default 0.5) as one undoable history entry "Ingest: <title>". Articles up to ${MAX_INGEST_FILE_BYTES / 1_000_000} MB.
  --lang overrides language detection; --title/--publisher/--url/--date (YYYY[-MM[-DD]]) override the metadata.
${DB_HELP}`,
  flags: FLAGS,
  run({ values, positionals, db: file }, io) {
    const [path] = need(positionals, 1, 'the file to ingest (or - for standard input)') as [string];
    if (values['dry-run'] && values['accept-all'])
      throw new ClaimscapeError('bad-argument', '--dry-run and --accept-all exclude each other');
    const min = checkFlag(
      z.number().min(0).max(1),
      numberFlag(values['min-confidence']) ?? 0.5,
      '--min-confidence',
      values['min-confidence'],
    );
    const flagOf = { lang: '--lang', title: '--title', publisher: '--publisher', url: '--url', date: '--date' };
    const meta = callArgs(
      'ingest:propose',
      {
        text: '',
        lang: values.lang,
        title: values.title,
        publisher: values.publisher,
        url: values.url,
        date: values.date,
      },
      flagOf,
      values,
    );
    const input = readSource(path);
    const db = openExisting(file, values['accept-all'] ? 'write' : 'read');
    try {
      const view = createIngestService(db).propose({ ...meta, text: input.text, name: input.name });
      for (const w of view.warnings) io.err(`warning: ${w}`);
      if (!values['accept-all']) {
        if (values.json) io.out(JSON.stringify(proposalsJson(view), null, 2));
        else printProposals(view, io);
        return 0;
      }
      const accepted = callArgs('ingest:commit', { ...withFormat(acceptAbove(view, view.text, min), view.format) }, {});
      const r = commitIngest(db, accepted);
      if (values.json) io.out(JSON.stringify(r, null, 2));
      else printCommit(r, io);
      return 0;
    } finally {
      db.close();
    }
  },
});

/** The commit keeps how the text was read (a page's extracted text, or plain text) with the source. */
function withFormat<T extends { source: object }>(a: T, format: 'text' | 'html'): T {
  return { ...a, source: { ...a.source, format } };
}
