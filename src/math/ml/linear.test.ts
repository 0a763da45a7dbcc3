import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { descentStep, leastSquares, mse, mseGradient, rSquared, stableRate } from './linear';
import { fitWithHoldout, heldOut, polyFit, polyMse, polyValue } from './poly';
import { solveLeastSquares } from './lstsq';
import type { Point } from './points';

const P = (pairs: [number, number][]): Point[] => pairs.map(([x, y]) => ({ x, y, label: 0 }));
// Anscombe's first data set (Anscombe 1973), with NumPy's np.polyfit answers.
const ANSCOMBE_I = P([
  [10, 8.04],
  [8, 6.95],
  [13, 7.58],
  [9, 8.81],
  [11, 8.33],
  [14, 9.96],
  [6, 7.24],
  [4, 4.26],
  [12, 10.84],
  [7, 4.82],
  [5, 5.68],
]);

const finite = fc.double({ min: -100, max: 100, noNaN: true });
const cloud = fc.array(fc.tuple(finite, finite), { minLength: 3, maxLength: 30 }).map(P);

describe('least squares', () => {
  it('matches NumPy on Anscombe I', () => {
    const f = leastSquares(ANSCOMBE_I);
    if (!f.ok) throw new Error(f.reason);
    expect(f.w).toBeCloseTo(0.5000909090909094, 12);
    expect(f.b).toBeCloseTo(3.000090909090908, 12);
    expect(mse(ANSCOMBE_I, f.w, f.b)).toBeCloseTo(1.2511536363636362, 12);
    expect(rSquared(ANSCOMBE_I, f.w, f.b)).toBeCloseTo(0.666542459508775, 12);
  });

  it('explains no points, one point and equal x instead of dividing by zero', () => {
    const none = leastSquares([]);
    const one = leastSquares(P([[1, 2]]));
    const flat = leastSquares(
      P([
        [3, 1],
        [3, 2],
        [3, 5],
      ]),
    );
    expect(none.ok || none.reason).toMatch(/no points/);
    expect(one.ok || one.reason).toMatch(/one point/);
    expect(flat.ok || flat.reason).toMatch(/every x is 3/);
    expect(
      rSquared(
        P([
          [1, 2],
          [2, 2],
        ]),
        0,
        2,
      ),
    ).toBeUndefined();
  });

  it('has zero gradient at the solution and the residuals are orthogonal to 1 and x', () => {
    fc.assert(
      fc.property(cloud, (pts) => {
        const f = leastSquares(pts);
        if (!f.ok) return;
        const [gw, gb] = mseGradient(pts, f.w, f.b);
        const scale = 1 + pts.reduce((s, p) => s + Math.abs(p.x * p.y) + p.x * p.x + Math.abs(p.y), 0);
        expect(Math.abs(gw) + Math.abs(gb)).toBeLessThan(1e-9 * scale);
        // No other line does better.
        expect(mse(pts, f.w + 0.01, f.b)).toBeGreaterThanOrEqual(mse(pts, f.w, f.b));
        expect(mse(pts, f.w, f.b - 0.01)).toBeGreaterThanOrEqual(mse(pts, f.w, f.b));
      }),
    );
  });

  it('agrees with the QR solver', () => {
    fc.assert(
      fc.property(cloud, (pts) => {
        const f = leastSquares(pts);
        const q = solveLeastSquares(
          pts.map((p) => [1, p.x]),
          pts.map((p) => p.y),
        );
        if (!f.ok || !q.ok) return;
        expect(q.coef[1]).toBeCloseTo(f.w, 6);
        expect(q.coef[0]).toBeCloseTo(f.b, 6);
      }),
    );
  });

  it('gradient descent below the stable rate walks down to the exact fit', () => {
    const rate = 0.9 * stableRate(ANSCOMBE_I);
    let s = { w: 0, b: 0, loss: mse(ANSCOMBE_I, 0, 0) };
    for (let k = 0; k < 20000; k++) {
      const next = descentStep(ANSCOMBE_I, s, rate);
      expect(next.loss).toBeLessThanOrEqual(s.loss + 1e-12);
      s = next;
    }
    expect(s.w).toBeCloseTo(0.5000909090909094, 6);
    expect(s.b).toBeCloseTo(3.000090909090908, 5);
  });

  it('the gradient matches finite differences', () => {
    fc.assert(
      fc.property(cloud, finite, finite, (pts, w, b) => {
        const [gw, gb] = mseGradient(pts, w, b);
        const h = 1e-5;
        const nw = (mse(pts, w + h, b) - mse(pts, w - h, b)) / (2 * h);
        const nb = (mse(pts, w, b + h) - mse(pts, w, b - h)) / (2 * h);
        const scale = 1 + Math.abs(gw) + Math.abs(gb) + mse(pts, w, b);
        expect(Math.abs(gw - nw) / scale).toBeLessThan(1e-5);
        expect(Math.abs(gb - nb) / scale).toBeLessThan(1e-5);
      }),
    );
  });
});

describe('polynomial fit', () => {
  it('recovers a cubic exactly', () => {
    const pts = P([-2, -1, 0, 0.5, 1, 2, 3].map((x) => [x, 1 - 2 * x + 0.5 * x ** 3]));
    const r = polyFit(pts, 3);
    if (!r.ok) throw new Error(r.reason);
    expect(polyMse(pts, r.fit)).toBeLessThan(1e-20);
    expect(polyValue(r.fit, 10)).toBeCloseTo(1 - 20 + 500, 8);
  });

  it('degree 9 through 10 points interpolates them', () => {
    const pts = P(Array.from({ length: 10 }, (_, i) => [i, Math.sin(i)] as [number, number]));
    const r = polyFit(pts, 9);
    if (!r.ok) throw new Error(r.reason);
    expect(polyMse(pts, r.fit)).toBeLessThan(1e-16);
  });

  it('explains too few distinct x', () => {
    const r = polyFit(
      P([
        [1, 1],
        [1, 2],
        [2, 3],
      ]),
      2,
    );
    expect(r.ok || r.reason).toMatch(/needs 3 different x values.*2/);
  });

  it('training error never rises with the degree', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(finite, finite), { minLength: 12, maxLength: 25 }).map(P), (pts) => {
        let last = Infinity;
        for (let d = 1; d <= 9; d++) {
          const r = polyFit(pts, d);
          if (!r.ok) return;
          const e = polyMse(pts, r.fit);
          expect(e).toBeLessThanOrEqual(last * (1 + 1e-6) + 1e-9);
          last = e;
        }
      }),
    );
  });

  it('holds out the same seeded share', () => {
    const a = heldOut(20, 0.25, 3);
    expect(a.filter(Boolean)).toHaveLength(5);
    expect(heldOut(20, 0.25, 3)).toEqual(a);
    expect(heldOut(20, 0.25, 4)).not.toEqual(a);
    const f = fitWithHoldout(ANSCOMBE_I, 1, 0.3, 1);
    expect(f.trainMse).toBeDefined();
    expect(f.testMse).toBeDefined();
  });
});
