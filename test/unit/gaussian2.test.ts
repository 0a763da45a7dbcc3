/**
 * src/math/gaussian2.ts: construction, Cholesky, seeded sampling (moments at a fixed seed), the
 * sample statistics, and the k-sigma ellipse against the eigen decomposition.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  cholesky2,
  covarianceFrom,
  covarianceFromAxes,
  covarianceProblem,
  ellipseMass,
  sampleGaussian2,
  sampleStats,
  shapeOf,
  shapeProblem,
  sigmaEllipse,
} from '../../src/math/gaussian2';
import { createRandom } from '../../src/math/random';
import type { Mat2 } from '../../src/math/mat2';

const close = (a: Mat2, b: Mat2, digits: number): void =>
  a.forEach((x, k) => expect(x).toBeCloseTo(b[k] as number, digits));

describe('2D Gaussian', () => {
  it('builds a covariance from sd x, sd y and the correlation, and back', () => {
    expect(covarianceFrom(2, 1, 0.5)).toEqual([4, 1, 1, 1]);
    expect(shapeOf([4, 1, 1, 1])).toEqual({ sdX: 2, sdY: 1, rho: 0.5 });
    expect(shapeOf([0, 0, 0, 1]).rho).toBe(0);
  });

  it('factors any valid covariance: L·Lᵀ = Σ', () => {
    const sd = fc.double({ min: 0.01, max: 50, noNaN: true });
    fc.assert(
      fc.property(sd, sd, fc.double({ min: -1, max: 1, noNaN: true }), (a, b, r) => {
        const cov = covarianceFrom(a, b, r);
        const [l11, l12, l21, l22] = cholesky2(cov);
        expect(l12).toBe(0);
        const back: Mat2 = [l11 * l11, l11 * l21, l21 * l11, l21 * l21 + l22 * l22];
        back.forEach((x, k) => expect(x).toBeCloseTo(cov[k] as number, 8));
      }),
    );
  });

  it('refuses what is not a covariance, with a message', () => {
    expect(covarianceProblem([4, 1, 1, 1])).toBeNull();
    expect(covarianceProblem([1, 2, 2, 1])).toMatch(/\|ρ\| ≤ 1/);
    expect(covarianceProblem([1, 0.5, 0.2, 1])).toMatch(/symmetric/);
    expect(covarianceProblem([-1, 0, 0, 1])).toMatch(/negative/);
    expect(covarianceProblem([Number.NaN, 0, 0, 1])).toMatch(/finite/);
    expect(() => cholesky2([1, 2, 2, 1])).toThrow(RangeError);
    expect(shapeProblem(0, 1, 0)).toMatch(/greater than 0/);
    expect(shapeProblem(1, 1, 1.5)).toMatch(/between -1 and 1/);
    expect(shapeProblem(1, 1e300, 0.2)).toBeNull();
  });

  it('samples reproducibly with the moments asked for', () => {
    const cov = covarianceFrom(2, 0.5, -0.7);
    const a = sampleGaussian2([1, -2], cov, 20000, createRandom(11));
    const b = sampleGaussian2([1, -2], cov, 20000, createRandom(11));
    expect(a).toEqual(b);
    const s = sampleStats(a)!;
    expect(s.n).toBe(20000);
    expect(s.mean[0]).toBeCloseTo(1, 1);
    expect(s.mean[1]).toBeCloseTo(-2, 1);
    // Standard error of a variance ≈ σ²·√(2/n): about 1% here.
    expect(s.covariance[0] / 4).toBeCloseTo(1, 1);
    expect(s.covariance[3] / 0.25).toBeCloseTo(1, 1);
    expect(s.correlation).toBeCloseTo(-0.7, 1.5);
    expect(() => sampleGaussian2([0, 0], cov, -1, createRandom(1))).toThrow(RangeError);
  });

  it('computes the sample statistics exactly on a small case (n − 1 divisor)', () => {
    const s = sampleStats([-3, -1, -1, -1, 1, 1, 3, 1])!;
    expect(s.mean).toEqual([0, 0]);
    close(s.covariance, [20 / 3, 8 / 3, 8 / 3, 4 / 3], 14);
    expect(s.correlation).toBeCloseTo(8 / Math.sqrt(20 * 4), 14);
    expect(sampleStats([1, 2])).toBeUndefined();
    expect(sampleStats([1, 2, 1, 5])!.correlation).toBe(0);
  });

  it('draws the k-sigma ellipse along the eigenvectors, and the axes give the covariance back', () => {
    const e = sigmaEllipse([5, 2, 2, 1], 2);
    expect(e.variances[0]).toBeCloseTo(3 + Math.sqrt(8), 12);
    expect(e.variances[1]).toBeCloseTo(3 - Math.sqrt(8), 12);
    expect(e.radii[0]).toBeCloseTo(2 * Math.sqrt(3 + Math.sqrt(8)), 12);
    expect(e.angle).toBeCloseTo((0.5 * Math.atan2(4, 4) * 180) / Math.PI, 10); // 22.5°
    expect(sigmaEllipse(covarianceFrom(1, 2, 0), 1).angle).toBeCloseTo(90, 12);
    const sd = fc.double({ min: 0.05, max: 10, noNaN: true });
    fc.assert(
      fc.property(sd, sd, fc.double({ min: -0.99, max: 0.99, noNaN: true }), (a, b, r) => {
        const cov = covarianceFrom(a, b, r);
        const el = sigmaEllipse(cov, 1);
        // Every point k·√λ·v of the ellipse has Mahalanobis distance k.
        const back = covarianceFromAxes(el.axes[0], el.radii[0], el.radii[1]);
        back.forEach((x, k) => expect(x).toBeCloseTo(cov[k] as number, 7));
        expect(el.angle).toBeGreaterThan(-90);
        expect(el.angle).toBeLessThanOrEqual(90);
      }),
    );
  });

  it('holds 39%, 86% and 99% of the mass inside 1, 2 and 3 sigma, as the samples say', () => {
    expect(ellipseMass(1)).toBeCloseTo(0.3935, 4);
    expect(ellipseMass(2)).toBeCloseTo(0.8647, 4);
    expect(ellipseMass(3)).toBeCloseTo(0.9889, 4);
    const cov = covarianceFrom(1.5, 1, 0.6);
    const xs = sampleGaussian2([0, 0], cov, 20000, createRandom(3));
    const det = cov[0] * cov[3] - cov[1] * cov[2];
    let inside = 0;
    for (let k = 0; k < 20000; k++) {
      const x = xs[2 * k] as number;
      const y = xs[2 * k + 1] as number;
      const m2 = (cov[3] * x * x - 2 * cov[1] * x * y + cov[0] * y * y) / det;
      if (m2 <= 4) inside++;
    }
    expect(inside / 20000).toBeCloseTo(ellipseMass(2), 2);
  });
});
