import { describe, expect, it } from 'vitest';
import { matchAsOf, matchRange, parseDateArg, passesRule } from '../../graph-data/model/date-rule.ts';
import { relationAsOf, type ClaimDigest } from '../../graph-data/model/as-of.ts';

describe('the partial-date rule', () => {
  it.each([
    ['2024-10', '2024-10-01', '2024-10-31', 'certainly'],
    ['2024-10', '2024-10-10', '2024-10-20', 'possibly'],
    ['2024-10', '2024-11-01', null, 'no'],
    ['2024-10', null, '2024-09-30', 'no'],
    ['2024-10-18', '2024-10', '2024-10', 'certainly'],
    ['2024', '2024-06', null, 'possibly'],
    ['2024-02', '2024-02-29', '2024-02-29', 'possibly'],
    [null, '2024-01', '2024-12', 'possibly'],
    ['2024-10-18', null, null, 'certainly'],
  ] as const)('%s against [%s, %s] is %s', (stated, from, to, expected) => {
    expect(matchRange(stated, from, to)).toBe(expected);
  });

  it('as of a date means by the end of it', () => {
    expect(matchAsOf('2024-11', '2024-10-31')).toBe('no');
    expect(matchAsOf('2024-11', '2024-11-15')).toBe('possibly');
    expect(matchAsOf('2024-11', '2024-11-30')).toBe('certainly');
    expect(matchAsOf('2024-11-30', '2024-11')).toBe('certainly');
    expect(matchAsOf(null, '2024-11')).toBe('possibly');
  });

  it('the possibly rule keeps maybes, the certainly rule does not', () => {
    expect([passesRule('possibly'), passesRule('possibly', 'certainly'), passesRule('no')]).toEqual([
      true,
      false,
      false,
    ]);
  });

  it('refuses invalid dates with the field named', () => {
    expect(() => parseDateArg('2024-13', 'from')).toThrow(/from takes a date/);
    expect(() => parseDateArg('31/10/2024', 'to')).toThrow(/YYYY-MM-DD/);
    expect(parseDateArg(' 2024-10 ', 'x')).toBe('2024-10');
  });
});

describe('a relation as of a date', () => {
  const c = (stance: ClaimDigest['stance'], stated: string | null, source = 's1'): ClaimDigest => ({
    stance,
    stated,
    source,
  });
  const claims = [
    c('asserts', '2024-10-18'),
    c('cannot-verify', '2024-10-19', 's2'),
    c('confirms', '2024-10-28', 's3'),
    c('denies', '2024-10-29', 's4'),
  ];
  it.each([
    ['2024-10-17', null],
    ['2024-10-18', 'asserted'],
    ['2024-10-20', 'asserted'],
    ['2024-10-28', 'confirmed'],
    ['2024-10-30', 'contested'],
  ])('as of %s: %s', (date, status) => {
    expect(relationAsOf(claims, { date })?.status ?? null).toBe(status);
  });

  it('derives counts, span, doubts and the possibly mark from the claims kept', () => {
    const r = relationAsOf([...claims, c('reports', '2024-10', 's2')], { date: '2024-10-20' });
    expect(r).toEqual({
      status: 'asserted',
      claimCount: 3,
      sourceCount: 2,
      firstStated: '2024-10',
      lastStated: '2024-10-19',
      doubts: 1,
      possibly: true,
    });
    expect(relationAsOf([c('reports', '2024-10')], { date: '2024-10-20', rule: 'certainly' })).toBeNull();
  });

  it('with no date it is the stored derivation, syndicated copies counted once', () => {
    const r = relationAsOf(claims, null, (s) => (s === 's2' ? 's1' : null));
    expect(r).toMatchObject({ status: 'contested', claimCount: 4, sourceCount: 3, possibly: false });
  });
});
