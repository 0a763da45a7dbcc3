import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addSwept, fitRange, niceStep, niceTicks, sampleCurve, tickLabel, zoomAbout } from './calculus-plot';

describe('ticks', () => {
  it('steps are 1, 2 or 5 times a power of ten, at any zoom', () => {
    expect(niceStep(-3, 3, 6)).toBe(1);
    expect(niceStep(0, 10, 4)).toBe(2);
    expect(niceStep(0, 1e-5, 5)).toBeCloseTo(2e-6, 18);
    fc.assert(
      fc.property(
        fc.double({ min: -1e6, max: 1e6, noNaN: true }),
        fc.double({ min: 1e-7, max: 1e6, noNaN: true }),
        (lo, span) => {
          const step = niceStep(lo, lo + span, 6);
          const m = step / Math.pow(10, Math.floor(Math.log10(step) + 1e-12));
          expect([1, 2, 5, 10].some((n) => Math.abs(m - n) < 1e-9)).toBe(true);
          const ticks = niceTicks(lo, lo + span, 6);
          expect(ticks.length).toBeGreaterThanOrEqual(2);
          expect(ticks.length).toBeLessThanOrEqual(14);
          // k·step is rounded to the doubles near lo, whose spacing is |lo|·ε, far above step·1e-6 at lo = 1e6.
          for (const t of ticks)
            expect(t).toBeGreaterThanOrEqual(lo - step * 1e-6 - 4 * Math.abs(lo) * Number.EPSILON);
        },
      ),
      { numRuns: 1000 },
    );
  });
  it('labels without float noise', () => {
    expect(niceTicks(0, 1, 5).map((t) => tickLabel(t, 0.2))).toEqual(['0', '0.2', '0.4', '0.6', '0.8', '1']);
    expect(tickLabel(-0.30000000000000004, 0.1)).toBe('−0.3');
    expect(tickLabel(1.0000002, 1e-6)).toBe('1');
    expect(tickLabel(1e-17, 0.5)).toBe('0');
  });
});

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
