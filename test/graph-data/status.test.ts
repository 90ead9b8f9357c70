import { describe, expect, it } from 'vitest';
import { countIndependentSources, deriveStatus } from '../../graph-data/model/status.ts';
import { isPartialDate, partialDateEnd, toPartialDate } from '../../graph-data/model/partial-date.ts';

describe('deriveStatus', () => {
  it.each([
    [['confirms'], 'confirmed'],
    [['confirms', 'asserts'], 'confirmed'],
    [['confirms', 'denies'], 'contested'],
    [['asserts', 'denies'], 'contested'],
    [['reports', 'denies'], 'contested'],
    [['denies'], 'denied'],
    [['denies', 'cannot-verify'], 'denied'],
    [['reports'], 'unverified'],
    [['cannot-verify'], 'unverified'],
    [['reports', 'cannot-verify'], 'unverified'],
    [['asserts'], 'asserted'],
    [['asserts', 'cannot-verify'], 'asserted'],
    [['asserts', 'reports'], 'asserted'],
  ] as const)('%j is %s', (stances, status) => {
    expect(deriveStatus(stances)).toBe(status);
  });

  it('counts syndicated copies of one report once', () => {
    const copyOf = (id: string) => ({ b: 'a', c: 'b' })[id] ?? null;
    expect(countIndependentSources(['a', 'b', 'c'], copyOf)).toBe(1);
    expect(countIndependentSources(['a', 'b', 'd'], copyOf)).toBe(2);
  });

  it('collapses a pair of sources and numeric ids the same way, and stops at a cycle of copies', () => {
    const copyOf = (id: string) => ({ b: 'a', c: 'b' })[id] ?? null;
    expect(countIndependentSources(['c', 'a'], copyOf)).toBe(1);
    expect(countIndependentSources(['c', 'd'], copyOf)).toBe(2);
    expect(countIndependentSources(['c'], copyOf)).toBe(1);
    expect(countIndependentSources([], copyOf)).toBe(0);
    const num = new Map([
      [2, 1],
      [3, 2],
      [5, 6],
      [6, 5],
    ]);
    const numCopyOf = (id: number) => num.get(id);
    expect(countIndependentSources([3, 1], numCopyOf)).toBe(1);
    expect(countIndependentSources([3, 1, 4], numCopyOf)).toBe(2);
    expect(countIndependentSources([5, 6], numCopyOf)).toBe(2);
    expect(countIndependentSources(new Set(['c', 'b']), copyOf)).toBe(1);
  });
});

describe('partial dates', () => {
  it('accepts year, month and day precision and rejects impossible days', () => {
    expect(['2024', '2024-10', '2024-10-18', '2024-02-29'].every(isPartialDate)).toBe(true);
    expect(['2023-02-29', '2024-13', '24-10', '2024-10-18T00:00', ''].some(isPartialDate)).toBe(false);
  });
  it('knows where a partial date ends and normalises loose input', () => {
    expect(partialDateEnd('2024-02')).toBe('2024-02-29');
    expect(partialDateEnd('2024')).toBe('2024-12-31');
    expect(toPartialDate('2024-10-18T12:00:00Z')).toBe('2024-10-18');
    expect(toPartialDate(2024)).toBe('2024');
    expect(toPartialDate('yesterday')).toBeNull();
  });
});
