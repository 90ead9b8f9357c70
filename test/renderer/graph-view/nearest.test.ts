// Arrow-key navigation picks the nearest entity that way, neighbours first.
import { describe, expect, it } from 'vitest';
import { nearestInDirection, type Candidate } from '../../../renderer/features/graph-view/nearest.ts';

const c = (id: string, x: number, y: number, neighbour = false): Candidate => ({ id, x, y, neighbour });

describe('nearestInDirection', () => {
  const from = { x: 0, y: 0 };
  const around = [c('right', 100, 10), c('far-right', 300, 0), c('left', -80, 0), c('up', 5, -90), c('down', 0, 120)];

  it('moves in each direction to the nearest entity there', () => {
    expect(nearestInDirection(from, around, 'ArrowRight')).toBe('right');
    expect(nearestInDirection(from, around, 'ArrowLeft')).toBe('left');
    expect(nearestInDirection(from, around, 'ArrowUp')).toBe('up');
    expect(nearestInDirection(from, around, 'ArrowDown')).toBe('down');
  });

  it('prefers a neighbour in that direction to a nearer stranger', () => {
    expect(nearestInDirection(from, [...around, c('linked', 250, 40, true)], 'ArrowRight')).toBe('linked');
  });

  it('weighs how far off-axis a candidate is', () => {
    expect(nearestInDirection(from, [c('diagonal', 80, 70), c('straight', 110, 0)], 'ArrowRight')).toBe('straight');
  });

  it('returns null when nothing lies that way', () => {
    expect(nearestInDirection(from, [c('left', -50, 0)], 'ArrowRight')).toBeNull();
  });
});
