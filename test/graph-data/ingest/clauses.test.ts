// Clause handling of the claim step on short texts of our own: a long claimant phrase before
// "said ... that", troops that arrive/train somewhere, "send ... to fight against X", and doubts
// with no object of their own ("had no evidence", "belum bisa mengonfirmasi laporan tersebut").
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASE_PREDICATES } from '../../../graph-data/formats/base-vocab.ts';
import { createMemoryIndex } from '../../../graph-data/ingest/memory-index.ts';
import { proposeIngest } from '../../../graph-data/ingest/pipeline.ts';
import type { GraphDocument } from '../../../graph-data/model/types.ts';

const seed = JSON.parse(readFileSync('graph-data/seed/seed-graph.json', 'utf8')) as GraphDocument;

function claims(text: string): string[] {
  const r = proposeIngest(text, { date: '2024-11-04' }, createMemoryIndex(seed.entities), BASE_PREDICATES);
  return r.claims.map((c) => `${c.claimant.label} | ${c.stance} | ${c.subject.label} ${c.predicate} ${c.object.label}`);
}

const EN = `Pyongyang's soldiers drill near Russian border city, Seoul says

SEOUL, Nov. 4 (Test Wire) - South Korea's National Intelligence Service (NIS) said on Tuesday that some 1,500 North Korean soldiers were training in the Russian city of Khabarovsk.

Ukrainian President Volodymyr Zelenskyy told reporters that Pyongyang planned to send two more brigades to fight against Ukraine.

A spokesperson for the U.S. National Security Council, John Kirby, said Washington could not confirm the numbers. NATO Secretary General Mark Rutte said the alliance had seen no evidence so far.`;

const ID = `Korea Selatan sebut tentara Korea Utara berlatih di Rusia

JAKARTA, 4 November (Test Wire) - Badan Intelijen Nasional (NIS) Korea Selatan mengatakan pada Selasa bahwa sekitar 1.500 tentara Korea Utara telah tiba di pangkalan dekat Ussuriysk.

Presiden Ukraina Volodymyr Zelenskyy mengatakan Pyongyang berencana mengirim dua brigade lagi untuk berperang melawan Ukraina.

Juru bicara Dewan Keamanan Nasional AS John Kirby mengatakan Washington belum bisa mengonfirmasi laporan tersebut.`;

describe('claim clauses', () => {
  it('reads English claimant phrases, troop verbs, destinations and objectless doubts', () => {
    const got = claims(EN);
    const nis = 'National Intelligence Service (South Korea)';
    expect(got).toContain(`${nis} | asserts | North Korea trains-at Khabarovsk`);
    expect(got).toContain(`${nis} | asserts | North Korea deploys-forces-to Russia`);
    expect(got).toContain('Volodymyr Zelensky | asserts | North Korea deploys-forces-to Russia');
    expect(got).not.toContain('Volodymyr Zelensky | asserts | North Korea deploys-forces-to Ukraine');
    expect(got).toContain('John Kirby | cannot-verify | North Korea deploys-forces-to Russia');
    expect(got).toContain('Mark Rutte | cannot-verify | North Korea deploys-forces-to Russia');
  });

  it('reads the same in Indonesian, with the country after the agency as its qualifier', () => {
    const got = claims(ID);
    expect(got.some((c) => c.startsWith('National Intelligence Service (South Korea) | asserts |'))).toBe(true);
    expect(got).toContain('Volodymyr Zelensky | asserts | North Korea deploys-forces-to Russia');
    expect(got).toContain('John Kirby | cannot-verify | North Korea deploys-forces-to Russia');
  });
});
