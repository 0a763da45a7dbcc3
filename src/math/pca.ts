/**
 * Principal component analysis of 2D and 3D point clouds: the directions along which the cloud
 * spreads most, from the eigen-decomposition of its covariance matrix.
 *
 * Population covariance (divide by n). Axes are unit vectors ordered by variance, descending;
 * the first axis has its first clearly non-zero component positive, and the axes form a
 * right-handed frame. `explained` is each variance over the total, or all zeros when every
 * point is the same (there is no spread to explain; the axes are then the standard basis).
 */
import type { Mat2, Vec2 } from './mat2';
import type { Mat3, Vec3 } from './mat3';
import { symmetricEigen3 } from './eigen3';
import { canonicalSign2, perp2 } from './vec2';
import { powerOfTwoScale } from './jacobi';

export interface Pca2 {
  mean: Vec2;
  covariance: Mat2;
  axes: [Vec2, Vec2];
  variances: [number, number];
  explained: [number, number];
}

export interface Pca3 {
  mean: Vec3;
  covariance: Mat3;
  axes: [Vec3, Vec3, Vec3];
  variances: [number, number, number];
  explained: [number, number, number];
}

/**
 * Eigen-decomposition of the symmetric 2x2 [[a, b], [b, d]]: values descending, the first vector
 * at angle ½·atan2(2b, a − d) (no division, no cancellation), the second a quarter turn on.
 */
export function symmetricEigen2(
  a: number,
  b: number,
  d: number,
): { values: [number, number]; vectors: [Vec2, Vec2] } {
  // Worked on the matrix divided by a power of two (exact), so a·d − b² neither overflows nor
  // underflows for huge or tiny entries.
  const k = powerOfTwoScale([a, b, d]);
  const [as, bs, ds] = [a / k, b / k, d / k];
  const half = (as + ds) / 2;
  const r = Math.hypot((as - ds) / 2, bs);
  const big = half >= 0 ? half + r : half - r;
  // The root nearer zero from the product of the roots (the determinant), without cancellation.
  const small = big !== 0 ? (as * ds - bs * bs) / big : half - r;
  const l1 = Math.max(big, small);
  const l2 = Math.min(big, small);
  const theta = 0.5 * Math.atan2(2 * bs, as - ds);
  const v1 = canonicalSign2([Math.cos(theta), Math.sin(theta)]);
  return { values: [l1 * k, l2 * k], vectors: [v1, perp2(v1)] };
}

function shares<T extends number[]>(variances: T): T {
  const total = variances.reduce((x, y) => x + y, 0);
  return variances.map((v) => (total > 0 ? v / total : 0)) as T;
}

export function pca2(points: readonly Vec2[]): Pca2 | undefined {
  const n = points.length;
  if (n < 2) return undefined;
  const [first] = points as [Vec2];
  // Identical points have no spread at all; the rounded mean would invent a little.
  if (points.every((p) => p[0] === first[0] && p[1] === first[1]))
    return {
      mean: [first[0], first[1]],
      covariance: [0, 0, 0, 0],
      axes: [
        [1, 0],
        [0, 1],
      ],
      variances: [0, 0],
      explained: [0, 0],
    };
  let mx = 0;
  let my = 0;
  for (const [x, y] of points) {
    mx += x;
    my += y;
  }
  mx /= n;
  my /= n;
  // Two passes (mean first, then centred products): the one-pass Σx² − n·mean² cancels badly
  // for clouds far from the origin. The deviations are divided by a power of two (exact) so
  // their squares cannot underflow or overflow; the scale comes back squared at the end.
  const k = powerOfTwoScale(points.flatMap(([x, y]) => [x - mx, y - my]));
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (const [x, y] of points) {
    const dx = (x - mx) / k;
    const dy = (y - my) / k;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  const { values, vectors } = symmetricEigen2(sxx / n, sxy / n, syy / n);
  const k2 = k * k;
  const covariance: Mat2 = [(sxx / n) * k2, (sxy / n) * k2, (sxy / n) * k2, (syy / n) * k2];
  const variances = values.map((v) => Math.max(0, v)) as [number, number];
  return {
    mean: [mx, my],
    covariance,
    axes: vectors,
    variances: [variances[0] * k2, variances[1] * k2],
    explained: shares(variances),
  };
}

export function pca3(points: readonly Vec3[]): Pca3 | undefined {
  const n = points.length;
  if (n < 2) return undefined;
  const [first] = points as [Vec3];
  if (points.every((p) => p[0] === first[0] && p[1] === first[1] && p[2] === first[2]))
    return {
      mean: [first[0], first[1], first[2]],
      covariance: [0, 0, 0, 0, 0, 0, 0, 0, 0],
      axes: [
        [1, 0, 0],
        [0, 1, 0],
        [0, 0, 1],
      ],
      variances: [0, 0, 0],
      explained: [0, 0, 0],
    };
  const mean = [0, 0, 0];
  for (const p of points) for (let i = 0; i < 3; i++) mean[i]! += p[i]!;
  for (let i = 0; i < 3; i++) mean[i]! /= n;
  const k = powerOfTwoScale(points.flatMap((p) => [p[0] - mean[0]!, p[1] - mean[1]!, p[2] - mean[2]!]));
  const c = [0, 0, 0, 0, 0, 0, 0, 0, 0];
  for (const p of points) {
    const d = [(p[0] - mean[0]!) / k, (p[1] - mean[1]!) / k, (p[2] - mean[2]!) / k];
    for (let r = 0; r < 3; r++) for (let s = 0; s < 3; s++) c[3 * r + s]! += d[r]! * d[s]!;
  }
  const scaled = c.map((x) => x / n) as unknown as Mat3;
  const { values, vectors } = symmetricEigen3(scaled);
  const variances = values.map((v) => Math.max(0, v)) as [number, number, number];
  const k2 = k * k;
  return {
    mean: [mean[0]!, mean[1]!, mean[2]!],
    covariance: scaled.map((x) => x * k2) as unknown as Mat3,
    axes: vectors,
    variances: variances.map((v) => v * k2) as [number, number, number],
    explained: shares(variances),
  };
}
