import { describe, expect, it } from 'vitest';
import { contourLevels, contourSegments, sampleGrid } from './contour';

const BOX = { xMin: -2, xMax: 2, yMin: -2, yMax: 2 };

describe('marching squares', () => {
  it('traces a circle for x² + y² = r²: every end point near radius r, closed (each end shared twice)', () => {
    const grid = sampleGrid((x, y) => x * x + y * y, BOX, 41, 41);
    // Levels that pass through no grid node (a node on the line would end four segments).
    for (const level of [0.55, 1.1, 2.3]) {
      const segs = contourSegments(grid, level);
      expect(segs.length).toBeGreaterThan(40);
      const ends = new Map<string, number>();
      for (let k = 0; k < segs.length; k += 2) {
        const r = Math.hypot(segs[k]!, segs[k + 1]!);
        expect(Math.abs(r - Math.sqrt(level))).toBeLessThan(0.01);
        const key = `${segs[k]!.toFixed(9)},${segs[k + 1]!.toFixed(9)}`;
        ends.set(key, (ends.get(key) ?? 0) + 1);
      }
      for (const n of ends.values()) expect(n).toBe(2);
    }
  });

  it('a plane gives straight lines exactly where it crosses the level', () => {
    const grid = sampleGrid((x, y) => x + 2 * y, BOX, 9, 9);
    const segs = contourSegments(grid, 0.3);
    expect(segs.length).toBeGreaterThan(0);
    for (let k = 0; k < segs.length; k += 2) expect(segs[k]! + 2 * segs[k + 1]!).toBeCloseTo(0.3, 12);
  });

  it('nothing for a level outside the range, or over non-finite samples', () => {
    const grid = sampleGrid((x, y) => x * x + y * y, BOX, 11, 11);
    expect(contourSegments(grid, -1)).toEqual([]);
    expect(contourSegments(grid, 100)).toEqual([]);
    const bad = sampleGrid(() => NaN, BOX, 5, 5);
    expect(contourSegments(bad, 0)).toEqual([]);
  });

  it('a saddle cell is split by its centre value, so the lines do not cross', () => {
    // Corners a=1 (bottom left), b=0, c=1, d=0 on one cell; centre 0.5.
    const grid = { values: new Float64Array([1, 0, 0, 1]), nx: 2, ny: 2, xMin: 0, xMax: 1, yMin: 0, yMax: 1 };
    // Level 0.4: centre 0.5 is above, like a and c: the lines cut off b and d.
    const round = (xs: number[]): number[] => xs.map((x) => Math.round(x * 1e9) / 1e9);
    expect(round(contourSegments(grid, 0.4))).toEqual([0.6, 0, 1, 0.4, 0.4, 1, 0, 0.6]);
    // Level 0.6: centre is below: the lines cut off a and c instead.
    const s = contourSegments(grid, 0.6);
    expect(round(s)).toEqual([0, 0.4, 0.4, 0, 1, 0.6, 0.6, 1]);
  });
});

describe('contour levels', () => {
  it('square spacing gives evenly spaced radii on a bowl; log spacing is geometric', () => {
    const sq = contourLevels(0, 16, 3, 'square');
    expect(sq.map(Math.sqrt)).toEqual([1, 2, 3]);
    const lg = contourLevels(0, 1000, 2, 'log');
    expect(lg[0]).toBeCloseTo(10, 9);
    expect(lg[1]).toBeCloseTo(100, 9);
  });
  it('empty for a bad range', () => {
    expect(contourLevels(1, 1, 5, 'square')).toEqual([]);
    expect(contourLevels(0, NaN, 5, 'log')).toEqual([]);
  });
});
