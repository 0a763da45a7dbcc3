/**
 * 3x3 linear algebra on plain tuples, the 3D sibling of mat2.ts. A matrix is stored row-major,
 *   | m0 m1 m2 |
 *   | m3 m4 m5 |
 *   | m6 m7 m8 |
 * so its columns, where î, ĵ and k̂ land, are (m0, m3, m6), (m1, m4, m7) and (m2, m5, m8).
 */
import { REL_EPS } from './mat2';
import { powerOfTwoScale, rankOfSingularValues, singularValues3 } from './jacobi';
import type { Mat3, Vec3 } from './types';

export type { Mat3, Vec3 } from './types';

export const IDENTITY3: Mat3 = [1, 0, 0, 0, 1, 0, 0, 0, 1];
export const ZERO3: Mat3 = [0, 0, 0, 0, 0, 0, 0, 0, 0];

/** Builds the matrix whose columns are where î, ĵ and k̂ land. */
export function fromColumns3(i: Vec3, j: Vec3, k: Vec3): Mat3 {
  return [i[0], j[0], k[0], i[1], j[1], k[1], i[2], j[2], k[2]];
}

export function column3(m: Mat3, c: 0 | 1 | 2): Vec3 {
  return [m[c], m[3 + c] as number, m[6 + c] as number];
}

export function row3(m: Mat3, r: 0 | 1 | 2): Vec3 {
  return [m[3 * r] as number, m[3 * r + 1] as number, m[3 * r + 2] as number];
}

export function apply3(m: Mat3, v: Vec3): Vec3 {
  return [
    m[0] * v[0] + m[1] * v[1] + m[2] * v[2],
    m[3] * v[0] + m[4] * v[1] + m[5] * v[2],
    m[6] * v[0] + m[7] * v[1] + m[8] * v[2],
  ];
}

/** `multiply3(B, A)` is BA: first A, then B. */
export function multiply3(b: Mat3, a: Mat3): Mat3 {
  const out: number[] = [];
  for (let r = 0; r < 3; r++)
    for (let c = 0; c < 3; c++)
      out.push(b[3 * r]! * a[c]! + b[3 * r + 1]! * a[3 + c]! + b[3 * r + 2]! * a[6 + c]!);
  return out as unknown as Mat3;
}

export function transpose3(m: Mat3): Mat3 {
  return [m[0], m[3], m[6], m[1], m[4], m[7], m[2], m[5], m[8]];
}

export function trace3(m: Mat3): number {
  return m[0] + m[4] + m[8];
}

export function scale3(m: Mat3, k: number): Mat3 {
  return m.map((x) => x * k) as unknown as Mat3;
}

export function add3(a: Mat3, b: Mat3): Mat3 {
  return a.map((x, k) => x + b[k]!) as unknown as Mat3;
}

/** Largest absolute entry: the scale that tolerances are relative to. */
export function maxAbs3(m: Mat3): number {
  let s = 0;
  for (const x of m) s = Math.max(s, Math.abs(x));
  return s;
}

function cofactorDet(u: Mat3): number {
  return (
    u[0] * (u[4] * u[8] - u[5] * u[7]) -
    u[1] * (u[3] * u[8] - u[5] * u[6]) +
    u[2] * (u[3] * u[7] - u[4] * u[6])
  );
}

/**
 * The signed volume of the parallelepiped spanned by the columns. Each column is first divided
 * by a power of two near its largest entry (exact, and det is linear in each column), so products
 * of huge or tiny entries cannot overflow or underflow on the way when the determinant itself is
 * representable, even with columns of very different magnitudes.
 */
export function det3(m: Mat3): number {
  const ks = ([0, 1, 2] as const).map((c) => powerOfTwoScale(column3(m, c)));
  const u = m.map((x, k) => x / ks[k % 3]!) as unknown as Mat3;
  const d = cofactorDet(u);
  if (d === 0) return 0;
  // Apply the scales largest-and-smallest first so no partial product leaves the range.
  const sorted = [...ks].sort((a, b) => a - b);
  return d * sorted[0]! * sorted[2]! * sorted[1]!;
}

/**
 * True when the matrix squashes space flat: its smallest singular value is below REL_EPS times
 * its largest (the same relative test as mat2's isSingular, |det| of the unit-scaled 2x2 being
 * about σ2/σ1). The zero matrix, and one with non-finite entries, count as singular.
 */
export function isSingular3(m: Mat3): boolean {
  if (!m.every(Number.isFinite)) return true;
  return rankOfSingularValues(singularValues3(m), REL_EPS) < 3;
}

export type InverseResult3 = { ok: true; inverse: Mat3 } | { ok: false; reason: string };

const FLAT_REASON = [
  'the matrix is all zeros: every point is squashed onto the origin, and a squash cannot be undone',
  'the determinant is 0: space is squashed onto a line, and a squash cannot be undone',
  'the determinant is 0: space is squashed flat onto a plane, and a squash cannot be undone',
] as const;

