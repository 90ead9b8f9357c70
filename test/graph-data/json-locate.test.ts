import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findJsonErrorOffset } from '../../graph-data/formats/json-locate.ts';

describe('findJsonErrorOffset', () => {
  it.each([
    ['{"a": 1,}', 8],
    ['format: x', 0],
    ['{"a" 1}', 5],
    ['[1, 2', 5],
    ['{"a": tru}', 6],
    ['{"a": "x\ny"}', 6],
    ['[1] 2', 4],
  ])('%j goes wrong at %i', (text, at) => {
    expect(findJsonErrorOffset(text)).toBe(at);
  });
  it('accepts everything JSON.stringify writes', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => findJsonErrorOffset(JSON.stringify(v, null, 1)) === -1),
      { numRuns: 200 },
    );
  });
});
