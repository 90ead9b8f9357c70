// The clause model on short sentences of our own, one construction each: who speaks, with what
// stance, about which relation; and where the publisher comes from (dateline, byline, none).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASE_PREDICATES } from '../../../graph-data/formats/base-vocab.ts';
import { createMemoryIndex } from '../../../graph-data/ingest/memory-index.ts';
import { proposeIngest } from '../../../graph-data/ingest/pipeline.ts';
import type { GraphDocument } from '../../../graph-data/model/types.ts';

const seed = JSON.parse(readFileSync('graph-data/seed/seed-graph.json', 'utf8')) as GraphDocument;
const index = createMemoryIndex(seed.entities);

function run(text: string) {
  return proposeIngest(text, { date: '2024-10-21' }, index, BASE_PREDICATES);
}
function claims(text: string): string[] {
  return run(text).claims.map(
    (c) => `${c.claimant.label} | ${c.stance} | ${c.subject.label} ${c.predicate} ${c.object.label}`,
  );
}

const NK_RU = 'North Korea deploys-forces-to Russia';

describe('claim frames', () => {
  it('reads a clause before a trailing speaker ("..., Seoul\'s spy agency said")', () => {
    expect(claims('North Korea has moved 2,000 troops to Russia, South Korea’s spy agency said on Friday.')).toContain(
      `National Intelligence Service (South Korea) | asserts | ${NK_RU}`,
    );
  });

  it('skips an apposition to find the speaker, and keeps a name after it a person', () => {
    const r = run('Ana Kowal, a spokeswoman for the Lindhaven Ministry, said Pyongyang had sent troops to Russia.');
    expect(r.claims.map((c) => `${c.claimant.label} | ${c.stance}`)).toContain('Ana Kowal | asserts');
    expect(r.entities.find((e) => e.label === 'Ana Kowal')?.kind).toBe('person');
  });

  it('reads "according to X" after the clause and a quote with "kata X" in Indonesian', () => {
    expect(claims('Korea Utara telah mengirim tentara ke Rusia, menurut NIS.')).toContain(
      `National Intelligence Service (South Korea) | asserts | ${NK_RU}`,
    );
    const q = claims('"Pyongyang mengirim pasukan ke Rusia," kata Presiden Ukraina Volodymyr Zelensky.');
    expect(q).toContain(`Volodymyr Zelensky | asserts | ${NK_RU}`);
  });

  it('lets the publisher relay a passive report, and refers doubts and denials back to it', () => {
    const got = claims(
      'SEOUL (Harbour Wire) - It was reported that North Korea had sent troops to Russia.\nThe Kremlin denied the reports. NATO said it could not confirm the deployment.',
    );
    expect(got).toContain(`Harbour Wire | reports | ${NK_RU}`);
    expect(got).toContain(`Russia | denies | ${NK_RU}`);
    expect(got).toContain(`NATO | cannot-verify | ${NK_RU}`);
  });

  it('gives each speaker of a two-speaker sentence their own claim', () => {
    const got = claims('Seoul said North Korea had sent troops to Russia, while the Kremlin denied it.');
    expect(got).toContain(`South Korea | asserts | ${NK_RU}`);
    expect(got).toContain(`Russia | denies | ${NK_RU}`);
  });
});

describe('the publisher', () => {
  it('is the outlet of a dateline or a byline, else unknown', () => {
    const dateline = run('JAKARTA, KABARCONTOH.ID - Korea Utara mengirim tentara ke Rusia, kata NIS.');
    expect(dateline.source.publisher).toBe('KABARCONTOH.ID');
    expect(dateline.entities.find((e) => e.label === 'KABARCONTOH.ID')?.kind).toBe('media-outlet');
    const byline = run('By Jane Roe, Northgate Wire\nSeoul said North Korea had sent troops to Russia.');
    expect(byline.source.publisher).toBe('Northgate Wire');
    const none = run('Seoul said North Korea had sent troops to Russia.');
    expect(none.source.publisher).toBeNull();
    expect(none.source.publisherRef).toBeNull();
  });
});
