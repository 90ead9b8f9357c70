// `claimscape entity|source|claim add/edit/delete`: edits through the same services and zod schemas
// as the app. A command that creates something prints its id first (--json: the whole result).
import type { EditResult } from '../../graph-data/contract/edit-views.ts';
import { ClaimscapeError } from '../../graph-data/model/errors.ts';
import { openExisting } from '../services/database-service.ts';
import { createEditService, type EditService } from '../services/edit-service.ts';
import { callArgs, DB_HELP, defineCommand, type CliIO, type FlagValues, type Flags } from './command.ts';

/** Runs `fn` on a write connection with the edit service, and prints its result. */
export function withEdits(
  file: string,
  json: boolean | undefined,
  io: CliIO,
  fn: (e: EditService) => EditResult,
): number {
  const db = openExisting(file, 'write');
  try {
    const r = fn(createEditService(db));
    for (const w of r.warnings) io.err(`warning: ${w}`);
    if (json) io.out(JSON.stringify(r, null, 2));
    else {
      io.out(r.id);
      io.out(r.entry ? `#${r.entry.seq} ${r.entry.label}` : 'nothing changed');
    }
    return 0;
  } finally {
    db.close();
  }
}

function subverb(positionals: string[], allowed: string[], noun: string): [string, string[]] {
  const [verb, ...rest] = positionals;
  if (!verb || !allowed.includes(verb))
    throw new ClaimscapeError('bad-argument', `${noun} takes ${allowed.join(', ')}`, verb ? { value: verb } : {});
  return [verb, rest];
}

/** Refuses flags that the sub-verb does not take (parseArgs knows only the union of all). */
function only<F extends Flags>(values: FlagValues<F>, allowed: string[], verb: string): void {
  const bad = Object.keys(values).find((k) => values[k] !== undefined && !['db', 'json', ...allowed].includes(k));
  if (bad) throw new ClaimscapeError('bad-argument', `--${bad} is not a flag of ${verb}`);
}

/** `TEXT@LANG` (the language part only when it looks like a language tag). */
export function aliasFlag(v: string): { text: string; lang?: string } {
  const m = /^(.*)@([A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*)$/.exec(v);
  return m ? { text: m[1] ?? '', lang: m[2] ?? '' } : { text: v };
}

const ENTITY_FLAGS = {
  kind: { type: 'string' },
  label: { type: 'string' },
  alias: { type: 'string', multiple: true },
  'remove-alias': { type: 'string', multiple: true },
  description: { type: 'string' },
  wikidata: { type: 'string' },
  id: { type: 'string' },
  'with-claims': { type: 'boolean' },
  json: { type: 'boolean' },
} as const;
const ENTITY_FLAG_OF = {
  kind: '--kind',
  label: '--label',
  aliases: '--alias',
  addAliases: '--alias',
  removeAliases: '--remove-alias',
  description: '--description',
  wikidata: '--wikidata',
  id: '--id',
};

export const entityCommand = defineCommand({
  name: 'entity',
  help: `claimscape entity add|edit|delete ...\n  entity add --kind K --label L [--alias TEXT[@LANG]]... [--description D] [--wikidata QID] [--id ID]\n  entity edit <entity> [--label L] [--kind K] [--description D] [--alias TEXT[@LANG]]... [--remove-alias TEXT]... [--wikidata QID]\n  entity delete <entity> [--with-claims]\n  Entities are named by id, label or alias. Each change is one entry of the edit history (claimscape undo).\n  --json prints the result as JSON.\n${DB_HELP}`,
  flags: ENTITY_FLAGS,
  run({ values: v, positionals, db }, io) {
    const [verb, rest] = subverb(positionals, ['add', 'edit', 'delete'], 'entity');
    const name = rest.join(' ');
    if (verb !== 'add' && !name) throw new ClaimscapeError('bad-argument', `missing the entity to ${verb}`);
    return withEdits(db, v.json, io, (e) => {
      if (verb === 'add') {
        only(v, ['kind', 'label', 'alias', 'description', 'wikidata', 'id'], 'entity add');
        const args = {
          kind: v.kind,
          label: v.label,
          aliases: v.alias?.map(aliasFlag),
          description: v.description,
          wikidata: v.wikidata,
          id: v.id,
        };
        return e.createEntity(callArgs('entity:create', args, ENTITY_FLAG_OF, v));
      }
      const id = e.resolveEntity(name);
      if (verb === 'delete') {
        only(v, ['with-claims'], 'entity delete');
        return e.deleteEntity(id, v['with-claims'] ?? false);
      }
      only(v, ['kind', 'label', 'alias', 'remove-alias', 'description', 'wikidata'], 'entity edit');
      const args = {
        id,
        kind: v.kind,
        label: v.label,
        addAliases: v.alias?.map(aliasFlag),
        removeAliases: v['remove-alias'],
        description: v.description,
        wikidata: v.wikidata,
      };
      return e.updateEntity(callArgs('entity:update', args, ENTITY_FLAG_OF, v));
    });
  },
});

const SOURCE_FLAGS = {
  title: { type: 'string' },
  publisher: { type: 'string' },
  url: { type: 'string' },
  published: { type: 'string' },
  lang: { type: 'string' },
  'copy-of': { type: 'string' },
  id: { type: 'string' },
  json: { type: 'boolean' },
} as const;

export const sourceCommand = defineCommand({
  name: 'source',
  help: `claimscape source add --title T [--publisher ENTITY] [--url U] [--published DATE] [--lang L] [--copy-of SOURCE] [--id ID]\n  source edit <source-id> [the same flags]\n  Adds or edits a source (a published document claims are found in). DATE is a partial date: 2024, 2024-10 or 2024-10-18.\n${DB_HELP}`,
  flags: SOURCE_FLAGS,
  run({ values: v, positionals, db }, io) {
    const [verb, rest] = subverb(positionals, ['add', 'edit'], 'source');
    const flagOf = {
      title: '--title',
      publisher: '--publisher',
      url: '--url',
      published: '--published',
      language: '--lang',
      copyOf: '--copy-of',
      id: verb === 'add' ? '--id' : 'the source id',
    };
    return withEdits(db, v.json, io, (e) => {
      const fields = {
        title: v.title,
        publisher: v.publisher === undefined ? undefined : e.resolveEntity(v.publisher, 'publisher'),
        url: v.url,
        published: v.published,
        language: v.lang,
        copyOf: v['copy-of'],
      };
      if (verb === 'add') return e.createSource(callArgs('source:create', { ...fields, id: v.id }, flagOf, v));
      if (!rest[0]) throw new ClaimscapeError('bad-argument', 'missing the source to edit');
      only(v, ['title', 'publisher', 'url', 'published', 'lang', 'copy-of'], 'source edit');
      return e.updateSource(callArgs('source:update', { ...fields, id: rest[0] }, flagOf, v));
    });
  },
});
