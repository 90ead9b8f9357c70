// The filter panel's date fields: empty means no bound, partial dates (year, month, day) are taken
// as typed (trimmed), anything else is invalid and stops the range from being applied.
import { describe, expect, it } from 'vitest';
import { readDateField, readDateRange } from '../../../renderer/features/filters/date-range-value.ts';

describe('readDateField', () => {
  it('reads empty and blank fields as no bound', () => {
    expect(readDateField('')).toBeNull();
    expect(readDateField('   ')).toBeNull();
  });

  it('takes a year, a month or a day, trimmed', () => {
    expect(readDateField('2024')).toBe('2024');
    expect(readDateField(' 2024-10 ')).toBe('2024-10');
    expect(readDateField('2024-10-18')).toBe('2024-10-18');
    expect(readDateField('2024-02-29')).toBe('2024-02-29');
  });

  it('marks what is not a partial date as invalid', () => {
    for (const bad of ['18 Oktober 2024', '2024-13', '2023-02-29', '2024/10/18', '24', 'kemarin'])
      expect(readDateField(bad), bad).toBeUndefined();
  });
});

describe('readDateRange', () => {
  it('applies when both fields are empty or valid, open at either end', () => {
    expect(readDateRange('2024-10', '')).toEqual({ from: '2024-10', to: null, valid: true });
    expect(readDateRange('', '2024-11-05')).toEqual({ from: null, to: '2024-11-05', valid: true });
    expect(readDateRange('', '')).toEqual({ from: null, to: null, valid: true });
  });

  it('does not apply when either field is invalid, and says which', () => {
    expect(readDateRange('2024-10', 'November')).toEqual({ from: '2024-10', to: undefined, valid: false });
    expect(readDateRange('2024-1', '2024-12')).toEqual({ from: undefined, to: '2024-12', valid: false });
  });
});
