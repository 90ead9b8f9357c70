// `claimscape claim add|edit|delete`: one claim (who says what about whom, where, with what stance);
// its relation is created when new and removed with its last claim.
import { ClaimscapeError } from '../../graph-data/model/errors.ts';
import { DB_HELP, callArgs, defineCommand } from './command.ts';
import { withEdits } from './edit-commands.ts';

const ENTITY_ROLES = ['subject', 'object', 'claimant', 'reported-via'] as const;
const FLAG_OF = {
  subject: '--subject',
  predicate: '--predicate',
  object: '--object',
  claimant: '--claimant',
  stance: '--stance',
  source: '--source',
  stated: '--stated',
  holdsFrom: '--holds-from',
  holdsUntil: '--holds-until',
  excerpt: '--excerpt',
  summary: '--summary',
  reportedVia: '--reported-via',
  id: '--id',
};

export const claimCommand = defineCommand({
  name: 'claim',
  help: `claimscape claim add --subject E --predicate P --object E --claimant E --stance S --source SRC [--stated DATE] [--excerpt T] [--summary T]\n  [--reported-via E] [--holds-from DATE] [--holds-until DATE] [--id ID] [--force]\n  claim edit <claim-id> [the same flags]     claim delete <claim-id>\n  Entities by id, label or alias; stances: asserts, reports, cannot-verify, denies, confirms; DATE: 2024, 2024-10, 2024-10-18.\n  A subject or object of a kind the predicate does not usually take is refused unless --force.\n${DB_HELP}`,
  flags: {
    subject: { type: 'string' },
    predicate: { type: 'string' },
    object: { type: 'string' },
    claimant: { type: 'string' },
    stance: { type: 'string' },
    source: { type: 'string' },
    stated: { type: 'string' },
    excerpt: { type: 'string' },
    summary: { type: 'string' },
    'reported-via': { type: 'string' },
    'holds-from': { type: 'string' },
    'holds-until': { type: 'string' },
    id: { type: 'string' },
    force: { type: 'boolean' },
    json: { type: 'boolean' },
  },
  run({ values: v, positionals, db }, io) {
    const [verb, id] = positionals;
    if (verb !== 'add' && verb !== 'edit' && verb !== 'delete')
      throw new ClaimscapeError('bad-argument', 'claim takes add, edit, delete', verb ? { value: verb } : {});
    if (verb !== 'add' && !id) throw new ClaimscapeError('bad-argument', `missing the claim to ${verb}`);
    return withEdits(db, v.json, io, (e) => {
      if (verb === 'delete') return e.deleteClaim(callArgs('claim:delete', { id }, { id: 'the claim id' }, v).id);
      const ents = Object.fromEntries(
        ENTITY_ROLES.map((r) => [r, v[r] === undefined ? undefined : e.resolveEntity(v[r], `--${r}`)]),
      );
      const fields = {
        subject: ents['subject'],
        predicate: v.predicate,
        object: ents['object'],
        claimant: ents['claimant'],
        stance: v.stance,
        source: v.source,
        stated: v.stated,
        holdsFrom: v['holds-from'],
        holdsUntil: v['holds-until'],
        excerpt: v.excerpt,
        summary: v.summary,
        reportedVia: ents['reported-via'],
        force: v.force,
      };
      if (verb === 'add') return e.addClaim(callArgs('claim:add', { ...fields, id: v.id }, FLAG_OF, v));
      if (v.id) throw new ClaimscapeError('bad-argument', '--id is not a flag of claim edit');
      return e.updateClaim(callArgs('claim:update', { ...fields, id }, { ...FLAG_OF, id: 'the claim id' }, v));
    });
  },
});
