// Folding names: the plain-ASCII shortcut gives exactly what the full Unicode folding gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldName } from '../../graph-data/model/fold.ts';

/** The full folding, written out again as the reference. */
const reference = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

describe('foldName', () => {
  it('folds case, accents and punctuation', () => {
    expect(foldName('Corée du  Nord')).toBe('coree du nord');
    expect(foldName('  KN-23 (missile) ')).toBe('kn 23 missile');
    expect(foldName('Ḱorea Utara')).toBe('korea utara');
  });
  it('gives the same key on the ASCII shortcut as the full folding', () => {
    const ascii = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)) });
    fc.assert(fc.property(ascii, (s) => foldName(s) === reference(s)));
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => foldName(s) === reference(s)));
  });
});
