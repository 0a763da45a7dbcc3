/**
 * 2x2 linear algebra on plain tuples. A matrix is stored row-major, `[a, b, c, d]` for
 *   | a b |
 *   | c d |
 * so its columns, where î and ĵ land, are (a, c) and (b, d).
 */

import type { Mat2, Vec2 } from './types';

export type { Mat2, Vec2 } from './types';

export const IDENTITY: Mat2 = [1, 0, 0, 1];

export function mat2(a: number, b: number, c: number, d: number): Mat2 {
  return [a, b, c, d];
}

/** Builds the matrix whose columns are where î and ĵ land. */
export function fromColumns(i: Vec2, j: Vec2): Mat2 {
  return [i[0], j[0], i[1], j[1]];
}

export function columnI(m: Mat2): Vec2 {
  return [m[0], m[2]];
}
export function columnJ(m: Mat2): Vec2 {
  return [m[1], m[3]];
}

export function apply(m: Mat2, v: Vec2): Vec2 {
  return [m[0] * v[0] + m[1] * v[1], m[2] * v[0] + m[3] * v[1]];
}

/** `multiply(B, A)` is BA: first A, then B. */
export function multiply(b: Mat2, a: Mat2): Mat2 {
  return [
    b[0] * a[0] + b[1] * a[2],
    b[0] * a[1] + b[1] * a[3],
    b[2] * a[0] + b[3] * a[2],
    b[2] * a[1] + b[3] * a[3],
  ];
}

export function det(m: Mat2): number {
  return m[0] * m[3] - m[1] * m[2];
}

export function trace(m: Mat2): number {
  return m[0] + m[3];
}

/** Largest absolute entry: the scale that tolerances are relative to. */
export function maxAbs(m: Mat2): number {
  return Math.max(Math.abs(m[0]), Math.abs(m[1]), Math.abs(m[2]), Math.abs(m[3]));
}

/** Relative tolerance for "is this zero?" questions about a matrix of the given scale. */
export const REL_EPS = 1e-10;

/**
 * The matrix divided by its largest absolute entry, so every entry is within ±1 and at least one
 * is ±1. Determinants and inverses of the scaled matrix neither overflow nor underflow, whatever
 * the magnitude of the original (1e-200 or 1e200).
 */
function scaled(m: Mat2): { unit: Mat2; scale: number } {
  const s = maxAbs(m);
  return { unit: [m[0] / s, m[1] / s, m[2] / s, m[3] / s], scale: s };
}

/**
 * True when the matrix squashes the plane: det is zero relative to the size of its entries
 * (|det(A / max|a_ij|)| ≤ REL_EPS). The zero matrix is singular too.
 */
export function isSingular(m: Mat2): boolean {
  const s = maxAbs(m);
  return s === 0 || !Number.isFinite(s) || Math.abs(det(scaled(m).unit)) <= REL_EPS;
}

export type InverseResult = { ok: true; inverse: Mat2 } | { ok: false; reason: string };

/** The inverse, or a plain-words reason why none exists (never a NaN-filled matrix). */
export function inverse(m: Mat2): InverseResult {
  if (isSingular(m))
    return {
      ok: false,
      reason:
        'the determinant is 0: the plane is squashed onto a line or a point, and a squash cannot be undone',
    };
  // A⁻¹ = (A/s)⁻¹ / s, computed on the scaled matrix so that det cannot underflow or overflow.
  const { unit, scale } = scaled(m);
  const ds = det(unit) * scale;
  const inv: Mat2 = [unit[3] / ds, -unit[1] / ds, -unit[2] / ds, unit[0] / ds];
  if (!inv.every(Number.isFinite))
    return { ok: false, reason: 'the inverse has entries too large to represent (beyond 1.8e308)' };
  return { ok: true, inverse: inv };
}

/**
 * Entry-wise linear interpolation, used to animate from one matrix to another. Written as
 * (1 − t)·from + t·to because that form is exact at both ends: the animation lands on the typed
 * matrix itself, where `from + (to − from)·t` would give 0.09999999999999998 for 0.1 from 1.
 */
export function lerp(from: Mat2, to: Mat2, t: number): Mat2 {
  const u = 1 - t;
  return [u * from[0] + t * to[0], u * from[1] + t * to[1], u * from[2] + t * to[2], u * from[3] + t * to[3]];
}

export function rotation(theta: number): Mat2 {
  const c = Math.cos(theta);
  const s = Math.sin(theta);
  return [c, -s, s, c];
}

export function approxEqual(a: Mat2, b: Mat2, tol = 1e-9): boolean {
  return a.every((x, k) => Math.abs(x - (b[k] as number)) <= tol);
}

export function norm(v: Vec2): number {
  return Math.hypot(v[0], v[1]);
}

export function normalize(v: Vec2): Vec2 {
  const n = norm(v);
  return n === 0 ? [0, 0] : [v[0] / n, v[1] / n];
}

export function distance(a: Vec2, b: Vec2): number {
  return Math.hypot(a[0] - b[0], a[1] - b[1]);
}
