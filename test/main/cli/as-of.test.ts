import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { runCli } from '../../helpers/cli.ts';
import { tmpDir, writeTmp } from '../../helpers/tmp.ts';
import { asOfDocument } from '../../helpers/as-of-doc.ts';
import type { EntityDetail, GraphCounts } from '../../../graph-data/contract/views.ts';

const dir = tmpDir();
const db = join(dir, 'as-of.db');
const file = writeTmp(dir, 'as-of.json', JSON.stringify(asOfDocument()));
expect(runCli(['init', '--empty', '--db', db]).code).toBe(0);
expect(runCli(['import', file, '--db', db]).code).toBe(0);

function statusesAsOf(date: string | null): Record<string, string> {
  const r = runCli(['show', 'Northland', '--json', '--db', db, ...(date ? ['--as-of', date] : [])]);
  expect(r.stderr).toBe('');
  const d = JSON.parse(r.stdout) as EntityDetail;
  return Object.fromEntries(d.relations.map((rel) => [rel.id, rel.status]));
}

describe('claimscape show --as-of', () => {
  it.each([
    ['2024-10-17', undefined],
    ['2024-10-18', 'asserted'],
    ['2024-10-20', 'asserted'],
    ['2024-10-28', 'confirmed'],
    ['2024-10-30', 'contested'],
    [null, 'contested'],
  ])('as of %s the four-claim relation is %s', (date, status) => {
    expect(statusesAsOf(date)['north-supplies-south']).toBe(status);
  });

  it('a relation reported in "2024-11" is absent on 31 October and unverified on 1 December', () => {
    expect(statusesAsOf('2024-10-31')).not.toHaveProperty('north-supports-east');
    expect(statusesAsOf('2024-12-01')['north-supports-east']).toBe('unverified');
  });

  it('by the certainly rule a month-dated claim counts only once the month is over', () => {
    const show = (rule: string) =>
      JSON.parse(
        runCli(['show', 'Northland', '--json', '--db', db, '--as-of', '2024-11-15', '--as-of-rule', rule]).stdout,
      ) as EntityDetail;
    expect(show('possibly').relations.map((r) => r.id)).toContain('north-supports-east');
    expect(show('certainly').relations.map((r) => r.id)).not.toContain('north-supports-east');
  });

  it('refuses a date that is not one, naming the flag', () => {
    const r = runCli(['show', 'Northland', '--db', db, '--as-of', '2024-02-30']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--as-of.*2024-02-30.*\[bad-argument\]/);
  });

  it('stats, path and export follow the date', () => {
    const stats = JSON.parse(runCli(['stats', '--json', '--db', db, '--as-of', '2024-10-20']).stdout) as GraphCounts;
    expect(stats).toMatchObject({ relations: 1, claims: 2, byStatus: { asserted: 1 } });
    expect(runCli(['path', 'Northland', 'Eastland', '--db', db, '--as-of', '2024-10-31']).code).toBe(3);
    expect(runCli(['path', 'Northland', 'Eastland', '--db', db, '--as-of', '2024-12']).code).toBe(0);
    const out = runCli(['export', '--format', 'claimscape', '--db', db, '--as-of', '2024-10-28']);
    const doc = JSON.parse(out.stdout) as ReturnType<typeof asOfDocument>;
    expect(doc.relations).toEqual([expect.objectContaining({ id: 'north-supplies-south', status: 'confirmed' })]);
    expect(doc.claims.map((c) => c.id)).toEqual(['c1', 'c2', 'c3']);
  });
});

describe('claimant search', () => {
  const seedDb = join(dir, 'seed.db');
  it('finds claims by their claimant name or alias', () => {
    expect(runCli(['init', '--db', seedDb]).code).toBe(0);
    const claimsOf = (text: string) =>
      (
        JSON.parse(runCli(['search', text, '--json', '--db', seedDb]).stdout) as {
          claims: { claimant?: { id: string }; stance?: string; relationId: string }[];
        }
      ).claims;
    const rutte = claimsOf('Rutte');
    expect(rutte[0]).toMatchObject({ claimant: { id: 'mark-rutte' }, stance: 'cannot-verify' });
    const nis = claimsOf('NIS').filter((c) => c.claimant?.id === 'south-korea-nis');
    expect(nis.map((c) => c.relationId)).toContain('north-korea--deploys-forces-to--russia');
  });
});
