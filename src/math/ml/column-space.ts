/**
 * Lesson 22's second picture: with three points, y = (y₁, y₂, y₃) is one vector of ℝ³, and the two
 * columns of X, 1 = (1, 1, 1) and x = (x₁, x₂, x₃), span a plane through the origin. The
 * least-squares predictions ŷ = b·1 + w·x are the foot of the perpendicular from y to that plane,
 * and the residual r = y − ŷ is perpendicular to both columns: Xᵀr = 0, the normal equations.
 * Computed here by projection (an orthonormal basis of the plane by Gram-Schmidt), independently
 * of `leastSquares`, so the tests can check that the two routes meet. Pure; no DOM.
 */
import type { Point } from './points';

export type Vec3 = readonly [number, number, number];

export type ColumnSpace =
  | {
      readonly ok: true;
      readonly y: Vec3;
      readonly ones: Vec3;
      readonly x: Vec3;
      /** The projection of y onto the plane: the fitted values. */
      readonly yhat: Vec3;
      /** y − ŷ: the residuals, perpendicular to the plane. */
      readonly r: Vec3;
      /** An orthonormal basis of the plane: u along 1, v along the part of x perpendicular to 1. */
      readonly u: Vec3;
      readonly v: Vec3;
      /** The line the projection gives, ŷ = w·x + b. */
      readonly w: number;
      readonly b: number;
    }
  | { readonly ok: false; readonly reason: string };

export const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const norm = (a: Vec3): number => Math.sqrt(dot(a, a));
export const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
export const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const scale = (a: Vec3, k: number): Vec3 => [a[0] * k, a[1] * k, a[2] * k];
export const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];

/**
 * The part of x perpendicular to 1 counts as nothing when it is below this share of x's length
 * (at least 1): x is then a multiple of 1 and the "plane" is a line.
 */
const FLAT = 1e-9;

export function columnSpace(points: readonly Point[]): ColumnSpace {
  if (points.length !== 3)
    return {
      ok: false,
      reason: `the picture in 3D needs exactly three points (one axis each); there ${points.length === 1 ? 'is 1' : `are ${points.length}`}`,
    };
  const [p, q, s] = points as [Point, Point, Point];
  const y: Vec3 = [p.y, q.y, s.y];
  const x: Vec3 = [p.x, q.x, s.x];
  const ones: Vec3 = [1, 1, 1];
  const u = scale(ones, 1 / Math.sqrt(3));
  const across = sub(x, scale(u, dot(x, u)));
  const length = norm(across);
  if (!(length > FLAT * Math.max(1, norm(x))))
    return {
      ok: false,
      reason:
        'every x is equal, so x is a multiple of 1: the two columns span a line, not a plane, and no single line is best',
    };
  const v = scale(across, 1 / length);
  const yhat = add(scale(u, dot(y, u)), scale(v, dot(y, v)));
  // ŷ = b·1 + w·x with x = (x·u)u + length·v: the v part fixes w, the rest is b.
  const w = dot(y, v) / length;
  const b = (y[0] + y[1] + y[2]) / 3 - (w * (x[0] + x[1] + x[2])) / 3;
  return { ok: true, y, ones, x, yhat, r: sub(y, yhat), u, v, w, b };
}
