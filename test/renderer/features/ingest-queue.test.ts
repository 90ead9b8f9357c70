// The review queue's commit arguments (pure): a publisher typed by hand is kept and speaks for the
// article's own statements; the proposal's publisher is kept when its name was left alone.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkArgs } from '../../../graph-data/contract/check-args.ts';
import type { IngestProposalView } from '../../../graph-data/contract/ingest-views.ts';
import { BASE_PREDICATES } from '../../../graph-data/formats/base-vocab.ts';
import { createMemoryIndex } from '../../../graph-data/ingest/memory-index.ts';
import { proposeIngest } from '../../../graph-data/ingest/pipeline.ts';
import type { GraphDocument } from '../../../graph-data/model/types.ts';
import { acceptAtOrAbove, commitArgs, emptyQueue, withProposal } from '../../../renderer/features/ingest/queue.ts';

const seed = JSON.parse(readFileSync('graph-data/seed/seed-graph.json', 'utf8')) as GraphDocument;

function queueFor(text: string) {
  const p = proposeIngest(text, { date: '2024-10-21' }, createMemoryIndex(seed.entities), BASE_PREDICATES);
  const view: IngestProposalView = { ...p, text, format: 'text' };
  return acceptAtOrAbove(withProposal(emptyQueue(), view), 0);
}

const NO_OUTLET = `SEOUL - South Korea's spy agency said North Korea had sent troops to Russia.
NATO Secretary General Mark Rutte said the alliance could not confirm the reports.`;

describe('review queue commit arguments', () => {
  it('keeps a publisher typed by hand and gives it the article’s own statements', () => {
    const q = queueFor(NO_OUTLET);
    expect(commitArgs(q)?.source.publisher).toBeNull();
    const typed = commitArgs({ ...q, meta: { ...q.meta, publisher: 'Harian Tangan' } });
    expect(typed?.source.publisher).toEqual({ label: 'Harian Tangan' });
    const own = typed?.claims.filter((c) => c.predicate === 'head-of') ?? [];
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((c) => c.claimant.label === 'Harian Tangan')).toBe(true);
    expect(checkArgs('ingest:commit', typed).ok).toBe(true);
  });

  it('keeps the dateline’s outlet when its name is left as proposed', () => {
    const q = queueFor(`SEOUL, Oct. 21 (Example Wire) - ${NO_OUTLET.slice(8)}`);
    const a = commitArgs(q);
    expect(a?.source.publisher).toMatchObject({ label: 'Example Wire', key: expect.stringMatching(/^new:/) });
    expect(a?.source.format).toBe('text');
  });
});
