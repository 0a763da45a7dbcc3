/**
 * 2x2 linear algebra on plain tuples. A matrix is stored row-major, `[a, b, c, d]` for
 *   | a b |
 *   | c d |
 * so its columns, where î and ĵ land, are (a, c) and (b, d).
 */

export type Vec2 = readonly [number, number];
export type Mat2 = readonly [number, number, number, number];

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
 * True when the matrix squashes the plane (det is zero relative to the size of its entries).
 * The zero matrix is singular too.
 */
export function isSingular(m: Mat2): boolean {
  const s = maxAbs(m);
  return s === 0 || Math.abs(det(m)) <= REL_EPS * s * s;
}

export type InverseResult = { ok: true; inverse: Mat2 } | { ok: false; reason: string };

/** The inverse, or a plain-words reason why none exists (never a NaN-filled matrix). */
export function inverse(m: Mat2): InverseResult {
  if (isSingular(m))
    return {
      ok: false,
      reason: 'the determinant is 0: the plane is squashed onto a line or a point, and a squash cannot be undone',
    };
  const d = det(m);
  return { ok: true, inverse: [m[3] / d, -m[1] / d, -m[2] / d, m[0] / d] };
}

/** Entry-wise linear interpolation, used to animate from one matrix to another. */
export function lerp(from: Mat2, to: Mat2, t: number): Mat2 {
  return [
    from[0] + (to[0] - from[0]) * t,
    from[1] + (to[1] - from[1]) * t,
    from[2] + (to[2] - from[2]) * t,
    from[3] + (to[3] - from[3]) * t,
  ];
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
