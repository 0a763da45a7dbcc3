import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pca2, pca3, symmetricEigen2 } from '../../src/math/pca';
import { cross3, dot3, type Vec3 } from '../../src/math/mat3';
import type { Vec2 } from '../../src/math/mat2';

const EPS = Number.EPSILON;
const coord = fc.double({ min: -100, max: 100, noNaN: true, noDefaultInfinity: true });

describe('pca2', () => {
  it('needs at least two points', () => {
    expect(pca2([])).toBeUndefined();
    expect(pca2([[1, 2]])).toBeUndefined();
  });

  it('points on a line: all variance along it, explained (1, 0)', () => {
    const pts: Vec2[] = [-2, -1, 0, 1, 2, 3].map((t) => [1 + t, 2 + 2 * t]);
    const p = pca2(pts)!;
    expect(p.mean).toEqual([1.5, 3]);
    expect(p.explained[0]).toBeCloseTo(1, 14);
    expect(p.explained[1]).toBeCloseTo(0, 14);
    expect(p.axes[0][0]).toBeCloseTo(1 / Math.sqrt(5), 14);
    expect(p.axes[0][1]).toBeCloseTo(2 / Math.sqrt(5), 14);
    // Population variance of t ∈ {−2..3} is 35/12, times |(1, 2)|² = 5.
    expect(p.variances[0]).toBeCloseTo((35 / 12) * 5, 12);
  });

  it('an axis-aligned cross: variance 4 along x, 1 along y; covariance divides by n', () => {
    const p = pca2([
      [2, 0],
      [-2, 0],
      [0, 1],
      [0, -1],
    ])!;
    expect(p.covariance).toEqual([2, 0, 0, 0.5]);
    expect(p.variances).toEqual([2, 0.5]);
    expect(p.explained).toEqual([0.8, 0.2]);
    expect(p.axes).toEqual([
      [1, 0],
      [0, 1],
    ]);
  });

  it('identical points: no spread to explain (even where the rounded mean would differ)', () => {
    const p = pca2([
      [0.1, 0.7],
      [0.1, 0.7],
      [0.1, 0.7],
    ])!;
    expect(p.mean).toEqual([0.1, 0.7]);
    expect(p.variances).toEqual([0, 0]);
    expect(p.explained).toEqual([0, 0]);
    expect(
      pca3([
        [0.1, 0.2, 0.3],
        [0.1, 0.2, 0.3],
        [0.1, 0.2, 0.3],
      ])!.explained,
    ).toEqual([0, 0, 0]);
  });

  it('axes orthonormal and right-handed, Σ a = λ a, variances sum to the trace, explained sums to 1', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(coord, coord), { minLength: 2, maxLength: 30 }), (pts) => {
        const p = pca2(pts)!;
        const [a1, a2] = p.axes;
        expect(Math.abs(a1[0] * a1[0] + a1[1] * a1[1] - 1)).toBeLessThanOrEqual(4 * EPS);
        expect(Math.abs(a1[0] * a2[0] + a1[1] * a2[1])).toBeLessThanOrEqual(4 * EPS);
        expect(a1[0] * a2[1] - a1[1] * a2[0]).toBeCloseTo(1, 14);
        expect(p.variances[0]).toBeGreaterThanOrEqual(p.variances[1]);
        expect(p.variances[1]).toBeGreaterThanOrEqual(0);
        const [a, b, , d] = p.covariance;
        const scale = Math.abs(a) + Math.abs(b) + Math.abs(d);
        expect(Math.abs(p.variances[0] + p.variances[1] - (a + d))).toBeLessThanOrEqual(
          16 * EPS * scale + 1e-300,
        );
        p.axes.forEach((ax, k) => {
          const lam = p.variances[k]!;
          expect(Math.abs(a * ax[0] + b * ax[1] - lam * ax[0])).toBeLessThanOrEqual(
            16 * EPS * scale + 1e-300,
          );
          expect(Math.abs(b * ax[0] + d * ax[1] - lam * ax[1])).toBeLessThanOrEqual(
            16 * EPS * scale + 1e-300,
          );
        });
        const total = p.explained[0] + p.explained[1];
        const identical = pts.every((q) => q[0] === pts[0]![0] && q[1] === pts[0]![1]);
        if (identical) expect(total).toBe(0);
        else expect(total).toBeCloseTo(1, 14);
      }),
    );
  });

  it('is unchanged by translating the cloud far from the origin (two-pass covariance)', () => {
    const pts: Vec2[] = [
      [1, 2],
      [3, 1],
      [-1, 0],
      [2, 5],
    ];
    const near = pca2(pts)!;
    const far = pca2(pts.map(([x, y]) => [x + 1e8, y - 1e8]))!;
    expect(far.variances[0]).toBeCloseTo(near.variances[0], 6);
    expect(far.variances[1]).toBeCloseTo(near.variances[1], 6);
  });

  it('symmetricEigen2 matches the closed form of [[2,1],[1,2]]', () => {
    const e = symmetricEigen2(2, 1, 2);
    expect(e.values[0]).toBeCloseTo(3, 15);
    expect(e.values[1]).toBeCloseTo(1, 15);
    expect(e.vectors[0][0]).toBeCloseTo(Math.SQRT1_2, 15);
    expect(e.vectors[0][1]).toBeCloseTo(Math.SQRT1_2, 15);
  });
});

