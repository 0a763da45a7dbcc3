import { describe, expect, it } from 'vitest';
import { addSwept, fitRange, sampleCurve, zoomAbout } from './calculus-plot';

describe('zoomAbout', () => {
  const base = { x: [-3, 3] as const, y: [-2, 6] as const };
  it('keeps the focus fixed on screen and divides the spans by the zoom', () => {
    const w = zoomAbout(base, [1, 4], 10);
    expect(w.x[1] - w.x[0]).toBeCloseTo(0.6, 12);
    expect(w.y[1] - w.y[0]).toBeCloseTo(0.8, 12);
    // The focus sits at the same fraction of the window as before.
    expect((1 - w.x[0]) / (w.x[1] - w.x[0])).toBeCloseTo(4 / 6, 12);
    expect((4 - w.y[0]) / (w.y[1] - w.y[0])).toBeCloseTo(6 / 8, 12);
    expect(zoomAbout(base, [1, 4], 1)).toEqual({ x: [-3, 3], y: [-2, 6] });
  });
});

describe('fitRange and sampleCurve', () => {
  it('ignores a pole and pads the body of the curve', () => {
    const s = sampleCurve((x) => 1 / x, -3, 3, 600);
    expect(s).toHaveLength(601);
    expect(s[300]!.y).toBeNaN();
    const [lo, hi] = fitRange(s.map((p) => p.y));
    expect(hi).toBeLessThan(50);
    expect(lo).toBeGreaterThan(-50);
    expect(fitRange([2, 2, 2])).toEqual([1.5, 2.5]);
    expect(fitRange([NaN])).toEqual([-0.5, 0.5]);
  });
});

describe('addSwept', () => {
  it('merges overlapping stretches and keeps them sorted', () => {
    let l = addSwept([], 0, 1);
    l = addSwept(l, 3, 2);
    l = addSwept(l, 0.5, 2.2);
    expect(l).toEqual([[0, 3]]);
    l = addSwept(l, -2, -1);
    expect(l).toEqual([
      [-2, -1],
      [0, 3],
    ]);
    expect(addSwept(l, NaN, 1)).toEqual(l);
  });
});
