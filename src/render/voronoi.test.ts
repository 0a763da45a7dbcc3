import { describe, expect, it } from 'vitest';
import { voronoiCells } from './voronoi';

const area = (poly: readonly (readonly [number, number])[]): number => {
  let a = 0;
  for (let i = 0; i < poly.length; i++) {
    const p = poly[i]!;
    const q = poly[(i + 1) % poly.length]!;
    a += p[0] * q[1] - q[0] * p[1];
  }
  return Math.abs(a) / 2;
};

describe('voronoiCells', () => {
  it('two sites split the box along their perpendicular bisector', () => {
    const cells = voronoiCells(
      [
        [-1, 0],
        [1, 0],
      ],
      [-2, -2, 2, 2],
    );
    expect(area(cells[0]!)).toBeCloseTo(8, 9);
    expect(area(cells[1]!)).toBeCloseTo(8, 9);
    for (const p of cells[0]!) expect(p[0]).toBeLessThanOrEqual(1e-9);
  });
  it('one site owns the whole box; a non-finite site gives no cells', () => {
    expect(area(voronoiCells([[0, 0]], [0, 0, 3, 2])[0]!)).toBe(6);
    expect(voronoiCells([[NaN, 0]], [0, 0, 1, 1])).toEqual([[]]);
  });
});