describe('pca3', () => {
  it('needs at least two points', () => {
    expect(pca3([[1, 2, 3]])).toBeUndefined();
  });

  it('points on a line: explained (1, 0, 0)', () => {
    const pts: Vec3[] = [0, 1, 2, 3, 4].map((t) => [t, -t, 2 * t]);
    const p = pca3(pts)!;
    expect(p.explained[0]).toBeCloseTo(1, 14);
    expect(p.explained[1]).toBeCloseTo(0, 14);
    expect(p.explained[2]).toBeCloseTo(0, 14);
    const d = 1 / Math.sqrt(6);
    expect(Math.abs(dot3(p.axes[0], [d, -d, 2 * d]))).toBeCloseTo(1, 14);
  });

  it('points on a plane: the third axis is its normal, with no variance', () => {
    const pts: Vec3[] = [];
    for (let i = -2; i <= 2; i++) for (let j = -2; j <= 2; j++) pts.push([i, j, i + j]);
    const p = pca3(pts)!;
    expect(p.variances[2]).toBeCloseTo(0, 13);
    expect(p.explained[0] + p.explained[1]).toBeCloseTo(1, 14);
    const n = 1 / Math.sqrt(3);
    expect(Math.abs(dot3(p.axes[2], [n, n, -n]))).toBeCloseTo(1, 14);
  });

  it('axes orthonormal and right-handed, variances descending and summing to the trace', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(coord, coord, coord), { minLength: 2, maxLength: 30 }), (pts) => {
        const p = pca3(pts)!;
        const [a1, a2, a3] = p.axes;
        for (const [u, v, want] of [
          [a1, a1, 1],
          [a2, a2, 1],
          [a3, a3, 1],
          [a1, a2, 0],
          [a1, a3, 0],
          [a2, a3, 0],
        ] as const)
          expect(Math.abs(dot3(u, v) - want)).toBeLessThanOrEqual(16 * EPS);
        expect(dot3(cross3(a1, a2), a3)).toBeCloseTo(1, 14);
        expect(p.variances[0]).toBeGreaterThanOrEqual(p.variances[1]);
        expect(p.variances[1]).toBeGreaterThanOrEqual(p.variances[2]);
        expect(p.variances[2]).toBeGreaterThanOrEqual(0);
        const c = p.covariance;
        const trace = c[0] + c[4] + c[8];
        expect(Math.abs(p.variances[0] + p.variances[1] + p.variances[2] - trace)).toBeLessThanOrEqual(
          64 * EPS * trace + 1e-300,
        );
        const total = p.explained.reduce((x, y) => x + y, 0);
        const identical = pts.every((q) => q.every((x, i) => x === pts[0]![i]));
        if (identical) expect(total).toBe(0);
        else expect(total).toBeCloseTo(1, 14);
      }),
    );
  });
});
