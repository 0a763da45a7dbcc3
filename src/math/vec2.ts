/**
 * Vector geometry in the plane: dot and cross products, projection, angle, and coordinates in
 * another basis. Degenerate inputs (a zero vector, a basis on one line) give `undefined` or a
 * reason in words, never NaN.
 */
import { fromColumns, isSingular, norm, type Vec2 } from './mat2';
import { powerOfTwoScale } from './jacobi';

export function dot2(u: Vec2, v: Vec2): number {
  return u[0] * v[0] + u[1] * v[1];
}

/** The z component of the 3D cross product: the signed area of the parallelogram on u and v. */
export function cross2(u: Vec2, v: Vec2): number {
  return u[0] * v[1] - u[1] * v[0];
}

/**
 * The unit vector along v, or undefined for the zero (or a non-finite) vector. Scaled by a power
 * of two first, so the length of a subnormal or huge vector keeps all its digits.
 */
export function unit2(v: Vec2): Vec2 | undefined {
  if (!Number.isFinite(v[0]) || !Number.isFinite(v[1])) return undefined;
  const k = powerOfTwoScale(v);
  const w: Vec2 = [v[0] / k, v[1] / k];
  const n = norm(w);
  return n === 0 ? undefined : [w[0] / n, w[1] / n];
}

/**
 * The orthogonal projection of v onto the line through `onto`: `point` is the foot of the
 * perpendicular, `scalar` the scalar projection v·û (signed length of `point`, negative when
 * it points against `onto`), so point = scalar·û. Undefined when `onto` is the zero vector.
 */
export function projectOnto2(v: Vec2, onto: Vec2): { point: Vec2; scalar: number } | undefined {
  // Through the unit vector rather than (v·o)/(o·o): o·o can overflow or underflow when o·û cannot.
  const u = unit2(onto);
  if (!u) return undefined;
  const scalar = dot2(v, u);
  return { point: [scalar * u[0] + 0, scalar * u[1] + 0], scalar };
}

/** cos of the angle between u and v, in [-1, 1]; undefined when either is zero. */
export function cosine2(u: Vec2, v: Vec2): number | undefined {
  const a = unit2(u);
  const b = unit2(v);
  if (!a || !b) return undefined;
  return Math.min(1, Math.max(-1, dot2(a, b)));
}

/**
 * The angle between u and v in radians, 0..π; undefined when either is zero. atan2 of the
 * (unit-scaled) cross and dot products stays accurate near 0 and π, where acos(cos) loses half
 * its digits.
 */
export function angle2(u: Vec2, v: Vec2): number | undefined {
  const a = unit2(u);
  const b = unit2(v);
  if (!a || !b) return undefined;
  return Math.atan2(Math.abs(cross2(a, b)), dot2(a, b));
}

/**
 * The coordinates (c1, c2) with c1·b1 + c2·b2 = v: what v is called in the basis (b1, b2).
 * Fails, with the reason in words, when b1 and b2 do not span the plane (same tolerance as
 * mat2's isSingular).
 */
export function coordsInBasis2(
  b1: Vec2,
  b2: Vec2,
  v: Vec2,
): { ok: true; coords: Vec2 } | { ok: false; reason: string } {
  if (isSingular(fromColumns(b1, b2))) {
    const zero = norm(b1) === 0 || norm(b2) === 0;
    return {
      ok: false,
      reason: zero
        ? 'a basis vector is zero, so the two vectors cannot reach every point of the plane'
        : 'the two basis vectors lie on one line, so they cannot reach every point of the plane',
    };
  }
  // Cramer's rule on the basis divided by a power of two (exact): integer bases with integer
  // coordinates come out exact, and nothing overflows for huge or tiny bases.
  const k = powerOfTwoScale([...b1, ...b2]);
  const u1: Vec2 = [b1[0] / k, b1[1] / k];
  const u2: Vec2 = [b2[0] / k, b2[1] / k];
  const d = cross2(u1, u2);
  const coords: Vec2 = [cross2(v, u2) / d / k + 0, cross2(u1, v) / d / k + 0];
  if (!coords.every(Number.isFinite)) return { ok: false, reason: TOO_LARGE };
  return { ok: true, coords };
}

export const TOO_LARGE = 'the coordinates are too large to represent (beyond 1.8e308)';

/** The vector rotated by a quarter turn counter-clockwise: (x, y) → (−y, x). */
export function perp2(v: Vec2): Vec2 {
  return [-v[1] + 0, v[0] + 0];
}

/**
 * Sign convention for directions: the first component that is clearly non-zero (above 1e-9 of
 * the length) is positive, so the same line always gives the same vector; "+ 0" turns -0 into 0.
 */
export function canonicalSign2(v: Vec2): Vec2 {
  const n = norm(v);
  const lead = Math.abs(v[0]) > 1e-9 * n ? v[0] : v[1];
  return lead < 0 ? [-v[0] + 0, -v[1] + 0] : [v[0] + 0, v[1] + 0];
}