/** The inverse, or a plain-words reason why none exists (never a NaN- or Infinity-filled matrix). */
export function inverse3(m: Mat3): InverseResult3 {
  if (!m.every(Number.isFinite))
    return { ok: false, reason: 'the matrix has an entry that is not a finite number' };
  const rank = rankOfSingularValues(singularValues3(m), REL_EPS);
  if (rank < 3) return { ok: false, reason: FLAT_REASON[rank] as string };
  // A⁻¹ = adj(A/k) / (det(A/k)·k) with k a power of two: the adjugate of the scaled matrix has
  // entries of order 1, and integer matrices with "nice" inverses come out exact.
  const k = powerOfTwoScale(m);
  const u = scale3(m, 1 / k);
  const dk = cofactorDet(u) * k;
  const adj: Mat3 = [
    u[4] * u[8] - u[5] * u[7],
    u[2] * u[7] - u[1] * u[8],
    u[1] * u[5] - u[2] * u[4],
    u[5] * u[6] - u[3] * u[8],
    u[0] * u[8] - u[2] * u[6],
    u[2] * u[3] - u[0] * u[5],
    u[3] * u[7] - u[4] * u[6],
    u[1] * u[6] - u[0] * u[7],
    u[0] * u[4] - u[1] * u[3],
  ];
  const inv = adj.map((x) => x / dk) as unknown as Mat3;
  if (!inv.every(Number.isFinite))
    return { ok: false, reason: 'the inverse has entries too large to represent (beyond 1.8e308)' };
  return { ok: true, inverse: inv };
}

/**
 * Entry-wise linear interpolation for animations, as (1 − t)·from + t·to so that both ends are
 * exact (see mat2's lerp).
 */
export function lerp3(from: Mat3, to: Mat3, t: number): Mat3 {
  const u = 1 - t;
  return from.map((x, k) => u * x + t * to[k]!) as unknown as Mat3;
}

export function approxEqual3(a: Mat3, b: Mat3, tol = 1e-9): boolean {
  return a.every((x, k) => Math.abs(x - b[k]!) <= tol);
}

/** Rotation by theta (radians, counter-clockwise seen from the tip of the axis) about x, y or z. */
export function rotation3(axis: 'x' | 'y' | 'z', theta: number): Mat3 {
  const c = Math.cos(theta);
  const s = Math.sin(theta);
  if (axis === 'x') return [1, 0, 0, 0, c, -s, 0, s, c];
  if (axis === 'y') return [c, 0, s, 0, 1, 0, -s, 0, c];
  return [c, -s, 0, s, c, 0, 0, 0, 1];
}

export function dot3(u: Vec3, v: Vec3): number {
  return u[0] * v[0] + u[1] * v[1] + u[2] * v[2];
}

/** u × v: perpendicular to both, right-handed, with length the area of their parallelogram. */
export function cross3(u: Vec3, v: Vec3): Vec3 {
  return [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]];
}

export function norm3(v: Vec3): number {
  return Math.hypot(v[0], v[1], v[2]);
}

/** The unit vector along v; the zero vector stays zero (callers test for it, no NaN). */
export function normalize3(v: Vec3): Vec3 {
  if (!v.every(Number.isFinite)) return [0, 0, 0];
  // Scaled by a power of two first: the length of a subnormal vector would round to a few bits.
  const k = powerOfTwoScale(v);
  const w: Vec3 = [v[0] / k, v[1] / k, v[2] / k];
  const n = norm3(w);
  if (n === 0) return [0, 0, 0];
  return [w[0] / n, w[1] / n, w[2] / n];
}

export function add3v(u: Vec3, v: Vec3): Vec3 {
  return [u[0] + v[0], u[1] + v[1], u[2] + v[2]];
}

export function sub3v(u: Vec3, v: Vec3): Vec3 {
  return [u[0] - v[0], u[1] - v[1], u[2] - v[2]];
}

export function scale3v(v: Vec3, k: number): Vec3 {
  return [v[0] * k, v[1] * k, v[2] * k];
}

/**
 * Sign convention for directions: the first component that is clearly non-zero (above 1e-9 of
 * the length) is positive, so the same line always gives the same vector; "+ 0" turns -0 into 0.
 */
export function canonicalSign3(v: Vec3): Vec3 {
  const n = norm3(v);
  const lead = v.find((x) => Math.abs(x) > 1e-9 * n) ?? 0;
  return lead < 0 ? [-v[0] + 0, -v[1] + 0, -v[2] + 0] : [v[0] + 0, v[1] + 0, v[2] + 0];
}

/** A unit vector perpendicular to v (v non-zero): v crossed with the axis it leans on least. */
export function perpendicular3(v: Vec3): Vec3 {
  const a = [Math.abs(v[0]), Math.abs(v[1]), Math.abs(v[2])];
  const axis: Vec3 = a[0]! <= a[1]! && a[0]! <= a[2]! ? [1, 0, 0] : a[1]! <= a[2]! ? [0, 1, 0] : [0, 0, 1];
  return normalize3(cross3(v, axis));
}

/**
 * The orthogonal projection of v onto the line through `onto`: `point` = scalar·û with `scalar`
 * the scalar projection v·û (as projectOnto2). Undefined when `onto` is the zero vector.
 */
export function projectOnto3(v: Vec3, onto: Vec3): { point: Vec3; scalar: number } | undefined {
  const u = normalize3(onto);
  if (u[0] === 0 && u[1] === 0 && u[2] === 0) return undefined;
  const scalar = dot3(v, u);
  return { point: [scalar * u[0] + 0, scalar * u[1] + 0, scalar * u[2] + 0], scalar };
}

/** The angle between u and v in radians, 0..π (atan2 of |u × v| and u·v); undefined for a zero vector. */
export function angle3(u: Vec3, v: Vec3): number | undefined {
  const a = normalize3(u);
  const b = normalize3(v);
  if (norm3(a) === 0 || norm3(b) === 0) return undefined;
  return Math.atan2(norm3(cross3(a, b)), dot3(a, b));
}
