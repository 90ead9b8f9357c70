// Terminal renderings of ingestion proposals and of a commit.
import type { IngestCommitResult, IngestProposalView } from '../../graph-data/contract/ingest-views.ts';
import type { PartyRef } from '../../graph-data/ingest/types.ts';
import type { CliIO } from './command.ts';

/** The --json shape: the proposals without the (possibly long) text they point into. */
export function proposalsJson(v: IngestProposalView) {
  const { text: _text, ...rest } = v;
  return rest;
}

const who = (p: PartyRef) => (p.entity ? `${p.label} [${p.entity}]` : `${p.label} [new]`);

export function printProposals(v: IngestProposalView, io: CliIO): void {
  const s = v.source;
  io.out(`${s.title}`);
  io.out(
    `  language ${s.language} (${s.languageFrom}), publisher ${s.publisher ?? 'unknown'}, date ${s.published ?? 'unknown'}, ${s.sentences} sentences`,
  );
  const known = v.mentions.filter((m) => m.entity);
  io.out(`\nmentions: ${known.length} of known entities, ${v.mentions.length - known.length} of new ones`);
  for (const m of v.mentions)
    io.out(`  ${m.start}-${m.end}\t${m.text}\t-> ${m.entity ?? `new: ${m.label}`}\t${m.confidence} (${m.match})`);
  io.out(`\nnew entities (${v.entities.length}):`);
  for (const e of v.entities)
    io.out(`  ${e.label}\t${e.kind}\t${e.confidence}${e.aliases.length ? `\taliases: ${e.aliases.join(', ')}` : ''}`);
  io.out(`\nclaims (${v.claims.length}):`);
  for (const c of v.claims) {
    const via = c.reportedVia ? ` via ${c.reportedVia.label}` : '';
    io.out(
      `  ${c.confidence}\t${who(c.claimant)} ${c.stance}: ${who(c.subject)} -${c.predicate}-> ${who(c.object)} (${c.stated ?? 'undated'}${via})`,
    );
  }
  io.out('\nnothing written; --accept-all commits the proposals at or above --min-confidence');
}

export function printCommit(r: IngestCommitResult, io: CliIO): void {
  io.out(
    `wrote source ${r.source}: ${r.entities.length} new entities, ${r.aliases} aliases, ${r.claims.length} claims on ${r.relations.length} relations`,
  );
  for (const e of r.entities) io.out(`  entity ${e.id}\t${e.label}`);
  io.out(`undo with: the history entry "${r.historyLabel}"`);
}
